import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { AccountingSummary } from '../../../src-shared/model';
import { gridTheme } from '../../grids/theme';
import { moneyColDef } from '../../grids/money-columns';
import { periodHeading, periodTooltip } from './summary-periods';
import { summaryGridRows, type SummaryGridRow } from './summary-rows';

/** Auto height reserves 150px for a "no rows" message by default; two CapEx/OpEx rows need far less. */
const summaryTheme = gridTheme.withParams({ autoHeightMinBodyHeight: 0 });

const FIRST_COLUMN = { 'capex-opex': 'Type', 'cost-center': 'Cost center', tower: 'Tower' } as const;

/** Groups × accounting periods with row totals, a pinned total row and, for cost centers and towers, the CapEx/OpEx split. */
export function SummaryGrid({ summary, minorUnits }: { summary: AccountingSummary; minorUnits: number }) {
  const columnDefs = useMemo<ColDef<SummaryGridRow>[]>(() => {
    const money = moneyColDef<SummaryGridRow>(minorUnits);
    return [
      {
        colId: 'label',
        headerName: FIRST_COLUMN[summary.by],
        field: 'label',
        pinned: 'left',
        width: 230,
        filter: 'agTextColumnFilter',
      },
      ...summary.periods.map((p, i): ColDef<SummaryGridRow> => ({
        ...money,
        colId: `p${p.index}`,
        width: 118,
        headerName: periodHeading(p, summary.calendarKind),
        headerTooltip: periodTooltip(p, summary.calendarKind),
        valueGetter: (v) => v.data?.amounts[i],
      })),
      {
        ...money,
        colId: 'total',
        headerName: 'Total',
        field: 'total',
        pinned: 'right',
        width: 136,
        cellClass: 'money money-total',
      },
    ];
  }, [summary.by, summary.periods, summary.calendarKind, minorUnits]);
  const { rows, pinned } = useMemo(() => summaryGridRows(summary), [summary]);

  return (
    <div className="grid-host summary-grid" data-testid="summary-grid">
      <AgGridReact<SummaryGridRow>
        theme={summaryTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
        getRowId={(p) => p.data.id}
        pinnedBottomRowData={pinned}
        getRowClass={(p) =>
          p.data?.kind === 'total' ? 'row-grand' : p.data?.kind === 'split' ? 'row-split' : undefined
        }
        domLayout="autoHeight"
        suppressNoRowsOverlay
      />
    </div>
  );
}
