import { useMemo, useState, type FormEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CommitmentView } from '../../../src-shared/ipc/cloud-costs-contract';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { Field } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { utilizationOption } from './cloud-option';
import { commitmentColumns } from './commitment-columns';

/** Reserved instances, savings plans and committed-use discounts: utilization, savings, ROI, coverage. */
export function CommitmentsTab() {
  const { lookups } = useWorkbook();
  const q = useQuery('cloud/commitments', {}, { staleOn: touches(TABLES.cloud) });
  const [selected, setSelected] = useState<string | null>(null);
  const mu = (c: string) => lookups.minorUnits.get(c) ?? 2;
  const columnDefs = useMemo(() => commitmentColumns((c) => lookups.minorUnits.get(c) ?? 2), [lookups]);
  const view = q.data;
  const currencies = [...new Set(view?.byMonth.map((m) => m.currency) ?? [])];
  const chosen = view?.commitments.find((c) => c.commitmentDiscountId === selected) ?? null;

  return (
    <div className="cloud-tab" data-testid="cloud-commitments">
      <section className="panel" aria-label="Commitments">
        <div className="toolbar">
          <h2>Commitments</h2>
          <div className="toolbar-spacer" />
          {view?.coverage.map((c) => (
            <span key={c.currency} className="muted" data-testid={`cloud-coverage-${c.currency}`}>
              Coverage {c.currency}: {c.coveragePct ?? '—'} % (on-demand equivalent covered{' '}
              {formatMoney(c.covered, mu(c.currency))}, not covered {formatMoney(c.uncovered, mu(c.currency))})
            </span>
          ))}
        </div>
        {view && view.commitments.length === 0 && (
          <p className="muted">
            No commitment (reserved instance, savings plan, committed-use discount) in the imported bills.
          </p>
        )}
        <div className="grid-host cloud-grid" data-testid="cloud-commitments-grid">
          <AgGridReact<CommitmentView>
            theme={gridTheme}
            rowData={view?.commitments ?? []}
            columnDefs={columnDefs}
            defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
            getRowId={(p) => `${p.data.currency}:${p.data.commitmentDiscountId}`}
            rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0]?.commitmentDiscountId ?? null)}
          />
        </div>
        {chosen && <TermEditor key={chosen.commitmentDiscountId} commitment={chosen} />}
      </section>
      {view &&
        currencies.map((c) => (
          <section key={c} className="panel" aria-label={`Utilization by month in ${c}`}>
            <div className="panel-head">
              <h2>Utilization by month · {c}</h2>
            </div>
            <Chart
              option={utilizationOption(
                view.byMonth.filter((m) => m.currency === c),
                mu(c),
              )}
              height={240}
              testId={`cloud-utilization-chart-${c}`}
            />
          </section>
        ))}
    </div>
  );
}

/** The term of one commitment (FOCUS rows do not carry it), for the share of the term elapsed. */
function TermEditor({ commitment }: { commitment: CommitmentView }) {
  const cmd = useCommand({ toast: false });
  const [start, setStart] = useState(commitment.term?.start ?? '');
  const [end, setEnd] = useState(commitment.term?.end ?? '');
  const id = commitment.commitmentDiscountId;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await cmd.run('cloud/save-commitment-term', { commitmentDiscountId: id, start, end });
  };
  return (
    <form className="cloud-rule-form cloud-term" onSubmit={submit} aria-label={`Term of ${id}`}>
      <span className="muted">Term of {id}</span>
      <Field label="Start">
        <input type="date" data-testid="cloud-term-start" value={start} onChange={(e) => setStart(e.target.value)} />
      </Field>
      <Field label="End (exclusive)" error={cmd.error?.message}>
        <input type="date" data-testid="cloud-term-end" value={end} onChange={(e) => setEnd(e.target.value)} />
      </Field>
      <button type="submit" data-testid="cloud-term-save" disabled={cmd.busy || !start || !end}>
        Save term
      </button>
      {commitment.term && (
        <button
          type="button"
          className="link"
          data-testid="cloud-term-remove"
          onClick={() => cmd.run('cloud/delete-commitment-term', { commitmentDiscountId: id })}
        >
          Remove term
        </button>
      )}
    </form>
  );
}
