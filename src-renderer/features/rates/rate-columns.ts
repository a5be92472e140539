import type { ColDef } from 'ag-grid-community';
import { RATE_DECIMALS, UNIT_LABELS, type RateLine } from '../../../src-shared/model/rates';
import { moneyColDef } from '../../grids/money-columns';

/**
 * Columns of a rate card's lines: pool cost and volumes, the proposed rate, the rate used
 * (editable on a draft) and what it recovers over the year.
 */
export function rateColumns(minorUnits: number, editable: boolean): ColDef<RateLine>[] {
  const money = moneyColDef<RateLine>(minorUnits);
  const rate = moneyColDef<RateLine>(RATE_DECIMALS);
  const qty = { type: 'rightAligned', cellClass: 'money', width: 110 } as const;
  return [
    { field: 'code', headerName: 'Service', width: 110, pinned: 'left' },
    { field: 'name', headerName: 'Name', width: 170 },
    { field: 'unit', headerName: 'Unit', width: 120, valueFormatter: (p) => UNIT_LABELS[p.value as RateLine['unit']] },
    { ...money, field: 'cost', headerName: 'Pool cost', width: 130 },
    { ...qty, field: 'usage', headerName: 'Usage' },
    { ...qty, field: 'capacity', headerName: 'Capacity' },
    { ...rate, field: 'proposedRate', headerName: 'Proposed rate', width: 120 },
    {
      ...rate,
      field: 'rate',
      headerName: editable ? 'Rate (edit)' : 'Rate',
      width: 120,
      editable,
      cellClass: editable ? 'money editable-cell' : 'money',
    },
    { ...money, field: 'recovered', headerName: 'Recovered', width: 130 },
    { ...money, field: 'variance', headerName: 'Over / under', width: 130 },
    { ...rate, field: 'inForceRate', headerName: 'Rate in force', width: 120 },
    { ...money, field: 'change', headerName: 'Change vs in force', width: 150 },
    { field: 'problem', headerName: 'Note', flex: 1, minWidth: 160 },
  ];
}
