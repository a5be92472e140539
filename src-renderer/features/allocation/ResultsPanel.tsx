import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { AllocationBalanceRow, AllocationSummary, AllocationTrace } from '../../../src-shared/model/allocation';
import { formatMoney } from '../../../src-shared/money';
import { useClient } from '../../api/ApiProvider';
import { errorMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { gridTheme } from '../../grids/theme';
import { moneyColDef } from '../../grids/money-columns';
import { useWorkbook } from '../../state/WorkbookContext';
import { FocusExport } from './FocusExport';
import { TracePanel } from './TracePanel';

/** The month's stored run: balances per target (click one for its trace), unallocated buckets, conservation. */
export function ResultsPanel({ summary }: { summary: AllocationSummary }) {
  const client = useClient();
  const { minorUnits } = useWorkbook();
  const money = (m: string) => formatMoney(m, minorUnits, { parens: true });
  const [trace, setTrace] = useState<{ trace: AllocationTrace; name: string } | null>(null);
  const columns = useMemo<ColDef<AllocationBalanceRow>[]>(
    () => [
      { field: 'target', headerName: 'Target', width: 150 },
      { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
      { field: 'amount', headerName: `Amount (${summary.currency})`, width: 170, ...moneyColDef(minorUnits) },
      { field: 'share', headerName: 'Share %', width: 110, type: 'rightAligned' },
    ],
    [summary.currency, minorUnits],
  );
  const open = async (row: AllocationBalanceRow) => {
    try {
      const t = await client.call('allocation/explain', { runId: summary.runId!, target: row.target });
      setTrace({ trace: t, name: row.name });
    } catch (e) {
      notify('error', errorMessage(e));
    }
  };
  return (
    <section className="panel allocation-results" aria-label="Allocation result" data-testid="allocation-results">
      <h3>
        Result of {summary.period} ({summary.basis === 'effective' ? 'accrual, EffectiveCost' : 'cash, BilledCost'})
      </h3>
      <p data-testid="allocation-conservation" className={summary.conserved ? 'muted' : 'negative'}>
        {summary.inputCount} input(s): {money(summary.inputTotal)} = allocated {money(summary.allocatedTotal)} +
        unallocated {money(summary.unallocatedTotal)} · {summary.conserved ? 'conserved to the cent' : 'NOT conserved'}
      </p>
      <div className="grid-host allocation-result-grid" data-testid="allocation-balances">
        <AgGridReact<AllocationBalanceRow>
          theme={gridTheme}
          rowData={summary.balances}
          columnDefs={columns}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.target}
          onRowClicked={(e) => e.data && void open(e.data)}
        />
      </div>
      {summary.unallocated.length > 0 && (
        <table className="allocation-table" data-testid="allocation-unallocated">
          <caption>Unallocated</caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Detail</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {summary.unallocated.map((u, i) => (
              <tr key={i}>
                <td>{u.reason}</td>
                <td>{u.detail}</td>
                <td className="num">{money(u.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.runId && <FocusExport runId={summary.runId} period={summary.period} />}
      {trace && <TracePanel trace={trace.trace} name={trace.name} onClose={() => setTrace(null)} />}
    </section>
  );
}
