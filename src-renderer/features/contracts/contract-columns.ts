import type { ColDef } from 'ag-grid-community';
import type { ContractListItem } from '../../../src-shared/model';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';
import { codeName, type Lookups } from '../../state/lookups';
import { billingLabel, escalationSummary, noticeLabel } from './contract-summary';

const text = (headerName: string, width: number, get: (c: ContractListItem) => string): ColDef<ContractListItem> => ({
  headerName,
  width,
  filter: 'agTextColumnFilter',
  valueGetter: (p) => (p.data ? get(p.data) : ''),
});

/** Columns of the contracts grid; amounts in each contract's own currency and minor units. */
export function contractColumns(lookups: Lookups): ColDef<ContractListItem>[] {
  const mu = (c: ContractListItem | undefined) => (c ? (lookups.minorUnits.get(c.currency) ?? 2) : 2);
  return [
    { field: 'code', headerName: 'Code', width: 104, pinned: 'left', filter: 'agTextColumnFilter', sort: 'asc' },
    { field: 'name', headerName: 'Name', width: 240, filter: 'agTextColumnFilter', tooltipField: 'name' },
    text('Vendor', 150, (c) => (c.vendorId ? (lookups.vendors.get(c.vendorId)?.name ?? '') : '')),
    text('Cost center', 170, (c) => (c.costCenterId ? codeName(lookups.costCenters.get(c.costCenterId)) : '')),
    { field: 'currency', headerName: 'Cur.', width: 64, filter: 'agTextColumnFilter' },
    {
      ...moneyColDef<ContractListItem>(2),
      colId: 'baseAmount',
      field: 'baseAmount',
      headerName: 'Price / period',
      headerTooltip: 'Price of one billing period before escalation, contract currency',
      width: 124,
      valueFormatter: (p) => formatMoneyCell(p.value, mu(p.data)),
    },
    text('Billing', 90, (c) => billingLabel(c.billing)),
    { field: 'start', headerName: 'Start', width: 100 },
    { field: 'end', headerName: 'End', width: 100 },
    text('Escalation', 150, (c) => escalationSummary(c.escalation)),
    { field: 'paymentTerms', headerName: 'Payment terms', width: 120, filter: 'agTextColumnFilter' },
    text('Invoiced', 96, (c) => (c.invoiceTiming === 'advance' ? 'in advance' : 'in arrears')),
    text('Prepaid', 80, (c) => (c.prepaid ? 'prepaid' : '')),
    text('Renewal', 100, (c) => c.notice?.renewalDate ?? c.renewal?.renewalDate ?? ''),
    { ...text('Notice by', 100, (c) => c.notice?.noticeDeadline ?? ''), colId: 'noticeDeadline' },
    {
      ...text('Notice', 150, (c) => (c.notice ? noticeLabel(c.notice) : '—')),
      colId: 'notice',
      tooltipValueGetter: (p) => p.data?.notice?.explanation,
      comparator: (_a, _b, x, y) => (x.data?.notice?.daysLeft ?? 1e9) - (y.data?.notice?.daysLeft ?? 1e9),
      cellClassRules: {
        'notice-due-soon': (p) => p.data?.notice?.status === 'due-soon',
        'notice-passed': (p) => p.data?.notice?.status === 'passed',
      },
    },
  ];
}
