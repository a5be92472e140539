import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TagHygieneRow } from '../../../src-shared/ipc/cloud-costs-contract';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';

/** A report line with a stable id for the grid. */
export type HygieneGridRow = TagHygieneRow & { id: string };

/** Report lines with ids made of what distinguishes them. */
export function hygieneRows(lines: readonly TagHygieneRow[]): HygieneGridRow[] {
  return lines.map((l) => ({ ...l, id: JSON.stringify([l.billingAccount, l.service, l.currency, l.value]) }));
}

/** Columns of the tag hygiene report; amounts in each line's own currency. */
export function hygieneColumns(minorUnitsOf: (currency: string) => number): ColDef<HygieneGridRow>[] {
  return [
    { field: 'billingAccount', colId: 'account', headerName: 'Billing account', minWidth: 180, flex: 1 },
    { field: 'service', colId: 'service', headerName: 'Service', minWidth: 180, flex: 1 },
    {
      colId: 'value',
      headerName: 'Tag value',
      width: 170,
      valueGetter: (p) => (p.data ? (p.data.value ?? 'untagged') : ''),
      cellClassRules: { muted: (p) => p.data?.value === null },
    },
    { field: 'currency', colId: 'currency', headerName: 'Cur.', width: 70 },
    {
      ...moneyColDef<HygieneGridRow>(2),
      field: 'amount',
      colId: 'amount',
      headerName: 'Amount',
      width: 130,
      valueFormatter: (p: ValueFormatterParams<HygieneGridRow>) =>
        formatMoneyCell(p.value, minorUnitsOf(p.data?.currency ?? '')),
    },
    {
      field: 'sharePct',
      colId: 'share',
      headerName: 'Share %',
      width: 90,
      type: 'rightAligned',
      valueFormatter: (p) => (p.value == null ? '—' : `${String(p.value)} %`),
    },
    { field: 'rows', colId: 'rows', headerName: 'Bill rows', width: 90, type: 'rightAligned' },
  ];
}
