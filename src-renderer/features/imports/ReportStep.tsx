import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { ImportPreview, ImportProblem } from '../../../src-shared/model/imports';
import { formatMoney } from '../../../src-shared/money/format';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';

const PROBLEM_COLS: ColDef<ImportProblem>[] = [
  { headerName: 'Row', field: 'row', width: 75, type: 'rightAligned' },
  {
    headerName: 'Column',
    valueGetter: (p) => (p.data?.letter ? `${p.data.letter} · ${p.data.column}` : ''),
    width: 170,
  },
  { headerName: 'Problem', field: 'message', flex: 1, minWidth: 260 },
  { headerName: 'Value', field: 'value', width: 140 },
];

/** Step 3: counts, control totals per currency and every problem with its row and column. */
export function ReportStep(props: { preview: ImportPreview }) {
  const p = props.preview;
  const units = useWorkbook()?.lookups.minorUnits;
  const fmt = (m: string, currency: string) => formatMoney(m, units?.get(currency) ?? 2, { parens: true });
  const problems = useMemo(() => p.problems.filter((x) => x.kind !== 'already-imported'), [p.problems]);
  return (
    <div className="imports-step" data-testid="imports-report">
      <p data-testid="imports-counts">
        {p.rowCount} rows · <strong>{p.validCount} to import</strong> · {p.leftOutCount} with problems
        {p.alreadyImportedCount > 0 && ` · ${p.alreadyImportedCount} imported before (skipped)`}
      </p>
      {p.sameFileImported && (
        <p className="imports-warning" role="status" data-testid="imports-same-file">
          This file was imported before; rows already imported are skipped.
        </p>
      )}
      <table className="imports-totals" data-testid="imports-totals">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">File total</th>
            <th scope="col">To import</th>
            <th scope="col">Left out</th>
            <th scope="col">Imported before</th>
          </tr>
        </thead>
        <tbody>
          {p.totals.map((t) => (
            <tr key={t.currency} data-testid={`imports-totals-${t.currency}`}>
              <th scope="row">{t.currency}</th>
              <td data-testid={`imports-file-total-${t.currency}`}>{fmt(t.fileTotal, t.currency)}</td>
              <td data-testid={`imports-import-total-${t.currency}`}>{fmt(t.importTotal, t.currency)}</td>
              <td data-testid={`imports-left-total-${t.currency}`}>{fmt(t.leftOutTotal, t.currency)}</td>
              <td>{fmt(t.alreadyImportedTotal, t.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <div className="imports-grid imports-problems" data-testid="imports-problems">
          <AgGridReact<ImportProblem>
            theme={gridTheme}
            rowData={problems}
            columnDefs={PROBLEM_COLS}
            getRowId={(r) => `${r.data.row}:${r.data.field ?? ''}:${r.data.kind}`}
          />
        </div>
      )}
      {p.problemCount > p.problems.length && (
        <p className="muted">
          Showing the first {p.problems.length} of {p.problemCount} problems.
        </p>
      )}
    </div>
  );
}
