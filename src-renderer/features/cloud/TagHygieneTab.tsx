import { useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Select } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { hygieneColumns, hygieneRows, type HygieneGridRow } from './hygiene-columns';
import { TagRulesEditor } from './TagRulesEditor';
import { MonthRange } from './MonthRange';

const ALLOWED_TEXT = {
  'value-map': 'Mis-tagged: a value that is not a target of this key’s value map.',
  'cost-centers': 'Mis-tagged: a value that is not a cost center code of this workbook.',
  none: 'Only untagged spend is reported: add a value map to also find mis-tagged values.',
} as const;

/** Untagged and mis-tagged spend by account and service for one tag key, and the tag rules. */
export function TagHygieneTab() {
  const { basis, lookups } = useWorkbook();
  const stale = { staleOn: touches(TABLES.cloud, TABLES.dimensions) };
  const rules = useQuery('cloud/get-tag-rules', {}, stale);
  const found = useQuery('cloud/totals', { dimension: 'provider', basis }, stale);
  const keys = useMemo(
    () => [...new Set([...(rules.data?.keys.map((k) => k.canonicalKey) ?? []), ...(found.data?.tagKeys ?? [])])],
    [rules.data, found.data],
  );
  const [picked, setPicked] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const key = picked || keys[0] || '';
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const report = useQuery(
    'cloud/tag-hygiene',
    { key: key || 'CostCenter', basis, ...range },
    { ...stale, enabled: key !== '' },
  );
  const mu = (c: string) => lookups.minorUnits.get(c) ?? 2;
  const columnDefs = useMemo(() => hygieneColumns((c) => lookups.minorUnits.get(c) ?? 2), [lookups]);
  const rows = useMemo(() => hygieneRows(report.data?.lines ?? []), [report.data]);

  return (
    <div className="cloud-tab cloud-hygiene" data-testid="cloud-hygiene">
      <section className="panel" aria-label="Tag hygiene report">
        <div className="toolbar">
          <h2>Tag hygiene</h2>
          <Select
            ariaLabel="Tag key to check"
            testId="cloud-hygiene-key"
            value={key}
            options={keys.map((k) => ({ value: k, label: k }))}
            onChange={setPicked}
          />
          <MonthRange from={from} to={to} onFrom={setFrom} onTo={setTo} label="Hygiene" testId="cloud-hygiene" />
          <div className="toolbar-spacer" />
          {report.data?.totals.map((t) => (
            <span key={t.currency} className="muted" data-testid={`cloud-hygiene-total-${t.currency}`}>
              {t.currency}: untagged {formatMoney(t.untagged, mu(t.currency))} · mis-tagged{' '}
              {formatMoney(t.mistagged, mu(t.currency))} of {formatMoney(t.total, mu(t.currency))} (
              {t.flaggedPct ?? '—'} %)
            </span>
          ))}
        </div>
        {report.data && <p className="muted">{ALLOWED_TEXT[report.data.allowedFrom]}</p>}
        {report.error && (
          <p className="field-error" role="alert">
            {report.error}
          </p>
        )}
        <div className="grid-host cloud-grid" data-testid="cloud-hygiene-grid">
          <AgGridReact<HygieneGridRow>
            theme={gridTheme}
            rowData={rows}
            columnDefs={columnDefs}
            defaultColDef={{ sortable: true, resizable: true, cellDataType: false }}
            getRowId={(p) => p.data.id}
          />
        </div>
      </section>
      <TagRulesEditor rules={rules.data} keys={keys} />
    </div>
  );
}
