import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { ImportBatch } from '../../../src-shared/model/imports';
import { formatMoney } from '../../../src-shared/money/format';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';

const KIND_LABEL: Record<ImportBatch['kind'], string> = {
  actuals: 'Actuals',
  'purchase-orders': 'Purchase orders',
  labour: 'Labour',
};

/** Past imports, newest first, with their counts and control totals. */
export function BatchList() {
  const wb = useWorkbook();
  const batches = useQuery('imports/list-batches', {}, { staleOn: touches(TABLES.imports, TABLES.actuals) });
  const units = wb?.lookups.minorUnits;
  const cols = useMemo<ColDef<ImportBatch>[]>(
    () => [
      { headerName: 'When', valueGetter: (p) => p.data?.importedAt.slice(0, 16).replace('T', ' '), width: 140 },
      { headerName: 'Kind', valueGetter: (p) => (p.data ? KIND_LABEL[p.data.kind] : ''), width: 130 },
      { headerName: 'Source', field: 'sourceName', width: 130 },
      { headerName: 'File', field: 'fileName', flex: 1, minWidth: 160 },
      { headerName: 'Rows', field: 'rowCount', width: 80, type: 'rightAligned' },
      { headerName: 'Imported', field: 'importedCount', width: 95, type: 'rightAligned' },
      { headerName: 'Left out', field: 'leftOutCount', width: 90, type: 'rightAligned' },
      { headerName: 'Skipped (before)', field: 'duplicateCount', width: 130, type: 'rightAligned' },
      {
        headerName: 'Imported total',
        width: 200,
        type: 'rightAligned',
        valueGetter: (p) =>
          p.data?.totals
            .map((t) => `${t.currency} ${formatMoney(t.importTotal, units?.get(t.currency) ?? 2)}`)
            .join(' · '),
      },
      { headerName: 'By', field: 'importedBy', width: 100 },
      { headerName: 'SHA-256', valueGetter: (p) => p.data?.sha256.slice(0, 12), width: 120 },
    ],
    [units],
  );
  return (
    <div className="imports-grid" data-testid="imports-batches">
      <AgGridReact<ImportBatch>
        theme={gridTheme}
        rowData={batches.data ?? []}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        overlayNoRowsTemplate="No imports yet."
      />
    </div>
  );
}
