import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { Asset } from '../../../src-shared/model';
import type { Money } from '../../../src-shared/money';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';
import { CONVENTION_LABELS, describeLife, METHOD_LABELS, STATUS_LABELS, type AssetStatus } from './labels';

/** A register row: an asset with its class label and position at the selected year's end. */
export interface AssetRow extends Asset {
  kind: 'asset';
  classLabel: string;
  status: AssetStatus;
  /** Net book value at the year's end (null while planned), and the year's expense. */
  nbv: Money | null;
  expenseInYear: Money;
}

/** A pinned total row: one per currency, never mixing currencies. */
export interface TotalRow {
  kind: 'total';
  id: string;
  code: string;
  name: string;
  currency: string;
  cost: Money;
  salvage: Money;
  nbv: Money;
  expenseInYear: Money;
}

export type RegisterRow = AssetRow | TotalRow;

const asset = (r: RegisterRow | undefined): AssetRow | undefined => (r?.kind === 'asset' ? r : undefined);

/**
 * The register's columns. Money cells use the row's own currency minor units (JPY has
 * none), so they cannot share one moneyColDef formatter; the rest of it is kept.
 */
export function registerColumns(minorUnitsOf: (currency: string) => number): ColDef<RegisterRow>[] {
  const money = (field: 'cost' | 'salvage' | 'nbv' | 'expenseInYear', headerName: string): ColDef<RegisterRow> => ({
    ...moneyColDef<RegisterRow>(2),
    field,
    colId: field,
    headerName,
    width: 122,
    valueFormatter: (p: ValueFormatterParams<RegisterRow>) =>
      formatMoneyCell(p.value, minorUnitsOf(p.data?.currency ?? '')),
  });
  return [
    { field: 'code', colId: 'code', headerName: 'Code', width: 104, pinned: 'left' },
    { field: 'name', colId: 'name', headerName: 'Name', flex: 1, minWidth: 220, tooltipField: 'name' },
    {
      colId: 'class',
      headerName: 'Class',
      width: 150,
      valueGetter: (p) => asset(p.data)?.classLabel ?? '',
    },
    {
      colId: 'quantity',
      headerName: 'Qty',
      width: 64,
      type: 'rightAligned',
      cellClass: 'num',
      valueGetter: (p) => asset(p.data)?.quantity ?? null,
    },
    money('cost', 'Cost'),
    money('salvage', 'Salvage'),
    {
      ...money('expenseInYear', 'Expense in FY'),
      headerTooltip: 'Depreciation (or expensed cost) in the selected fiscal year',
    },
    { ...money('nbv', 'NBV at FY end'), headerTooltip: 'Net book value at the end of the selected fiscal year' },
    { field: 'currency', colId: 'currency', headerName: 'Cur.', width: 68 },
    {
      colId: 'inServiceDate',
      headerName: 'In service',
      width: 106,
      valueGetter: (p) => asset(p.data)?.inServiceDate ?? '',
    },
    {
      colId: 'life',
      headerName: 'Useful life',
      width: 112,
      valueGetter: (p) => asset(p.data)?.usefulLifeMonths ?? null,
      valueFormatter: (p) => (typeof p.value === 'number' ? describeLife(p.value) : ''),
      headerTooltip: 'Useful life (months in the tooltip)',
      tooltipValueGetter: (p) => (typeof p.value === 'number' ? `${p.value} months` : undefined),
    },
    {
      colId: 'method',
      headerName: 'Method',
      width: 150,
      valueGetter: (p) => {
        const a = asset(p.data);
        if (!a) return '';
        const pct = a.decliningBalancePercent !== null ? ` ${a.decliningBalancePercent} %` : '';
        return `${METHOD_LABELS[a.method]}${pct}`;
      },
    },
    {
      colId: 'convention',
      headerName: 'Convention',
      width: 108,
      valueGetter: (p) => {
        const a = asset(p.data);
        return a ? CONVENTION_LABELS[a.convention] : '';
      },
    },
    {
      colId: 'expenseType',
      headerName: 'CapEx/OpEx',
      width: 100,
      valueGetter: (p) => asset(p.data)?.expenseType ?? '',
      tooltipValueGetter: (p) => asset(p.data)?.classificationRule,
      cellClassRules: { 'expense-opex': (p) => p.value === 'OpEx' },
    },
    {
      colId: 'status',
      headerName: 'Status at FY end',
      width: 136,
      valueGetter: (p) => {
        const a = asset(p.data);
        return a ? STATUS_LABELS[a.status] : '';
      },
      cellClass: (p) => {
        const a = asset(p.data);
        return a ? `status status-${a.status}` : '';
      },
    },
    {
      colId: 'rule',
      headerName: 'Classification rule',
      width: 320,
      valueGetter: (p) => asset(p.data)?.classificationRule ?? '',
      tooltipValueGetter: (p) => asset(p.data)?.classificationRule,
    },
  ];
}
