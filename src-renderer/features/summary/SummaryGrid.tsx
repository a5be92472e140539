import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { AccountingSummary } from '../../../src-shared/model';
import { gridTheme } from '../../grids/theme';
import { moneyColDef } from '../../grids/money-columns';
import { periodHeading, periodTooltip } from './summary-periods';
import { summaryGridRows, type SummaryGridRow } from './summary-rows';

const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 32;
/** Room for the horizontal scrollbar and the borders under the rows. */
const CHROME_HEIGHT = 20;

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

  // Every row shown without scrolling (a few dozen at most). Sized here rather than with
  // auto height, which keeps 150px for two rows and lets the scrollbar cover the last one.
  const height = HEADER_HEIGHT + ROW_HEIGHT * (rows.length + pinned.length) + CHROME_HEIGHT;

  return (
    <div className="grid-host summary-grid" data-testid="summary-grid" style={{ height }}>
      <AgGridReact<SummaryGridRow>
        theme={gridTheme}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
        getRowId={(p) => p.data.id}
        pinnedBottomRowData={pinned}
        getRowClass={(p) =>
          p.data?.kind === 'total' ? 'row-grand' : p.data?.kind === 'split' ? 'row-split' : undefined
        }
        suppressNoRowsOverlay
      />
    </div>
  );
}
