import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { CommitmentView } from '../../../src-shared/ipc/cloud-costs-contract';
import { formatMoneyCell, moneyColDef } from '../../grids/money-columns';

const pct = (p: { value: unknown }) => (p.value == null ? '—' : `${String(p.value)} %`);

/** Columns of the commitments grid; money in each commitment's own currency. */
export function commitmentColumns(minorUnitsOf: (currency: string) => number): ColDef<CommitmentView>[] {
  const money = (field: keyof CommitmentView, headerName: string): ColDef<CommitmentView> => ({
    ...moneyColDef<CommitmentView>(2),
    field,
    colId: field,
    headerName,
    width: 120,
    valueFormatter: (p: ValueFormatterParams<CommitmentView>) =>
      formatMoneyCell(p.value, minorUnitsOf(p.data?.currency ?? '')),
  });
  const percent = (field: keyof CommitmentView, headerName: string): ColDef<CommitmentView> => ({
    field,
    colId: field,
    headerName,
    width: 100,
    type: 'rightAligned',
    valueFormatter: pct,
  });
  return [
    {
      field: 'commitmentDiscountId',
      colId: 'id',
      headerName: 'Commitment',
      pinned: 'left',
      minWidth: 240,
      flex: 1,
      tooltipField: 'commitmentDiscountId',
    },
    { field: 'commitmentDiscountType', colId: 'type', headerName: 'Type', width: 130 },
    { field: 'currency', colId: 'currency', headerName: 'Cur.', width: 64 },
    percent('utilizationPct', 'Utilization'),
    money('usedCost', 'Used'),
    money('unusedCost', 'Unused'),
    money('onDemandEquivalent', 'On-demand equiv.'),
    money('savingsVsList', 'Saved vs on-demand'),
    money('savingsVsContracted', 'Saved vs contracted'),
    money('netSavings', 'Net savings'),
    percent('roiPct', 'ROI'),
    {
      colId: 'term',
      headerName: 'Term',
      width: 190,
      valueGetter: (p) => (p.data?.term ? `${p.data.term.start} – ${p.data.term.end}` : 'not set'),
    },
    percent('termElapsedPct', 'Term elapsed'),
  ];
}
