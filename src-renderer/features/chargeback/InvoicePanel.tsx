import { useEffect, useMemo, useState } from 'react';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import type { ChargebackUnit, DisputeView, InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { DisputesList } from './DisputesList';
import { ExportInvoiceDialog } from './ExportInvoiceDialog';
import { invoiceColumns } from './invoice-columns';
import { InvoiceDiffView } from './InvoiceDiffView';
import { LineTraceDialog } from './LineTraceDialog';
import { RaiseDisputeDialog } from './RaiseDisputeDialog';
import { ResolveDisputeDialog } from './ResolveDisputeDialog';

type Open =
  { kind: 'why' | 'raise'; line: InvoiceLine } | { kind: 'resolve'; dispute: DisputeView } | { kind: 'export' } | null;

/**
 * One unit's invoice: header, lines grid with "why?" and "dispute" per line, the change from
 * the previous revision, the disputes, and export. Earlier revisions can be looked at too.
 */
export function InvoicePanel(props: { invoiceId: string; units: readonly ChargebackUnit[]; minorUnits: number }) {
  const [shownId, setShownId] = useState(props.invoiceId);
  useEffect(() => setShownId(props.invoiceId), [props.invoiceId]);
  const view = useQuery('chargeback/get-invoice', { invoiceId: shownId }, { staleOn: touches(TABLES.chargeback) });
  const [open, setOpen] = useState<Open>(null);
  const v = view.data;
  const current = v?.summary.status === 'issued';

  const columns = useMemo(() => {
    const Actions = (p: CustomCellRendererProps<InvoiceLine>) => {
      const line = p.data;
      if (!line) return null;
      return (
        <span className="line-actions">
          <button type="button" data-testid={`line-why-${line.key}`} onClick={() => setOpen({ kind: 'why', line })}>
            Why?
          </button>
          {line.kind !== 'credit' && current && (
            <button
              type="button"
              data-testid={`line-dispute-${line.key}`}
              onClick={() => setOpen({ kind: 'raise', line })}
            >
              Dispute
            </button>
          )}
        </span>
      );
    };
    return invoiceColumns(props.minorUnits, Actions);
  }, [props.minorUnits, current]);

  if (view.error) return <div className="banner banner-error">{view.error}</div>;
  if (!v) return <p className="muted">Loading invoice…</p>;
  const m = (x: string) => formatMoney(x, props.minorUnits);
  return (
    <section className="invoice-panel" data-testid="invoice-panel" aria-label="Invoice">
      <div className="invoice-head">
        <div>
          <h2 data-testid="invoice-title">
            {v.invoice.informationOnly ? 'Showback report' : 'Chargeback invoice'} · {v.unit.code} — {v.unit.name} ·{' '}
            {v.summary.month}
          </h2>
          {v.invoice.informationOnly && (
            <p className="invoice-notice" data-testid="invoice-showback-notice">
              INFORMATION ONLY — showback, not charged
            </p>
          )}
          <p className="muted">
            Issued {v.summary.issuedAt.slice(0, 10)}
            {v.summary.reason && ` · ${v.summary.reason}`}
          </p>
        </div>
        <div className="toolbar-spacer" />
        <label className="inline-field">
          Revision{' '}
          <Select
            testId="invoice-revision"
            ariaLabel="Revision"
            value={shownId}
            options={v.revisions.map((r) => ({ value: r.id, label: `${r.revision} (${r.status})` }))}
            onChange={setShownId}
          />
        </label>
        <span className="invoice-total">
          Total <strong data-testid="invoice-total">{m(v.invoice.total)}</strong> {v.summary.currency}
        </span>
        <button type="button" data-testid="invoice-export" onClick={() => setOpen({ kind: 'export' })}>
          Export…
        </button>
      </div>
      <div className="grid-host invoice-lines" data-testid="invoice-lines">
        <AgGridReact<InvoiceLine>
          theme={gridTheme}
          rowData={v.invoice.lines}
          columnDefs={columns}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.key}
          tooltipShowDelay={250}
        />
      </div>
      {v.diff && <InvoiceDiffView diff={v.diff} revision={v.summary.revision} minorUnits={props.minorUnits} />}
      <DisputesList
        disputes={v.disputes}
        lines={v.invoice.lines}
        onResolve={(dispute) => setOpen({ kind: 'resolve', dispute })}
      />
      {open?.kind === 'why' && (
        <LineTraceDialog
          invoiceId={v.summary.id}
          line={open.line}
          minorUnits={props.minorUnits}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'raise' && (
        <RaiseDisputeDialog invoiceId={v.summary.id} line={open.line} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'resolve' && (
        <ResolveDisputeDialog
          dispute={open.dispute}
          line={v.invoice.lines.find((l) => l.key === open.dispute.lineKey)}
          units={props.units}
          onClose={() => setOpen(null)}
          onResolved={(id) => {
            setOpen(null);
            if (id) setShownId(id);
          }}
        />
      )}
      {open?.kind === 'export' && (
        <ExportInvoiceDialog summary={v.summary} unitCode={v.unit.code} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
