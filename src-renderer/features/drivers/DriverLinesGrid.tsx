import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { monthLabel, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { DriverLineCostView } from '../../../src-shared/model/drivers';
import type { Money } from '../../../src-shared/money';
import { gridTheme } from '../../grids/theme';
import { moneyColDef } from '../../grids/money-columns';

type Part = 'fixed' | 'variable' | 'step' | 'total';
const PART_LABEL: Record<Part, string> = { fixed: 'Fixed', variable: 'Variable', step: 'Step', total: 'Total' };

export interface PartRow {
  id: string;
  line: string;
  part: string;
  /** Month → Money, and 'year' → the year's total. */
  values: Record<string, Money>;
}

/** Four rows per line (fixed, variable, step, total), one column per month and the year. */
export function partRows(lines: readonly DriverLineCostView[]): PartRow[] {
  return lines.flatMap((l) =>
    (['fixed', 'variable', 'step', 'total'] as const).map((part) => ({
      id: `${l.model.lineId}:${part}`,
      line: `${l.lineDescription || l.model.lineId} (${l.driverCode}, ${l.currency})`,
      part: PART_LABEL[part],
      values: { ...Object.fromEntries(l.months.map((m) => [m.month, m[part]])), year: l.totals[part] },
    })),
  );
}

/** The driver-based lines' fixed, variable and step cost per month, read-only (they follow their model). */
export function DriverLinesGrid({
  lines,
  months,
  minorUnits,
}: {
  lines: readonly DriverLineCostView[];
  months: readonly MonthKey[];
  minorUnits: number;
}) {
  const rows = useMemo(() => partRows(lines), [lines]);
  const columnDefs = useMemo<ColDef<PartRow>[]>(
    () => [
      { field: 'line', headerName: 'Line', pinned: 'left', width: 260 },
      { field: 'part', headerName: 'Part', pinned: 'left', width: 90 },
      ...[...months, 'year'].map((m): ColDef<PartRow> => ({
        ...moneyColDef<PartRow>(minorUnits),
        colId: m,
        headerName: m === 'year' ? 'Year' : monthLabel(m).slice(0, 3),
        valueGetter: (p) => p.data?.values[m] ?? '0',
      })),
    ],
    [months, minorUnits],
  );
  return (
    <div className="grid-host drivers-lines-grid" data-testid="driver-lines-grid">
      <AgGridReact<PartRow>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: false, resizable: true, cellDataType: false }}
        getRowId={(p) => p.data.id}
        getRowClass={(p) => (p.data?.part === 'Total' ? 'drivers-total-row' : undefined)}
        localeText={{ noRowsToShow: 'No line of this scenario is costed from a driver yet.' }}
      />
    </div>
  );
}
