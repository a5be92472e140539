import { useEffect, useState } from 'react';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import { SEASONAL_PROFILES } from '../../../src-shared/budget';
import { compareMoney, formatMoney, type Money } from '../../../src-shared/money';
import { useClient } from '../../api/ApiProvider';
import { useWorkbook } from '../../state/WorkbookContext';
import type { LineRow } from './budget-rows';
import { lineLabel } from './line-label';
import { previewSpread, type SpreadArgs, type SpreadForm, type SpreadMethod } from './spread-preview';

export interface SpreadPanelProps {
  row: LineRow;
  months: string[];
  onApply: (spread: SpreadArgs) => Promise<boolean>;
  onClose: () => void;
}

const METHODS: { id: SpreadMethod; label: string }[] = [
  { id: 'even', label: 'Even' },
  { id: 'profile', label: 'Seasonal' },
  { id: 'previous-year', label: 'Last year + %' },
];

/** Spread tools for one line: even, by seasonal profile, or last year grown by a percentage. */
export function SpreadPanel({ row, months, onApply, onClose }: SpreadPanelProps) {
  const wb = useWorkbook();
  const client = useClient();
  const minorUnits = wb.lookups.minorUnits.get(row.line.currency) ?? wb.minorUnits;
  const [form, setForm] = useState<SpreadForm>(() => ({
    method: 'even',
    annual: row.line.total,
    weights: SEASONAL_PROFILES[0]!.weights(months).map(String),
    growthPct: '3',
    previous: null,
  }));
  const [profileId, setProfileId] = useState('flat');
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const set = (patch: Partial<SpreadForm>) => setForm((f) => ({ ...f, ...patch }));

  // Last year's months of this line, fetched when that method is chosen.
  useEffect(() => {
    if (form.method !== 'previous-year' || form.previous) return;
    let live = true;
    client
      .call('budget/get-grid', { scenarioId: row.line.scenarioId, fiscalYear: wb.fiscalYear - 1 })
      .then((g) => {
        if (!live) return;
        const prev = g.lines.find((l) => l.id === row.id);
        set({ previous: prev ? prev.amounts : g.months.map(() => '0') });
      })
      .catch((e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [form.method, form.previous, client, row.id, row.line.scenarioId, wb.fiscalYear]);

  const preview = previewSpread(form, minorUnits);
  const fmt = (m: Money) => formatMoney(m, minorUnits);

  return (
    <aside className="side-panel" data-testid="spread-panel" aria-label="Spread tools">
      <div className="side-panel-head">
        <div>
          <div className="side-panel-title">Spread line</div>
          <div className="muted small">{lineLabel(row.line, wb.lookups)}</div>
        </div>
        <button type="button" className="icon-button" aria-label="Close spread tools" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="segmented" role="tablist">
        {METHODS.map((m) => (
          <button
            key={m.id}
            type="button"
            role="tab"
            aria-selected={form.method === m.id}
            data-testid={`spread-method-${m.id}`}
            className={form.method === m.id ? 'active' : ''}
            onClick={() => set({ method: m.id })}
          >
            {m.label}
          </button>
        ))}
      </div>
      {form.method !== 'previous-year' && (
        <label className="field">
          <span className="field-label">Annual amount ({row.line.currency})</span>
          <input
            data-testid="spread-annual"
            className="num"
            value={form.annual}
            onChange={(e) => set({ annual: e.target.value })}
          />
        </label>
      )}
      {form.method === 'profile' && (
        <>
          <label className="field">
            <span className="field-label">Profile</span>
            <select
              data-testid="spread-profile"
              value={profileId}
              onChange={(e) => {
                setProfileId(e.target.value);
                const p = SEASONAL_PROFILES.find((x) => x.id === e.target.value);
                if (p) set({ weights: p.weights(months).map(String) });
              }}
            >
              {SEASONAL_PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <div className="weights">
            {months.map((m, i) => (
              <label key={m} className="weight">
                <span>{monthLabel(m).slice(0, 3)}</span>
                <input
                  className="num"
                  aria-label={`Weight ${monthLabel(m)}`}
                  value={form.weights[i] ?? ''}
                  onChange={(e) => set({ weights: form.weights.map((w, j) => (j === i ? e.target.value : w)) })}
                />
              </label>
            ))}
          </div>
        </>
      )}
      {form.method === 'previous-year' && (
        <label className="field">
          <span className="field-label">Growth over FY{wb.fiscalYear - 1} (%)</span>
          <input
            data-testid="spread-growth"
            className="num"
            value={form.growthPct}
            onChange={(e) => set({ growthPct: e.target.value })}
          />
        </label>
      )}
      {loadError && <p className="form-error">{loadError}</p>}
      {!preview.ok && (
        <p className="form-error" role="alert">
          {preview.message}
        </p>
      )}
      <table className="preview-table" data-testid="spread-preview">
        <thead>
          <tr>
            <th>Month</th>
            <th className="num">Now</th>
            <th className="num">After</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m}>
              <td>{monthLabel(m)}</td>
              <td className="num muted">{fmt(row.line.amounts[i] ?? '0')}</td>
              <td className="num">{preview.ok ? fmt(preview.months[i]!) : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>Total</td>
            <td className="num muted">{fmt(row.line.total)}</td>
            <td className="num" data-testid="spread-total">
              {preview.ok ? fmt(preview.total) : '—'}
            </td>
          </tr>
        </tfoot>
      </table>
      {preview.ok &&
        (compareMoney(preview.total, preview.target) === 0 ? (
          <p className="check-ok" data-testid="spread-check">
            ✓ The 12 months add up exactly to {fmt(preview.target)}.
          </p>
        ) : (
          <p className="form-error" data-testid="spread-check">
            The months add up to {fmt(preview.total)}, not {fmt(preview.target)}.
          </p>
        ))}
      <div className="side-panel-actions">
        <button
          type="button"
          className="primary"
          data-testid="spread-apply"
          disabled={!preview.ok || busy}
          onClick={async () => {
            if (!preview.ok) return;
            setBusy(true);
            await onApply(preview.spread);
            setBusy(false);
          }}
        >
          Apply spread
        </button>
      </div>
    </aside>
  );
}
