import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { LabourEntryRow, PurchaseOrderRow } from '../../../src-shared/model/imports';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { moneyColDef } from '../../grids/money-columns';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';

const DIMS = [
  { headerName: 'Cost center', field: 'costCenter', width: 110 },
  { headerName: 'Service', field: 'service', width: 110 },
  { headerName: 'Account', field: 'account', width: 90 },
  { headerName: 'Vendor', field: 'vendor', width: 100 },
] as const;

/** Imported purchase order lines. */
export function ImportedPurchaseOrders() {
  const wb = useWorkbook();
  const rows = useQuery('imports/list-purchase-orders', {}, { staleOn: touches(TABLES.imports, TABLES.dimensions) });
  const minor = wb?.minorUnits ?? 2;
  const cols = useMemo<ColDef<PurchaseOrderRow>[]>(
    () => [
      { headerName: 'PO', field: 'poNumber', width: 110 },
      { headerName: 'Line', field: 'poLine', width: 70 },
      { headerName: 'Date', field: 'date', width: 105 },
      ...DIMS,
      { headerName: 'Description', field: 'description', flex: 1, minWidth: 140 },
      { headerName: 'Amount', field: 'amount', ...moneyColDef<PurchaseOrderRow>(minor), width: 130 },
      { headerName: 'Cur.', field: 'currency', width: 70 },
    ],
    [minor],
  );
  return (
    <div className="imports-grid" data-testid="imports-pos">
      <AgGridReact<PurchaseOrderRow>
        theme={gridTheme}
        rowData={rows.data ?? []}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        overlayNoRowsTemplate="No purchase orders imported."
      />
    </div>
  );
}

/** Imported labour entries of employees and contractors. */
export function ImportedLabour() {
  const wb = useWorkbook();
  const rows = useQuery('imports/list-labour', {}, { staleOn: touches(TABLES.imports, TABLES.dimensions) });
  const minor = wb?.minorUnits ?? 2;
  const cols = useMemo<ColDef<LabourEntryRow>[]>(
    () => [
      { headerName: 'Month', field: 'month', width: 90 },
      { headerName: 'Date', field: 'date', width: 105 },
      { headerName: 'Person', field: 'personId', width: 110 },
      { headerName: 'Kind', field: 'personKind', width: 110 },
      { headerName: 'Hours', field: 'hours', width: 80, type: 'rightAligned' },
      { headerName: 'Rate', field: 'rate', width: 90, type: 'rightAligned' },
      { headerName: 'Amount', field: 'amount', ...moneyColDef<LabourEntryRow>(minor), width: 130 },
      { headerName: 'Cur.', field: 'currency', width: 70 },
      ...DIMS,
    ],
    [minor],
  );
  return (
    <div className="imports-grid" data-testid="imports-labour">
      <AgGridReact<LabourEntryRow>
        theme={gridTheme}
        rowData={rows.data ?? []}
        columnDefs={cols}
        getRowId={(p) => p.data.id}
        overlayNoRowsTemplate="No labour imported."
      />
    </div>
  );
}
