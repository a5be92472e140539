import type { ColDef } from 'ag-grid-community';
import type { ChargebackUnit } from '../../../src-shared/model/chargeback-invoices';
import { formatMoneyCell, moneyComparator } from '../../grids/money-columns';

/** Columns of the month's business units: mode, current revision, status, total, open disputes. */
export function unitColumns(minorUnits: number): ColDef<ChargebackUnit>[] {
  return [
    { headerName: 'Unit', field: 'code', width: 80 },
    { headerName: 'Name', field: 'name', flex: 1, minWidth: 160 },
    { headerName: 'Mode', field: 'mode', width: 95 },
    { headerName: 'Rev', colId: 'revision', width: 55, valueGetter: (p) => p.data?.invoice?.revision ?? null },
    { headerName: 'Status', colId: 'status', width: 85, valueGetter: (p) => p.data?.invoice?.status ?? 'not issued' },
    {
      headerName: 'Total',
      colId: 'total',
      type: 'rightAligned',
      cellClass: 'money',
      width: 105,
      comparator: moneyComparator,
      valueGetter: (p) => p.data?.invoice?.total ?? null,
      valueFormatter: (p) => formatMoneyCell(p.value, minorUnits),
    },
    {
      headerName: 'Open disputes',
      field: 'openDisputes',
      width: 120,
      type: 'rightAligned',
      headerTooltip: 'Open disputes',
    },
  ];
}
