import type { ColDef } from 'ag-grid-community';
import type { InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import { moneyColDef } from '../../grids/money-columns';

const KIND_LABEL: Record<InvoiceLine['kind'], string> = { service: 'Service', shared: 'Shared', credit: 'Credit' };

/**
 * Columns of an invoice's lines: what, how much of which unit or driver, at which rate, the
 * amount; `actions` renders the per-line buttons (why? and dispute).
 */
export function invoiceColumns(
  minorUnits: number,
  actions: ColDef<InvoiceLine>['cellRenderer'],
): ColDef<InvoiceLine>[] {
  return [
    { headerName: 'Line', field: 'description', flex: 2, minWidth: 180, tooltipField: 'description' },
    { headerName: 'Type', colId: 'kind', width: 90, valueGetter: (p) => (p.data ? KIND_LABEL[p.data.kind] : '') },
    { headerName: 'Quantity', field: 'quantity', type: 'rightAligned', width: 90 },
    {
      headerName: 'Unit / driver',
      colId: 'unit',
      width: 140,
      valueGetter: (p) => (p.data?.kind === 'shared' ? `driver: ${p.data.driver ?? ''}` : (p.data?.unit ?? '')),
    },
    { headerName: 'Rate', field: 'rate', type: 'rightAligned', width: 80 },
    { headerName: 'Amount', field: 'amount', ...moneyColDef<InvoiceLine>(minorUnits), width: 110 },
    { headerName: '', colId: 'actions', width: 140, pinned: 'right', sortable: false, cellRenderer: actions },
  ];
}
