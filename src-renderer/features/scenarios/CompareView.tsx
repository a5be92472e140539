import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { ScenarioCompareRow } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { useQuery } from '../../api/useQuery';
import { TABLES, touches } from '../../api/stale';
import { Chart } from '../../charts/Chart';
import { compareByCostCenterOption } from '../../charts/compare-option';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { moneyColDef } from '../../grids/money-columns';
import { codeName } from '../../state/lookups';
import { useWorkbook } from '../../state/WorkbookContext';

type Row = ScenarioCompareRow | { key: 'total'; totalA: string; totalB: string; difference: string };

/** Two scenarios side by side for the chosen fiscal year: per line, per cost center, in total. */
export function CompareView() {
  const wb = useWorkbook();
  const { lookups, minorUnits } = wb;
  const baseline = wb.scenarios.find((s) => s.kind === 'baseline') ?? wb.scenarios[0];
  const [a, setA] = useState(baseline?.id ?? '');
  const [b, setB] = useState(wb.scenarios.find((s) => s.id !== baseline?.id)?.id ?? baseline?.id ?? '');
  const validA = wb.scenarios.some((s) => s.id === a) ? a : (baseline?.id ?? '');
  const validB = wb.scenarios.some((s) => s.id === b) ? b : validA;
  const cmp = useQuery(
    'scenario/compare',
    { scenarioA: validA, scenarioB: validB, fiscalYear: wb.fiscalYear },
    { enabled: Boolean(validA && validB), staleOn: touches(TABLES.budget) },
  );
  const nameOf = (id: string) => wb.scenarios.find((s) => s.id === id)?.name ?? id;

  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const money = moneyColDef<Row>(minorUnits);
    const dim = (headerName: string, get: (r: ScenarioCompareRow) => string, width: number): ColDef<Row> => ({
      headerName,
      width,
      filter: 'agTextColumnFilter',
      valueGetter: (p) => (p.data && 'costCenterId' in p.data ? get(p.data) : ''),
    });
    return [
      {
        ...dim('Cost center', (r) => codeName(lookups.costCenters.get(r.costCenterId), r.costCenterId), 200),
        pinned: 'left',
        valueGetter: (p) =>
          p.data && 'costCenterId' in p.data
            ? codeName(lookups.costCenters.get(p.data.costCenterId), p.data.costCenterId)
            : 'Total',
      },
      { ...dim('Description', (r) => r.description, 200), flex: 1, minWidth: 160 },
      dim('Service', (r) => codeName(lookups.services.get(r.serviceId)), 160),
      dim('Account', (r) => codeName(lookups.accounts.get(r.accountId)), 160),
      dim('Vendor', (r) => (r.vendorId ? (lookups.vendors.get(r.vendorId)?.name ?? r.vendorId) : '—'), 130),
      {
        ...money,
        colId: 'a',
        headerName: nameOf(validA),
        headerTooltip: nameOf(validA),
        field: 'totalA',
        width: 130,
        pinned: 'right',
      },
      {
        ...money,
        colId: 'b',
        headerName: nameOf(validB),
        headerTooltip: nameOf(validB),
        field: 'totalB',
        width: 130,
        pinned: 'right',
      },
      {
        ...money,
        colId: 'diff',
        headerName: 'Difference',
        field: 'difference',
        width: 130,
        pinned: 'right',
        cellClass: 'money money-total',
      },
    ];
  }, [lookups, minorUnits, validA, validB, wb.scenarios]);

  const data = cmp.data;
  const pinned = useMemo<Row[]>(
    () => (data ? [{ key: 'total', totalA: data.totalA, totalB: data.totalB, difference: data.difference }] : []),
    [data],
  );
  const option = useMemo(
    () =>
      data
        ? compareByCostCenterOption(
            data,
            { a: nameOf(validA), b: nameOf(validB) },
            (id) => codeName(lookups.costCenters.get(id), id),
            minorUnits,
          )
        : null,
    [data, lookups, minorUnits],
  );
  const options = wb.scenarios.map((s) => ({ value: s.id, label: s.name }));

  return (
    <section className="panel compare" data-testid="compare-view">
      <div className="panel-head">
        <h2>Compare {fiscalYearLabel(wb.fiscalYear)}</h2>
        <label className="picker">
          <span>A</span>
          <Select testId="compare-a" value={validA} options={options} onChange={setA} />
        </label>
        <label className="picker">
          <span>B</span>
          <Select testId="compare-b" value={validB} options={options} onChange={setB} />
        </label>
        {data && (
          <div className="compare-totals" data-testid="compare-totals">
            <span>
              A <b className="money">{formatMoney(data.totalA, minorUnits)}</b>
            </span>
            <span>
              B <b className="money">{formatMoney(data.totalB, minorUnits)}</b>
            </span>
            <span>
              Difference{' '}
              <b
                className={`money ${data.difference.startsWith('-') ? 'money-negative' : ''}`}
                data-testid="compare-difference"
              >
                {formatMoney(data.difference, minorUnits)}
              </b>
            </span>
          </div>
        )}
      </div>
      {cmp.error && (
        <div className="banner banner-error" role="alert">
          {cmp.error}
        </div>
      )}
      {option && <Chart option={option} height={220} testId="compare-chart" />}
      <div className="grid-host compare-grid" data-testid="compare-grid">
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={data?.rows ?? []}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.key}
          pinnedBottomRowData={pinned}
          getRowClass={(p) => (p.data?.key === 'total' ? 'row-grand' : undefined)}
          loading={cmp.loading && !data}
        />
      </div>
    </section>
  );
}
