import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import { FORECAST_MODEL_IDS, type SeriesForecast } from '../../src-shared/model';
import { compareMoney, D, isCanonicalMoney } from '../../src-shared/money';
import { demoWorkbook, literalWorkbook, type LiteralActual, type OpenWorkbook } from './helpers/forecast-workbooks';

/** Every amount of a result: canonical Money with at most 2 decimals (EUR and USD). */
function expectMoney(r: SeriesForecast) {
  const f = r.forecast!;
  const all = [...r.history.values, ...r.history.actuals, ...f.mean, ...f.lo80, ...f.hi80, ...f.lo95, ...f.hi95];
  for (const m of all) {
    expect(typeof m).toBe('string');
    expect(isCanonicalMoney(m), m).toBe(true);
    expect(m.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  }
}

describe('forecast/series on the demo workbook', () => {
  let w: OpenWorkbook;
  beforeAll(() => (w = demoWorkbook(30)));
  afterAll(() => w.close());

  it('forecasts seasonal naive as the last season repeated, months after the last actuals, intervals around it', async () => {
    const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 36, method: 'seasonal-naive' });
    const n = r.history.values.length;
    expect(n).toBe(36);
    const f = r.forecast!;
    expect(r.method).toBe('seasonal-naive');
    expect(r.params).toMatchObject({ period: 12 });
    expect(f.months).toEqual(Array.from({ length: 36 }, (_, h) => addMonths(r.history.months[n - 1]!, h + 1)));
    expect(f.mean).toEqual(Array.from({ length: 36 }, (_, h) => r.history.values[n - 12 + (h % 12)]!));
    for (let h = 0; h < 36; h++) {
      expect(compareMoney(f.lo95[h]!, f.lo80[h]!)).toBeLessThan(0);
      expect(compareMoney(f.lo80[h]!, f.mean[h]!)).toBeLessThan(0);
      expect(compareMoney(f.mean[h]!, f.hi80[h]!)).toBeLessThan(0);
      expect(compareMoney(f.hi80[h]!, f.hi95[h]!)).toBeLessThan(0);
    }
    // Seasonal naive widens once per season ahead: by √2 in the second year.
    const width = (h: number) => new D(f.hi95[h]!).minus(f.mean[h]!);
    for (let h = 1; h < 12; h++) expect(width(h).minus(width(0)).abs().toNumber()).toBeLessThanOrEqual(0.01);
    expect(width(12).div(width(0)).toNumber()).toBeCloseTo(Math.SQRT2, 4);
    expectMoney(r);
  });

  it('backtests every model with auto, picks the lowest MASE and forecasts as that model would', async () => {
    const scenarios = await w.s.call('scenario/list', {});
    const grid = await w.s.call('budget/get-grid', { scenarioId: scenarios[0]!.id, fiscalYear: 2026 });
    const scope = { kind: 'line' as const, id: grid.lines[0]!.id };
    const r = await w.s.call('forecast/series', { scope, horizon: 24, method: 'auto' });
    expect(r.requested).toBe('auto');
    expect(r.accuracy.map((a) => a.method)).toEqual([...FORECAST_MODEL_IDS]);
    for (const a of r.accuracy) {
      expect(a.origins).toBe(12);
      expect(a.smape).not.toBeNull();
    }
    const chosen = r.accuracy.filter((a) => a.chosen);
    expect(chosen).toHaveLength(1);
    const best = Math.min(...r.accuracy.map((a) => a.mase ?? Infinity));
    expect(chosen[0]!.mase).toBe(best);
    expect(r.method).toBe(chosen[0]!.method);
    expect(Object.keys(r.params).length).toBeGreaterThan(0);
    expect(r.notes).toContain(`chose ${r.method}: lowest backtest MASE over the last 12 months`);
    expectMoney(r);

    const same = await w.s.call('forecast/series', { scope, horizon: 24, method: r.method! });
    expect(same.forecast).toEqual(r.forecast);
    expect(same.accuracy.find((a) => a.chosen)?.method).toBe(r.method);
  });

  it('uses exponential smoothing chosen by AICc for ets, scoring it beside the models', async () => {
    const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 6, method: 'ets' });
    expect(r.accuracy.at(-1)).toMatchObject({ method: 'ets', chosen: true });
    expect(r.accuracy).toHaveLength(FORECAST_MODEL_IDS.length + 1);
    expect(['ses', 'holt', 'holt-damped', 'holt-winters-additive', 'holt-winters-multiplicative']).toContain(r.method);
    expect(r.notes.some((n) => n.includes('by lowest AICc'))).toBe(true);
  });

  it('reports outliers in the history and replaces the accepted ones before fitting', async () => {
    const raw = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 12, method: 'auto' });
    expect(raw.history.anomalies.length).toBeGreaterThan(0);
    for (const a of raw.history.anomalies) {
      expect(a.month).toBe(raw.history.months[a.index]);
      expect(a.value).toBe(raw.history.actuals[a.index]);
      expect(a.accepted).toBe(false);
      expect(a.reason).toMatch(/MADs (above|below)/);
    }
    expect(raw.history.values).toEqual(raw.history.actuals);

    const first = raw.history.anomalies[0]!;
    const clean = await w.s.call('forecast/series', {
      scope: { kind: 'total' },
      horizon: 12,
      method: 'auto',
      clean: { accept: [first.index] },
    });
    expect(clean.history.actuals).toEqual(raw.history.actuals);
    expect(clean.history.values).toEqual(raw.history.actuals.map((v, i) => (i === first.index ? first.suggested : v)));
    expect(clean.history.anomalies.find((a) => a.index === first.index)?.accepted).toBe(true);
    expect(clean.accuracy).not.toEqual(raw.accuracy);
    // Rolling averages and growth describe the actuals as posted.
    expect(clean.rolling12).toEqual(raw.rolling12);

    const flagged = new Set(raw.history.anomalies.map((a) => a.index));
    const notFlagged = raw.history.months.findIndex((_, i) => !flagged.has(i));
    const refused = await w.s.dispatch('forecast/series', {
      scope: { kind: 'total' },
      horizon: 12,
      clean: { accept: [notFlagged] },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { field: 'clean.accept', index: notFlagged } },
    });
  });
});

