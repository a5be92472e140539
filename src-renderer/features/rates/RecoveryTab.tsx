import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { fiscalYearLabel, monthLabel } from '../../../src-shared/calendar/fiscal';
import { formatMoney } from '../../../src-shared/money';
import { RATE_DECIMALS, type RecoveryCell } from '../../../src-shared/model/rates';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { moneyColDef } from '../../grids/money-columns';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { measureOf, RATES_STALE } from './rates-stale';
import { recoveryOption } from './recovery-option';

type Row = RecoveryCell & { service: string };

/**
 * Over/under-recovery of the year under its published card: a chart of cost vs recovered
 * per month, and a grid per service and month with the year's totals pinned below.
 */
export function RecoveryTab() {
  const wb = useWorkbook();
  const view = useQuery(
    'rates/recovery',
    { fiscalYear: wb.fiscalYear, measure: measureOf(wb.basis) },
    { staleOn: RATES_STALE },
  );
  const data = view.data;
  const option = useMemo(() => (data ? recoveryOption(data, wb.minorUnits) : null), [data, wb.minorUnits]);
  const rows = useMemo<Row[]>(() => {
    const code = new Map(data?.services.map((s) => [s.id, s.code]));
    return (data?.rows ?? [])
      .filter((r) => r.volume !== '0' || r.cost !== '0')
      .map((r) => ({ ...r, service: code.get(r.serviceId) ?? r.serviceId }));
  }, [data]);
  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const money = moneyColDef<Row>(wb.minorUnits);
    return [
      { field: 'service', headerName: 'Service', width: 120 },
      {
        field: 'month',
        headerName: 'Month',
        width: 110,
        valueFormatter: (p) => (p.value ? monthLabel(p.value as string) : ''),
      },
      { field: 'volume', headerName: 'Usage', type: 'rightAligned', width: 110 },
      { ...moneyColDef<Row>(RATE_DECIMALS), field: 'rate', headerName: 'Rate' },
      { ...money, field: 'cost', headerName: 'Cost', width: 130 },
      { ...money, field: 'recovered', headerName: 'Recovered', width: 130 },
      { ...money, field: 'variance', headerName: 'Over / under', width: 130 },
    ];
  }, [wb.minorUnits]);
  const pinned = data
    ? [{ ...data.total, service: 'Total', month: '', volume: '', rate: '', serviceId: '' } satisfies Row]
    : [];

  return (
    <section className="panel" aria-label="Recovery">
      <div className="toolbar">
        <h3>Recovery · {fiscalYearLabel(wb.fiscalYear)}</h3>
        <span className="muted" data-testid="rates-recovery-card">
          {data?.card ? `Rate card v${data.card.version}` : 'No published rate card for this year'}
        </span>
        <div className="toolbar-spacer" />
        {data && (
          <span className="rates-totals">
            Over / under{' '}
            <strong data-testid="rates-recovery-total">{formatMoney(data.total.variance, wb.minorUnits)}</strong>
          </span>
        )}
      </div>
      {view.error && (
        <div className="banner banner-error" role="alert">
          {view.error}
        </div>
      )}
      {data && data.notAllocated.length > 0 && (
        <p className="muted" role="status" data-testid="rates-recovery-not-allocated">
          {data.months.length === 0 ? 'No month of the year has been allocated yet' : 'Left out, not allocated yet'}:{' '}
          {data.notAllocated.map(monthLabel).join(', ')}. Their cost is unknown until the Allocation screen runs them,
          so they are not compared.
        </p>
      )}
      {option && data?.card && data.months.length > 0 && <Chart option={option} testId="rates-recovery-chart" />}
      <div className="grid-host rates-grid" data-testid="rates-recovery-grid">
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          pinnedBottomRowData={pinned}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
        />
      </div>
    </section>
  );
}
