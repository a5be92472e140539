import type { CellClassParams, ColDef, ColGroupDef, ValueGetterParams } from 'ag-grid-community';
import { monthLabel, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';
import { codeName, type Lookups } from '../../state/lookups';
import { moneyColDef } from '../../grids/money-columns';
import { dimensionFilter } from './dimension-filter';
import type { BudgetRow } from './budget-rows';
import { SpreadButton } from './SpreadButton';

export const MONTH_COL_PREFIX = 'm:';
export const TOTAL_COL = 'total';
export const monthColId = (m: MonthKey) => `${MONTH_COL_PREFIX}${m}`;
export const monthOfColId = (colId: string): MonthKey | null =>
  colId.startsWith(MONTH_COL_PREFIX) ? colId.slice(MONTH_COL_PREFIX.length) : null;

export interface BudgetColumnContext {
  months: MonthKey[];
  lookups: Lookups;
  minorUnits: number;
  /** Subtotal and grand-total figures (12 months + total) for the rows left after filtering. */
  totals(row: BudgetRow): readonly Money[] | undefined;
  /** The refused cell, if any, as "lineId|month". */
  invalidCell(): string | null;
  invalidMessage(): string | null;
  onSpread(lineId: string): void;
}

type Getter = (p: ValueGetterParams<BudgetRow>) => unknown;

/** A dimension column: its text for a line, nothing for total rows. */
function dim(colId: string, headerName: string, width: number, get: Getter, extra: Partial<ColDef<BudgetRow>> = {}): ColDef<BudgetRow> {
  return {
    colId,
    headerName,
    width,
    valueGetter: (p) => (p.data?.kind === 'line' ? get(p) : ''),
    ...dimensionFilter,
    ...extra,
  };
}

/**
 * Column definitions of the budget grid: dimensions (cost center and description
 * pinned left), the 12 months of the fiscal year, and the year total pinned right.
 * Build once per fiscal year and lookups; values come from row data and `ctx`.
 */
export function budgetColumns(ctx: BudgetColumnContext): (ColDef<BudgetRow> | ColGroupDef<BudgetRow>)[] {
  const { lookups } = ctx;
  const line = (p: ValueGetterParams<BudgetRow>) => (p.data?.kind === 'line' ? p.data.line : null);
  const money = moneyColDef<BudgetRow>(ctx.minorUnits);
  const ccLabel = (id: string) => codeName(lookups.costCenters.get(id), id);
  const ccCode = (id: string) => lookups.costCenters.get(id)?.code ?? id;

  const monthCols: ColDef<BudgetRow>[] = ctx.months.map((m, i) => ({
    ...money,
    colId: monthColId(m),
    headerName: monthLabel(m),
    width: 118,
    editable: (p) => p.data?.kind === 'line',
    valueGetter: (p) => (p.data?.kind === 'line' ? p.data.values[i] : ctx.totals(p.data!)?.[i]),
    cellClassRules: {
      ...money.cellClassRules,
      'cell-invalid': (p: CellClassParams<BudgetRow>) => p.data?.kind === 'line' && ctx.invalidCell() === `${p.data.id}|${m}`,
    },
    tooltipValueGetter: (p) =>
      p.data?.kind === 'line' && ctx.invalidCell() === `${p.data.id}|${m}` ? ctx.invalidMessage() : undefined,
  }));

  return [
    {
      colId: 'spread',
      headerName: '',
      width: 34,
      pinned: 'left',
      sortable: false,
      resizable: false,
      suppressMovable: true,
      cellClass: 'action-cell',
      cellRenderer: SpreadButton,
      cellRendererParams: { onSpread: ctx.onSpread },
    },
    dim('costCenter', 'Cost center', 96, (p) => ccCode(line(p)!.costCenterId), {
      pinned: 'left',
      // Subtotal and total rows name the cost center across the description column too.
      colSpan: (p) => (p.data?.kind === 'line' ? 1 : 2),
      tooltipValueGetter: (p) => (p.data?.kind === 'line' ? ccLabel(p.data.costCenterId) : undefined),
      filterValueGetter: (p) => (p.data?.kind === 'line' ? ccLabel(p.data.costCenterId) : 'subtotal'),
      // Always sorted (see defaultColDef.sortingOrder): postSortRows then works on a fresh copy.
      initialSort: 'asc',
      valueGetter: (p) =>
        p.data?.kind === 'line'
          ? ccCode(p.data.costCenterId)
          : p.data?.kind === 'subtotal'
            ? `Total ${ccLabel(p.data.costCenterId)}`
            : 'Grand total',
      comparator: (a: string, b: string) => a.localeCompare(b),
    }),
    dim('description', 'Description', 220, (p) => line(p)!.description, { pinned: 'left', editable: false }),
    dim('service', 'Service', 170, (p) => codeName(lookups.services.get(line(p)!.serviceId))),
    dim('account', 'Account', 170, (p) => codeName(lookups.accounts.get(line(p)!.accountId))),
    dim('vendor', 'Vendor', 140, (p) => {
      const v = line(p)!.vendorId;
      return v ? (lookups.vendors.get(v)?.name ?? v) : '—';
    }),
    dim('expenseType', 'Type', 84, (p) => line(p)!.expenseType),
    dim('currency', 'Cur.', 76, (p) => line(p)!.currency),
    { headerName: 'Fiscal months', marryChildren: true, children: monthCols },
    {
      ...money,
      colId: TOTAL_COL,
      headerName: 'Year total',
      pinned: 'right',
      width: 136,
      cellClass: 'money money-total',
      valueGetter: (p) => (p.data?.kind === 'line' ? p.data.values[12] : ctx.totals(p.data!)?.[12]),
    },
  ];
}
