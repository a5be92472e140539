import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  CLOUD_DIMENSIONS,
  type CloudCurrencyTotals,
  type CloudDimension,
} from '../../../src-shared/ipc/cloud-costs-contract';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { byDimensionOption, monthlyStackOption } from './cloud-option';
import { totalsColumns, totalsGridRows, type TotalsGridRow } from './totals-columns';
import { MonthRange } from './MonthRange';

export const DIMENSION_LABELS: Record<CloudDimension, string> = {
  provider: 'Provider',
  billingAccount: 'Billing account',
  subAccount: 'Sub account',
  service: 'Service',
  region: 'Region',
  resourceType: 'Resource type',
  chargeCategory: 'Charge category',
  tag: 'Tag',
};

const dimensionOf = (v: string): CloudDimension => CLOUD_DIMENSIONS.find((d) => d === v) ?? 'provider';

/** Totals of imported cloud cost by a chosen dimension × month, one grid and two charts per currency. */
export function CloudOverview() {
  const { basis } = useWorkbook();
  const [dimension, setDimension] = useState<CloudDimension>('provider');
  const [tagKey, setTagKey] = useState('');
  const [provider, setProvider] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const args = {
    dimension,
    basis,
    ...(dimension === 'tag' && tagKey ? { tagKey } : {}),
    ...(provider ? { provider } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const q = useQuery('cloud/totals', args, { staleOn: touches(TABLES.cloud) });
  const t = q.data;
  const dimLabel = dimension === 'tag' && tagKey ? tagKey : DIMENSION_LABELS[dimension];

  return (
    <div className="cloud-tab" data-testid="cloud-overview">
      <div className="toolbar cloud-filters">
        <Select
          ariaLabel="Total by"
          testId="cloud-dimension"
          value={dimension}
          options={CLOUD_DIMENSIONS.map((d) => ({ value: d, label: `By ${DIMENSION_LABELS[d].toLowerCase()}` }))}
          onChange={(v) => setDimension(dimensionOf(v))}
        />
        {dimension === 'tag' && (
          <Select
            ariaLabel="Tag key"
            testId="cloud-tag-key"
            value={tagKey}
            none="Choose a tag key…"
            options={(t?.tagKeys ?? []).map((k) => ({ value: k, label: k }))}
            onChange={setTagKey}
          />
        )}
        <Select
          ariaLabel="Provider"
          testId="cloud-provider"
          value={provider}
          none="All providers"
          options={(t?.providers ?? []).map((p) => ({ value: p, label: p }))}
          onChange={setProvider}
        />
        <MonthRange from={from} to={to} onFrom={setFrom} onTo={setTo} testId="cloud" />
        <div className="toolbar-spacer" />
        <span className="muted" data-testid="cloud-measure">
          {t ? `${t.measure} (${basis === 'cash' ? 'cash basis: invoiced' : 'accrual basis: amortized'})` : ''}
        </span>
      </div>
      {q.error && (
        <p className="field-error" role="alert">
          {q.error}
        </p>
      )}
      {dimension === 'tag' && !tagKey && <p className="muted">Choose a tag key to total by its values.</p>}
      {t && t.currencies.length === 0 && (
        <p className="muted" data-testid="cloud-no-rows">
          No cloud cost in the months and provider chosen.
        </p>
      )}
      {t &&
        (dimension !== 'tag' || tagKey) &&
        t.currencies.map((c) => (
          <CurrencyTotals key={c.currency} totals={c} months={t.months} dimensionLabel={dimLabel} />
        ))}
    </div>
  );
}

function CurrencyTotals({
  totals,
  months,
  dimensionLabel,
}: {
  totals: CloudCurrencyTotals;
  months: string[];
  dimensionLabel: string;
}) {
  const { lookups } = useWorkbook();
  const mu = lookups.minorUnits.get(totals.currency) ?? 2;
  const columnDefs = useMemo(() => totalsColumns(dimensionLabel, months, mu), [dimensionLabel, months, mu]);
  const rows = useMemo(() => totalsGridRows(totals.rows), [totals]);
  const pinned = useMemo<TotalsGridRow[]>(
    () => [
      { id: 'total', label: `Total ${totals.currency}`, byMonth: totals.byMonth, total: totals.total, rows: null },
    ],
    [totals],
  );
  const stack = useMemo(() => monthlyStackOption(totals, months, mu), [totals, months, mu]);
  const bars = useMemo(() => byDimensionOption(totals, mu), [totals, mu]);
  const cur = totals.currency;
  return (
    <section className="panel cloud-currency" aria-label={`Cloud cost in ${cur}`} data-testid={`cloud-currency-${cur}`}>
      <div className="panel-head">
        <h2>
          {cur} · <span data-testid={`cloud-total-${cur}`}>{formatMoney(totals.total, mu)}</span>
        </h2>
      </div>
      <div className="cloud-charts">
        <Chart option={stack} height={260} testId={`cloud-chart-month-${cur}`} />
        <Chart option={bars} height={260} testId={`cloud-chart-dimension-${cur}`} />
      </div>
      <div className="grid-host cloud-grid" data-testid={`cloud-totals-grid-${cur}`}>
        <AgGridReact<TotalsGridRow>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.id}
          pinnedBottomRowData={pinned}
          getRowClass={(p) => (p.data?.id === 'total' && p.node.rowPinned ? 'row-grand' : undefined)}
        />
      </div>
    </section>
  );
}
