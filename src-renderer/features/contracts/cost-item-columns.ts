import type { ColDef } from 'ag-grid-community';
import type { AccrualPolicyId, CostItemRecord } from '../../../src-shared/model';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';
import type { Lookups } from '../../state/lookups';
import { costItemEffect } from './cost-item-effect';

const text = (headerName: string, width: number, get: (c: CostItemRecord) => string): ColDef<CostItemRecord> => ({
  headerName,
  width,
  filter: 'agTextColumnFilter',
  valueGetter: (p) => (p.data ? get(p.data) : ''),
});

/** Columns of the invoices & purchases grid; `contractCode` names an item's contract. */
export function costItemColumns(
  lookups: Lookups,
  contractCode: (id: string) => string,
  policy: AccrualPolicyId,
): ColDef<CostItemRecord>[] {
  return [
    { field: 'reference', headerName: 'Reference', width: 150, pinned: 'left', filter: 'agTextColumnFilter' },
    {
      field: 'description',
      headerName: 'Description',
      width: 260,
      filter: 'agTextColumnFilter',
      tooltipField: 'description',
    },
    text('Vendor', 150, (c) => (c.vendorId ? (lookups.vendors.get(c.vendorId)?.name ?? '') : '')),
    {
      ...moneyColDef<CostItemRecord>(2),
      colId: 'amount',
      field: 'amount',
      headerName: 'Amount',
      width: 120,
      valueFormatter: (p) => formatMoneyCell(p.value, lookups.minorUnits.get(p.data?.currency ?? '') ?? 2),
    },
    { field: 'currency', headerName: 'Cur.', width: 64, filter: 'agTextColumnFilter' },
    { field: 'expenseType', headerName: 'CapEx/OpEx', width: 96, filter: 'agTextColumnFilter' },
    { field: 'invoiceDate', headerName: 'Invoice date', width: 106, sort: 'desc' },
    text('Paid / terms', 116, (c) => c.paymentDate ?? c.paymentTerms ?? ''),
    { field: 'serviceStart', headerName: 'Service from', width: 106 },
    { field: 'serviceEnd', headerName: 'Service to', width: 106 },
    text('Contract', 100, (c) => (c.contractId ? contractCode(c.contractId) : '')),
    {
      ...text('Accrual vs cash', 420, (c) => costItemEffect(c, policy)),
      colId: 'effect',
      tooltipValueGetter: (p) => (p.data ? costItemEffect(p.data, policy) : undefined),
    },
  ];
}
