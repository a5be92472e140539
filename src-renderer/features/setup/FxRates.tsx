import { useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { fiscalYearLabel, fiscalYearMonths } from '../../../src-shared/calendar/fiscal';
import { detectDecimalSeparator, parseRateCell } from '../../../src-shared/fx';
import type { FxRateRecord } from '../../../src-shared/model';
import { useClient } from '../../api/ApiProvider';
import { errorMessage } from '../../api/client';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { ConfirmDialog } from '../../components/Dialog';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { selectableYears } from '../../state/fiscal-years';
import { useWorkbook } from '../../state/WorkbookContext';
import { FxAddDialog } from './FxAddDialog';
import { FxPasteDialog } from './FxPasteDialog';
import { MissingRatesWarning } from './MissingRatesWarning';
import { useMissingRates } from './useMissingRates';
import '../../styles/setup-accounting.css';

const rowId = (r: { from: string; to: string; period: string }) => `${r.from}/${r.to}@${r.period}`;
type Message = { kind: 'error' | 'info'; text: string };

/**
 * FX rates: budget and actual rate per currency pair and month, filtered by pair and
 * fiscal year. Rate cells edit in place, rows are added one at a time or pasted in blocks
 * from Excel (Paste rates, or Ctrl+V on the grid) through a preview, and selected rows are
 * deleted; every change is one fx/* command. Rates stay decimal strings end to end.
 */
export function FxRates() {
  const wb = useWorkbook();
  const base = wb.info.settings.baseCurrency;
  const rates = useQuery('fx/list-rates', {}, { staleOn: touches(TABLES.fx) });
  const [pair, setPair] = useState('');
  const [year, setYear] = useState(String(wb.fiscalYear));
  const [selected, setSelected] = useState<FxRateRecord[]>([]);
  const [pasting, setPasting] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const apiRef = useRef<GridApi<FxRateRecord> | null>(null);
  const client = useClient();
  const currencies = useMemo(() => wb.dimensions.currencies.map((c) => c.code), [wb.dimensions.currencies]);
  const all = useMemo(() => rates.data ?? [], [rates.data]);
  const fy = year === '' ? wb.fiscalYear : Number(year);
  const missing = useMissingRates(fy, rates.data);

  const pairs = useMemo(() => [...new Set(all.map((r) => `${r.from}/${r.to}`))].sort(), [all]);
  const shown = useMemo(() => {
    const months = year === '' ? null : new Set(fiscalYearMonths(Number(year), wb.info.settings.fyStartMonth));
    return all.filter((r) => (!pair || `${r.from}/${r.to}` === pair) && (!months || months.has(r.period)));
  }, [all, pair, year, wb.info.settings.fyStartMonth]);

  const columnDefs = useMemo<ColDef<FxRateRecord>[]>(
    () => [
      { field: 'from', headerName: 'From', width: 90 },
      { field: 'to', headerName: 'To', width: 90 },
      { field: 'period', headerName: 'Month', width: 110, sort: 'asc' },
      { field: 'budgetRate', headerName: 'Budget rate', width: 150, editable: true, type: 'rightAligned' },
      { field: 'actualRate', headerName: 'Actual rate', width: 150, editable: true, type: 'rightAligned' },
    ],
    [],
  );

  const onEdit = async (e: CellEditRequestEvent<FxRateRecord>) => {
    const field = e.colDef.field === 'actualRate' ? 'actualRate' : 'budgetRate';
    const text = String(e.newValue ?? '');
    const parsed = parseRateCell(text, detectDecimalSeparator([text]));
    if (parsed && !parsed.ok)
      return setMessage({ kind: 'error', text: `${rowId(e.data)} ${field}: ${parsed.reason}.` });
    if (!parsed && field === 'budgetRate') return setMessage({ kind: 'error', text: 'A budget rate cannot be empty.' });
    const value = parsed?.value ?? null;
    if (value === e.data[field]) return;
    try {
      await client.call('fx/save-rates', { rates: [{ ...e.data, [field]: value }] });
      setMessage(null);
    } catch (err) {
      setMessage({ kind: 'error', text: `${rowId(e.data)} was not saved: ${errorMessage(err)}` });
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select') || (apiRef.current?.getEditingCells().length ?? 0) > 0) return;
    e.preventDefault();
    setPasting(e.clipboardData.getData('text/plain'));
  };

  const remove = async () => {
    setConfirmDelete(false);
    const keys = selected.map(({ from, to, period }) => ({ from, to, period }));
    try {
      const { deleted } = await client.call('fx/delete-rates', { keys });
      setMessage({ kind: 'info', text: `Deleted ${deleted} rate${deleted === 1 ? '' : 's'}. Undo puts them back.` });
    } catch (err) {
      setMessage({ kind: 'error', text: `Nothing was deleted: ${errorMessage(err)}` });
    }
  };

  const years = selectableYears(wb.info);
  return (
    <div className="setup-panel-wide" data-testid="fx-rates">
      <div className="fx-toolbar">
        <Select
          testId="fx-filter-pair"
          ariaLabel="Currency pair"
          value={pair}
          none="All pairs"
          options={pairs.map((p) => ({ value: p, label: p }))}
          onChange={setPair}
        />
        <Select
          testId="fx-filter-year"
          ariaLabel="Fiscal year"
          value={year}
          none="All years"
          options={years.map((y) => ({ value: String(y), label: fiscalYearLabel(y) }))}
          onChange={setYear}
        />
        <span className="muted small" data-testid="fx-count">
          {shown.length} of {all.length} rates · 1 From = rate × To · double-click a rate to edit
        </span>
        <div className="toolbar-spacer" />
        <button type="button" data-testid="fx-add" onClick={() => setAdding(true)}>
          Add rate
        </button>
        <button type="button" data-testid="fx-paste" onClick={() => setPasting('')}>
          Paste rates…
        </button>
        <button
          type="button"
          data-testid="fx-delete"
          disabled={selected.length === 0}
          onClick={() => setConfirmDelete(true)}
        >
          Delete selected
        </button>
      </div>
      <MissingRatesWarning missing={missing} fiscalYear={fy} baseCurrency={base} />
      {message && (
        <div
          className={`grid-message grid-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="fx-message"
        >
          <span>{message.text}</span>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      <div className="grid-host" data-testid="fx-grid" onPaste={onPaste}>
        <AgGridReact<FxRateRecord>
          theme={gridTheme}
          rowData={shown}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => rowId(p.data)}
          readOnlyEdit
          onCellEditRequest={(e) => void onEdit(e)}
          stopEditingWhenCellsLoseFocus
          rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
          selectionColumnDef={{ pinned: 'left', width: 36 }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows())}
          onGridReady={(e) => (apiRef.current = e.api)}
          overlayNoRowsTemplate="No rates for this selection. Paste a block from Excel or add a rate."
        />
      </div>
      {pasting !== null && (
        <FxPasteDialog
          initialText={pasting}
          baseCurrency={base}
          currencies={currencies}
          existing={all}
          onClose={() => setPasting(null)}
        />
      )}
      {adding && (
        <FxAddDialog
          currencies={currencies}
          baseCurrency={base}
          defaultMonth={fiscalYearMonths(fy, wb.info.settings.fyStartMonth)[0]!}
          onClose={() => setAdding(false)}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Delete FX rates"
          danger
          confirmLabel="Delete"
          message={`Delete ${selected.length} rate${selected.length === 1 ? '' : 's'}? Conversions in those months then need another rate.`}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
