import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ChargebackUnit } from '../../../src-shared/model/chargeback-invoices';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useLongCall } from '../../api/useLongCall';
import { useQuery } from '../../api/useQuery';
import { Select } from '../../components/Field';
import { ProgressBar } from '../../components/ProgressBar';
import { gridTheme } from '../../grids/theme';
import '../../styles/chargeback.css';
import { InvoicePanel } from './InvoicePanel';
import { ReconciliationBar } from './ReconciliationBar';
import { unitColumns } from './unit-columns';

/** Last month as "YYYY-MM": the month a chargeback run usually bills. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** Chargeback and showback invoices per business unit and month, with disputes. */
export default function ChargebackScreen() {
  const [month, setMonth] = useState(lastMonth);
  const [reissue, setReissue] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const view = useQuery(
    'chargeback/get-month',
    { month },
    { staleOn: touches(TABLES.chargeback, TABLES.rates, TABLES.allocation, TABLES.dimensions) },
  );
  const issue = useLongCall('chargeback/issue');
  const mode = useCommand();
  const data = view.data;
  const minorUnits = data?.minorUnits ?? 2;
  const columns = useMemo(() => unitColumns(minorUnits), [minorUnits]);
  const selected = data?.units.find((u) => u.departmentId === selectedId) ?? null;

  const runIssue = async () => {
    const r = await issue.start({ month, reissue });
    if (r) notify('info', `${r.issued.length} invoice(s) issued, ${r.reused.length} kept as issued.`);
  };

  return (
    <section className="screen chargeback-screen" data-testid="chargeback-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Chargeback</h1>
        </div>
        <label className="inline-field">
          Month{' '}
          <input
            type="month"
            data-testid="chargeback-month"
            aria-label="Month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
        <div className="toolbar-spacer" />
        <label className="inline-field">
          <input
            type="checkbox"
            data-testid="chargeback-reissue"
            checked={reissue}
            onChange={(e) => setReissue(e.target.checked)}
          />{' '}
          Reissue changed invoices
        </label>
        <button
          type="button"
          className="primary"
          data-testid="chargeback-issue"
          disabled={issue.running || !data || data.blocked !== null}
          title={data?.blocked ?? undefined}
          onClick={() => void runIssue()}
        >
          Issue invoices
        </button>
      </div>
      {issue.running && (
        <ProgressBar
          title="Issuing invoices"
          progress={issue.progress}
          onCancel={issue.cancel}
          testId="chargeback-progress"
        />
      )}
      {issue.error && (
        <div className="banner banner-error" role="alert" data-testid="chargeback-issue-error">
          {issue.error.message}
        </div>
      )}
      {view.error && <div className="banner banner-error">{view.error}</div>}
      {data?.blocked && (
        <div className="banner banner-warning" role="status" data-testid="chargeback-blocked">
          {data.blocked}
        </div>
      )}
      {data?.reconciliation && (
        <ReconciliationBar r={data.reconciliation} currency={data.currency} minorUnits={minorUnits} />
      )}
      <div className="chargeback-body">
        <div className="chargeback-units">
          <div className="grid-host" data-testid="chargeback-units">
            <AgGridReact<ChargebackUnit>
              theme={gridTheme}
              rowData={data?.units}
              columnDefs={columns}
              defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
              getRowId={(p) => p.data.departmentId}
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onSelectionChanged={(e) => setSelectedId(e.api.getSelectedRows()[0]?.departmentId ?? null)}
            />
          </div>
          {selected && (
            <label className="inline-field">
              Bill {selected.code} as{' '}
              <Select
                testId="chargeback-mode"
                ariaLabel={`Billing mode of ${selected.code}`}
                value={selected.mode}
                options={[
                  { value: 'chargeback', label: 'Chargeback (charged)' },
                  { value: 'showback', label: 'Showback (information only)' },
                ]}
                onChange={(v) =>
                  void mode.run('chargeback/set-unit-mode', {
                    departmentId: selected.departmentId,
                    mode: v === 'showback' ? 'showback' : 'chargeback',
                  })
                }
              />
              <span className="muted">Applies from the next issue (tick “Reissue changed invoices”).</span>
            </label>
          )}
        </div>
        <div className="chargeback-invoice">
          {selected?.invoice ? (
            <InvoicePanel invoiceId={selected.invoice.id} units={data?.units ?? []} minorUnits={minorUnits} />
          ) : (
            <p className="muted">
              {selected
                ? `${selected.code} has no invoice for ${month} yet.`
                : 'Select a business unit to see its invoice.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
