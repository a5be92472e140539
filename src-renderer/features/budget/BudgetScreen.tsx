import { useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { ConfirmDialog } from '../../components/Dialog';
import { notify } from '../../api/notifications';
import { useWorkbook } from '../../state/WorkbookContext';
import { AddLineDialog } from './AddLineDialog';
import { BudgetGrid } from './BudgetGrid';
import type { BudgetRow } from './budget-rows';
import { SpreadPanel } from './SpreadPanel';
import { useBudgetData } from './useBudgetData';
import { useCommitted } from './useCommitted';

const BASIS_NOTE =
  'Committed rows (contracts, invoices, assets) follow the Accrual/Cash switch in the header. Manual lines are the plan per month and are the same in both views.';

/** The budget of the chosen scenario and fiscal year, with its line tools. */
export function BudgetScreen() {
  const wb = useWorkbook();
  const data = useBudgetData(wb.scenarioId, wb.fiscalYear, wb.info.settings.fyStartMonth);
  const [showCommitted, setShowCommitted] = useState(true);
  const committed = useCommitted(wb.fiscalYear, wb.basis, wb.scenarioId, showCommitted);
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [filtered, setFiltered] = useState(false);
  const [adding, setAdding] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [spreadId, setSpreadId] = useState<string | null>(null);

  const spreadRow = useMemo(
    () => (spreadId ? data.rows.find((r) => r.id === spreadId) : undefined),
    [data.rows, spreadId],
  );
  const costCenters = useMemo(() => new Set(data.rows.map((r) => r.costCenterId)).size, [data.rows]);
  const scenario = wb.scenarios.find((s) => s.id === wb.scenarioId);

  // Selection and the spread panel belong to one scenario and year.
  useEffect(() => {
    setSelected([]);
    setSpreadId(null);
  }, [wb.scenarioId, wb.fiscalYear]);
  useEffect(() => {
    if (spreadId && !spreadRow && !data.loading) setSpreadId(null);
  }, [spreadId, spreadRow, data.loading]);

  const focusLine = (id: string | undefined) => {
    const api = apiRef.current;
    if (!id || !api) return;
    // Wait for the grid to take the new row before scrolling to it.
    setTimeout(() => {
      const node = api.getRowNode(id);
      if (!node) return;
      api.ensureNodeVisible(node, 'middle');
      api.flashCells({ rowNodes: [node] });
    }, 60);
  };

  const duplicate = async () => {
    const r = await data.command('budget/duplicate-lines', { lineIds: selected, fiscalYear: wb.fiscalYear });
    if (r) {
      notify('info', `Duplicated ${selected.length} line${selected.length === 1 ? '' : 's'}.`);
      focusLine(r.lines[0]?.id);
    }
  };
  const remove = async () => {
    setConfirmDelete(false);
    const r = await data.command('budget/delete-lines', { lineIds: selected, fiscalYear: wb.fiscalYear });
    if (r) {
      notify('info', `Deleted ${r.removedIds.length} line${r.removedIds.length === 1 ? '' : 's'}.`);
      setSelected([]);
    }
  };

  return (
    <div className="budget-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Budget</h1>
          <span className="muted" data-testid="budget-summary">
            {scenario?.name} · {fiscalYearLabel(wb.fiscalYear)} · {data.rows.length.toLocaleString('en-US')} lines ·{' '}
            {costCenters} cost centers
            {showCommitted && ` · ${committed.rows.length.toLocaleString('en-US')} committed (${wb.basis})`}
          </span>
        </div>
        <input
          type="search"
          className="search"
          placeholder="Search lines…"
          aria-label="Search budget lines"
          data-testid="budget-search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {filtered && (
          <button
            type="button"
            className="link"
            onClick={() => {
              apiRef.current?.setFilterModel(null);
              setSearch('');
            }}
          >
            Clear filters
          </button>
        )}
        <label className="toggle" title={BASIS_NOTE}>
          <input
            type="checkbox"
            data-testid="toggle-committed"
            checked={showCommitted}
            onChange={(e) => setShowCommitted(e.target.checked)}
          />
          Committed spend
        </label>
        {showCommitted && (
          <span className="muted committed-note" data-testid="committed-note" title={BASIS_NOTE}>
            {wb.basis === 'accrual' ? 'Accrual' : 'Cash'} view
          </span>
        )}
        <div className="toolbar-spacer" />
        <button type="button" className="primary" data-testid="add-line" onClick={() => setAdding(true)}>
          + Add line
        </button>
        <button
          type="button"
          data-testid="duplicate-lines"
          disabled={selected.length === 0}
          onClick={() => void duplicate()}
        >
          Duplicate
        </button>
        <button
          type="button"
          data-testid="delete-lines"
          disabled={selected.length === 0}
          onClick={() => setConfirmDelete(true)}
        >
          Delete
        </button>
        <button
          type="button"
          data-testid="open-spread"
          disabled={selected.length !== 1}
          title="Spread the selected line over the months"
          onClick={() => setSpreadId(selected[0] ?? null)}
        >
          Spread…
        </button>
      </div>
      {data.error && (
        <div className="banner banner-error" role="alert">
          Could not load the budget: {data.error}
        </div>
      )}
      {committed.error && (
        <div className="banner banner-error" role="alert" data-testid="committed-error">
          Could not load the committed spend: {committed.error}
        </div>
      )}
      <div className="budget-body">
        <BudgetGrid
          data={data}
          committed={committed.rows}
          basis={wb.basis}
          search={search}
          apiRef={apiRef}
          onSelectionChange={setSelected}
          onSpread={setSpreadId}
          onFilterChange={setFiltered}
        />
        {spreadRow && (
          <SpreadPanel
            key={spreadRow.id}
            row={spreadRow}
            months={data.months}
            onClose={() => setSpreadId(null)}
            onApply={async (spread) => {
              const r = await data.command('budget/spread-line', {
                lineId: spreadRow.id,
                fiscalYear: wb.fiscalYear,
                spread,
              });
              if (r) focusLine(spreadRow.id);
              return r !== null;
            }}
          />
        )}
      </div>
      {adding && (
        <AddLineDialog
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const r = await data.command('budget/add-line', {
              scenarioId: wb.scenarioId,
              fiscalYear: wb.fiscalYear,
              fields,
            });
            if (r) focusLine(r.lines[0]?.id);
            return r !== null;
          }}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Delete budget lines"
          message={`Delete ${selected.length} selected line${selected.length === 1 ? '' : 's'} from ${scenario?.name ?? 'this scenario'}? You can undo this.`}
          confirmLabel="Delete"
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  );
}