describe('forecast/series on literal series', () => {
  const series = (amounts: string[], from = '2024-01', extra: Partial<LiteralActual> = {}): LiteralActual[] =>
    amounts.map((amount, i) => ({ month: addMonths(from, i), amount, ...extra }));

  it('gives rolling 12-month averages and year-over-year growth computed by hand', async () => {
    const values = ['100', '0', '50.5', '10', '10', '10', '10', '10', '10', '10', '10', '10', '120', '33', '25.25'];
    const w = literalWorkbook(series(values));
    try {
      const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 1, method: 'naive' });
      expect(r.history.actuals).toEqual(values);
      // 240.5 / 12, 260.5 / 12, 293.5 / 12, 268.25 / 12, rounded half-up to cents.
      expect(r.rolling12).toEqual([...Array<null>(11).fill(null), '20.04', '21.71', '24.46', '22.35']);
      // 120 against 100: +20 %; 33 against 0: none; 25.25 against 50.5: −50 %.
      expect(r.yoy).toEqual([...Array<null>(12).fill(null), '20', null, '-50']);
    } finally {
      w.close();
    }
  });

  it('falls back to simpler methods with a note when the history is too short, and forecasts nothing from one month', async () => {
    const w = literalWorkbook([
      ...series(['40', '42', '41', '43'], '2025-01'),
      // cc-2 starts in the last month: one month of history.
      { month: '2025-04', amount: '7', costCenterId: 'cc-2' },
    ]);
    try {
      const ccId = 'cc-2';
      const one = await w.s.call('forecast/series', { scope: { kind: 'cost-center', id: ccId }, horizon: 3 });
      expect(one.history.months).toEqual(['2025-04']);
      expect(one.forecast).toBeNull();
      expect(one.method).toBeNull();
      expect(one.notes).toContain('a forecast needs at least 2 months of actuals, the history has 1');

      const hw = await w.s.call('forecast/series', {
        scope: { kind: 'cost-center', id: 'cc-1' },
        horizon: 3,
        method: 'holt-winters-multiplicative',
      });
      expect(hw.forecast!.mean).toHaveLength(3);
      expect(hw.method).not.toBe('holt-winters-multiplicative');
      expect(hw.notes.join(' ')).toContain('seasonal methods need 2 full seasons (24 months), the history has 4');
      expect(hw.accuracy.find((a) => a.chosen)?.method).toBe('holt-winters-multiplicative');

      const auto = await w.s.call('forecast/series', { scope: { kind: 'cost-center', id: 'cc-1' }, horizon: 2 });
      expect(auto.forecast!.mean).toHaveLength(2);
      expect(auto.accuracy.filter((a) => a.chosen)).toHaveLength(1);
    } finally {
      w.close();
    }
  });

  it('uses naive, saying why, when the chosen method cannot use two months', async () => {
    const w = literalWorkbook(series(['40', '44'], '2025-01'));
    try {
      const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 2, method: 'holt' });
      expect(r.method).toBe('naive');
      expect(r.forecast!.mean).toEqual(['44', '44']);
      expect(r.notes).toContain('holt: needs at least 3 observations, the history has 2: used naive');
      const auto = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 2, method: 'auto' });
      expect(auto.method).toBe('naive');
      expect(auto.notes).toContain('no method could be backtested on 2 months: used naive');
    } finally {
      w.close();
    }
  });

  it('forecasts 0 for a history of zeros, saying so', async () => {
    const w = literalWorkbook([
      ...series(['5', '5', '5', '5', '5'], '2024-11'),
      ...series(['-5', '-5', '-5', '-5', '-5'], '2024-11'),
    ]);
    try {
      const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 3, method: 'auto' });
      expect(r.history.values).toEqual(['0', '0', '0', '0', '0']);
      expect(r.forecast!.mean).toEqual(['0', '0', '0']);
      expect(r.forecast!.hi95).toEqual(['0', '0', '0']);
      expect(r.notes).toContain('every month of the history is 0: the forecast is 0');
    } finally {
      w.close();
    }
  });
});
