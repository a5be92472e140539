import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent } from 'ag-grid-community';
import { D, formatMoney, parseUserAmount } from '../../../src-shared/money';
import { RATE_DECIMALS, type RateBasis, type RateLine, type RateSheet } from '../../../src-shared/model/rates';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { Field } from '../../components/Field';
import { gridTheme } from '../../grids/theme';
import { useWorkbook } from '../../state/WorkbookContext';
import { rateColumns } from './rate-columns';
import { measureOf, RATES_STALE } from './rates-stale';

const PERCENT = /^-?\d+(\.\d+)?$/;

/** Cost, recovered and over/under of a sheet, with the sign spelled out. */
function Totals({ sheet, minorUnits }: { sheet: RateSheet; minorUnits: number }) {
  const v = new D(sheet.totals.variance);
  return (
    <div className="rates-totals" aria-label="Recovery totals">
      <span>
        Pool cost <strong data-testid="rates-card-total-cost">{formatMoney(sheet.totals.cost, minorUnits)}</strong>
      </span>
      <span>
        Recovered{' '}
        <strong data-testid="rates-card-total-recovered">{formatMoney(sheet.totals.recovered, minorUnits)}</strong>
      </span>
      <span className={v.isNegative() ? 'under' : 'over'}>
        {v.isNegative() ? 'Under-recovery' : 'Over-recovery'}{' '}
        <strong data-testid="rates-card-total-variance">{formatMoney(sheet.totals.variance, minorUnits)}</strong>
      </span>
    </div>
  );
}

/**
 * One rate card. A draft is a what-if grid: change the basis, the markup or any rate and
 * the recovery of the year's usage is recomputed at once (nothing is written) until Save
 * or Publish. A published card is shown as priced, read-only.
 */
export function RateCardEditor({ cardId, onGone }: { cardId: string; onGone: () => void }) {
  const wb = useWorkbook();
  const measure = measureOf(wb.basis);
  const detail = useQuery('rates/get-card', { cardId, measure }, { staleOn: RATES_STALE });
  const card = detail.data?.card;
  const isDraft = card?.status === 'draft';
  const [basis, setBasis] = useState<RateBasis>('utilization');
  const [markup, setMarkup] = useState('0');
  const [rates, setRates] = useState<Record<string, string>>({});
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const cmd = useCommand();

  useEffect(() => {
    const d = detail.data;
    if (!d || loadedFor === d.card.id) return;
    setLoadedFor(d.card.id);
    setBasis(d.card.basis);
    setMarkup(d.card.markupPct);
    setRates(Object.fromEntries(d.lines.flatMap((l) => (l.rate === null ? [] : [[l.serviceId, l.rate]]))));
  }, [detail.data, loadedFor]);

  const markupOk = PERCENT.test(markup.trim());
  const whatIf = useQuery(
    'rates/what-if',
    { fiscalYear: card?.fiscalYear ?? wb.fiscalYear, basis, markupPct: markupOk ? markup.trim() : '0', rates, measure },
    { enabled: isDraft && loadedFor === cardId && markupOk, staleOn: RATES_STALE },
  );
  const sheet = isDraft ? (whatIf.data ?? detail.data) : detail.data;
  const columnDefs = useMemo(() => rateColumns(wb.minorUnits, isDraft), [wb.minorUnits, isDraft]);

  const onEdit = (e: CellEditRequestEvent<RateLine>) => {
    const raw = e.newValue == null ? '' : String(e.newValue);
    let rate: string | null;
    try {
      rate = parseUserAmount(raw);
    } catch {
      return notify('error', `Rate of ${e.data.code}: "${raw}" is not a number.`);
    }
    const next = { ...rates };
    if (rate === null) delete next[e.data.serviceId];
    else if (rate.startsWith('-')) return notify('error', `Rate of ${e.data.code}: ${rate} must not be negative.`);
    else if (new D(rate).decimalPlaces() > RATE_DECIMALS)
      return notify('error', `Rate of ${e.data.code}: ${rate} has more than ${RATE_DECIMALS} decimals.`);
    else next[e.data.serviceId] = rate;
    setRates(next);
  };

  const save = async () => {
    if (!card || !markupOk) return false;
    const done = await cmd.run('rates/save-draft', { cardId, basis, markupPct: markup.trim(), rates, measure });
    return done !== null;
  };
  const publish = async () => {
    if (!card || !(await save())) return;
    if (await cmd.run('rates/publish-card', { cardId }))
      notify('info', `Rate card ${card.fiscalYear} v${card.version} published.`);
  };
  const remove = async () => {
    if (card && (await cmd.run('rates/delete-draft', { cardId }))) onGone();
  };

  if (detail.error)
    return (
      <div className="banner banner-error" role="alert">
        {detail.error}
      </div>
    );
  if (!card || !sheet) return <p className="muted">Loading…</p>;
  return (
    <section
      className="panel"
      aria-label={`Rate card ${card.fiscalYear} version ${card.version}`}
      data-testid="rates-card-editor"
    >
      <div className="toolbar">
        <h3>
          Rate card FY{card.fiscalYear} v{card.version} ·{' '}
          {isDraft ? 'Draft' : `Published ${card.publishedAt?.slice(0, 10) ?? ''}`}
        </h3>
        <div className="toolbar-spacer" />
        {isDraft && (
          <>
            <button type="button" onClick={() => setRates({})} data-testid="rates-card-reset">
              Use proposed rates
            </button>
            <button
              type="button"
              disabled={cmd.busy || !markupOk}
              onClick={() => void save().then((ok) => ok && notify('info', 'Draft saved.'))}
              data-testid="rates-card-save"
            >
              Save draft
            </button>
            <button type="button" disabled={cmd.busy} onClick={() => void remove()} data-testid="rates-card-delete">
              Delete draft
            </button>
            <button
              type="button"
              className="primary"
              disabled={cmd.busy || !markupOk}
              onClick={() => void publish()}
              data-testid="rates-card-publish"
            >
              Publish
            </button>
          </>
        )}
      </div>
      <div className="rates-card-controls">
        <Field label="Volume basis">
          <select
            value={basis}
            disabled={!isDraft}
            onChange={(e) => setBasis(e.target.value as RateBasis)}
            data-testid="rates-card-basis"
          >
            <option value="utilization">Average utilization (usage)</option>
            <option value="capacity">Peak (planned capacity)</option>
          </select>
        </Field>
        <Field label="Markup %" error={markupOk ? null : 'A percentage such as 5 or 2.5'}>
          <input
            value={markup}
            disabled={!isDraft}
            onChange={(e) => setMarkup(e.target.value)}
            data-testid="rates-card-markup"
          />
        </Field>
        <Totals sheet={sheet} minorUnits={wb.minorUnits} />
      </div>
      {whatIf.error && isDraft && (
        <div className="banner banner-error" role="alert">
          {whatIf.error}
        </div>
      )}
      <div className="grid-host rates-grid" data-testid="rates-card-grid">
        <AgGridReact<RateLine>
          theme={gridTheme}
          rowData={sheet.lines}
          columnDefs={columnDefs}
          defaultColDef={{ sortable: false, resizable: true, cellDataType: false }}
          getRowId={(p) => p.data.serviceId}
          readOnlyEdit
          onCellEditRequest={onEdit}
        />
      </div>
    </section>
  );
}
