import { driverRefusal, isDriverMonth, postedNote } from './line-origin';
import type { CellClassParams, ColDef, ColGroupDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { monthLabel, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Money } from '../../../src-shared/money';
import { codeName, type Lookups } from '../../state/lookups';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';
import { dimensionFilter } from './dimension-filter';
import type { BudgetRow } from './budget-rows';
import { DescriptionCell } from './DescriptionCell';
import { SpreadButton } from './SpreadButton';

export const MONTH_COL_PREFIX = 'm:';
export const TOTAL_COL = 'total';
export const monthColId = (m: MonthKey) => `${MONTH_COL_PREFIX}${m}`;
export const monthOfColId = (colId: string): MonthKey | null =>
  colId.startsWith(MONTH_COL_PREFIX) ? colId.slice(MONTH_COL_PREFIX.length) : null;

/** How committed rows without a cost center are grouped and named. */
export const NO_COST_CENTER = '(no cost center)';

/** The base-total row's tooltip: how it is converted, so its figures can be checked. */
export const BASE_TOTAL_RULE =
  "Each currency's grand total of a month is converted at that month's budget FX rate and rounded to the base currency's minor units (the workbook's rounding mode); the month is the sum of those rounded amounts and the year the sum of the months. A month without a rate stays empty: add it in Setup → FX rates.";

export interface BudgetColumnContext {
  months: MonthKey[];
  lookups: Lookups;
  baseCurrency: string;
  /** Minor units of the base currency, for subtotals. */
  minorUnits: number;
  /** Lines of a cost center left out of its (base-currency) subtotal. */
  foreignLines(costCenterId: string): number;
  /** Subtotal and grand-total figures (12 months + total) for the rows left after filtering. */
  totals(row: BudgetRow): readonly Money[] | undefined;
  /** The refused cell, if any, as "lineId|month". */
  invalidCell(): string | null;
  invalidMessage(): string | null;
  onSpread(lineId: string): void;
  /** The base-total row's figures (12 months + total); null where a rate is missing. */
  baseTotals(): readonly (Money | null)[] | undefined;
  /** The double-count warning of a manual line, if any. */
  doubleCount(lineId: string): string | null;
}

type Getter = (p: ValueGetterParams<BudgetRow>) => unknown;

/** A dimension column: its text for a line, nothing for total rows. */
function dim(
  colId: string,
  headerName: string,
  width: number,
  get: Getter,
  extra: Partial<ColDef<BudgetRow>> = {},
): ColDef<BudgetRow> {
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
  // Each figure in its own currency's minor units (JPY 0, BHD 3).
  const unitsOf = (row: BudgetRow | undefined) => {
    const cur = row?.kind === 'line' ? row.line.currency : row?.kind === 'grand' ? row.currency : ctx.baseCurrency;
    return lookups.minorUnits.get(cur) ?? ctx.minorUnits;
  };
  const valueFormatter = (p: ValueFormatterParams<BudgetRow, Money | null>) =>
    p.data?.kind === 'base' && p.value === null ? 'no rate' : formatMoneyCell(p.value, unitsOf(p.data));
  const subtotalLabel = (cc: string) => {
    const n = ctx.foreignLines(cc);
    const note = n ? ` (${ctx.baseCurrency} lines; ${n} in other currencies not added)` : '';
    return `Total ${ccLabel(cc)}${note}`;
  };
  const ccLabel = (id: string) => (id === '' ? NO_COST_CENTER : codeName(lookups.costCenters.get(id), id));
  const ccCode = (id: string) => (id === '' ? NO_COST_CENTER : (lookups.costCenters.get(id)?.code ?? id));
  const baseLabel = `Total in ${ctx.baseCurrency} at budget rates`;
  const isCommitted = (row: BudgetRow | undefined) => row?.kind === 'line' && row.committed !== undefined;
  const editableLine = (row: BudgetRow | undefined) => row?.kind === 'line' && row.committed === undefined;
  /** Figures of a total row; the base-total row's come from the conversion. */
  const figure = (row: BudgetRow, i: number) => (row.kind === 'base' ? ctx.baseTotals()?.[i] : ctx.totals(row)?.[i]);

  const monthCols: ColDef<BudgetRow>[] = ctx.months.map((m, i) => ({
    ...money,
    valueFormatter,
    colId: monthColId(m),
    headerName: monthLabel(m),
    width: 118,
    editable: (p) => editableLine(p.data) && !isDriverMonth(p.data, m),
    valueGetter: (p) => (p.data?.kind === 'line' ? p.data.values[i] : figure(p.data!, i)),
    cellClassRules: {
      ...money.cellClassRules,
      'cell-invalid': (p: CellClassParams<BudgetRow>) =>
        p.data?.kind === 'line' && ctx.invalidCell() === `${p.data.id}|${m}`,
      'cell-locked': (p: CellClassParams<BudgetRow>) => isCommitted(p.data),
      'cell-driver': (p: CellClassParams<BudgetRow>) => isDriverMonth(p.data, m),
      'cell-missing-rate': (p: CellClassParams<BudgetRow>) => p.data?.kind === 'base' && p.value === null,
    },
    tooltipValueGetter: (p) => {
      const row = p.data;
      if (row?.kind === 'base') return BASE_TOTAL_RULE;
      if (row?.kind !== 'line') return undefined;
      if (row.committed) return row.committed.explanation;
      if (isDriverMonth(row, m)) return driverRefusal(row) ?? undefined;
      return ctx.invalidCell() === `${row.id}|${m}` ? ctx.invalidMessage() : undefined;
    },
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
      tooltipValueGetter: (p) =>
        p.data?.kind === 'line'
          ? ccLabel(p.data.costCenterId)
          : p.data?.kind === 'subtotal'
            ? subtotalLabel(p.data.costCenterId)
            : p.data?.kind === 'base'
              ? BASE_TOTAL_RULE
              : undefined,
      filterValueGetter: (p) => (p.data?.kind === 'line' ? ccLabel(p.data.costCenterId) : 'subtotal'),
      // Always sorted (see defaultColDef.sortingOrder): postSortRows then works on a fresh copy.
      initialSort: 'asc',
      valueGetter: (p) =>
        p.data?.kind === 'line'
          ? ccCode(p.data.costCenterId)
          : p.data?.kind === 'subtotal'
            ? subtotalLabel(p.data.costCenterId)
            : p.data?.kind === 'base'
              ? baseLabel
              : `Grand total ${p.data?.currency ?? ''}`,
      // Codes are plain ASCII: a byte-wise compare sorts them and is far cheaper than
      // localeCompare. Committed rows without a cost center come last.
      comparator: (a: string, b: string) => {
        if ((a === NO_COST_CENTER) !== (b === NO_COST_CENTER)) return a === NO_COST_CENTER ? 1 : -1;
        return a < b ? -1 : a > b ? 1 : 0;
      },
    }),
    dim('description', 'Description', 220, (p) => line(p)!.description, {
      pinned: 'left',
      editable: (p) => editableLine(p.data),
      cellRenderer: DescriptionCell,
      cellRendererParams: { doubleCount: (id: string) => ctx.doubleCount(id) },
      cellClassRules: { 'cell-locked': (p: CellClassParams<BudgetRow>) => isCommitted(p.data) },
      tooltipValueGetter: (p) =>
        p.data?.kind !== 'line'
          ? undefined
          : p.data.committed
            ? p.data.committed.explanation
            : [ctx.doubleCount(p.data.id), driverRefusal(p.data), postedNote(p.data)].filter(Boolean).join('\n') ||
              undefined,
    }),
    dim('currency', 'Cur.', 72, (p) => line(p)!.currency),
    // Months come first so a screenful shows the figures; the other dimensions follow.
    { headerName: 'Fiscal months', marryChildren: true, children: monthCols },
    dim('service', 'Service', 170, (p) => codeName(lookups.services.get(line(p)!.serviceId))),
    dim('account', 'Account', 170, (p) => codeName(lookups.accounts.get(line(p)!.accountId))),
    dim('vendor', 'Vendor', 140, (p) => {
      const v = line(p)!.vendorId;
      return v ? (lookups.vendors.get(v)?.name ?? v) : '—';
    }),
    dim('expenseType', 'Type', 84, (p) => line(p)!.expenseType),
    {
      ...money,
      colId: TOTAL_COL,
      headerName: 'Year total',
      valueFormatter,
      pinned: 'right',
      width: 136,
      cellClass: 'money money-total',
      cellClassRules: {
        ...money.cellClassRules,
        'cell-missing-rate': (p: CellClassParams<BudgetRow>) => p.data?.kind === 'base' && p.value === null,
      },
      tooltipValueGetter: (p) => (p.data?.kind === 'base' ? BASE_TOTAL_RULE : undefined),
      valueGetter: (p) => (p.data?.kind === 'line' ? p.data.values[12] : figure(p.data!, 12)),
    },
  ];
}
