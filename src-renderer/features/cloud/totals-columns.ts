import type { ColDef } from 'ag-grid-community';
import type { CloudTotalsRow } from '../../../src-shared/ipc/cloud-costs-contract';
import type { Money } from '../../../src-shared/money';
import { moneyColDef } from '../../grids/money-columns';
import { keyLabel } from './cloud-option';

/** A grid row: a dimension value, or the pinned total of the currency. */
export interface TotalsGridRow {
  id: string;
  label: string;
  byMonth: Record<string, Money>;
  total: Money;
  rows: number | null;
}

/** Grid rows of one currency's totals; ids are stable per dimension value. */
export function totalsGridRows(rows: readonly CloudTotalsRow[]): TotalsGridRow[] {
  return rows.map((r) => ({
    id: r.key === null ? '(none)' : `v:${r.key}`,
    label: keyLabel(r.key),
    byMonth: r.byMonth,
    total: r.total,
    rows: r.rows,
  }));
}

/** Columns: the value, one money column per charge month, the total and the billing rows behind it. */
export function totalsColumns(
  dimensionLabel: string,
  months: readonly string[],
  minorUnits: number,
): ColDef<TotalsGridRow>[] {
  return [
    {
      field: 'label',
      colId: 'label',
      headerName: dimensionLabel,
      pinned: 'left',
      minWidth: 220,
      flex: 1,
      tooltipField: 'label',
    },
    ...months.map((m): ColDef<TotalsGridRow> => ({
      ...moneyColDef<TotalsGridRow>(minorUnits),
      colId: `m:${m}`,
      headerName: m,
      width: 120,
      valueGetter: (p) => p.data?.byMonth[m] ?? null,
    })),
    { ...moneyColDef<TotalsGridRow>(minorUnits), field: 'total', colId: 'total', headerName: 'Total', width: 130 },
    { field: 'rows', colId: 'rows', headerName: 'Bill rows', width: 96, type: 'rightAligned' },
  ];
}
