import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForecastScope, SeriesForecast } from '../../src-shared/model';
import { addMoney, sumMoney } from '../../src-shared/money';
import { demoWorkbook, type OpenWorkbook } from './helpers/forecast-workbooks';

describe('stored forecast inputs on the demo workbook', () => {
  let w: OpenWorkbook;
  let scenarioId: string;
  let cc: string;
  let scope: ForecastScope;
  const series = (method?: 'auto' | 'naive' | 'seasonal-naive'): Promise<SeriesForecast> =>
    w.s.call('forecast/series', { scope, horizon: 12, ...(method ? { method } : {}) });
  const row = async (method?: 'naive') => {
    const list = await w.s.call('forecast/scenario', {
      scenarioId,
      horizon: 12,
      by: 'cost-center',
      ...(method ? { method } : {}),
    });
    return list.rows.find((r) => r.key === cc)!;
  };
  const lastSeq = async () => (await w.s.call('journal/list', {})).at(0)?.seq ?? 0;

  beforeAll(async () => {
    w = demoWorkbook(30);
    scenarioId = (await w.s.call('scenario/list', {})).find((s) => s.kind === 'baseline')!.id;
    const list = await w.s.call('forecast/scenario', { scenarioId, horizon: 12, method: 'auto', by: 'cost-center' });
    // The flagged cost center with the longest history (36 months in the demo).
    cc = list.rows.filter((r) => r.anomalies > 0).sort((a, b) => b.historyMonths - a.historyMonths)[0]!.key;
    scope = { kind: 'cost-center', id: cc };
  });
  afterAll(() => w.close());

  it('starts with nothing stored: auto and empty lists', async () => {
    expect(await w.s.call('forecast/get-inputs', { scope })).toEqual({
      method: 'auto',
      baselineStart: null,
      cleanings: [],
      oneOffs: [],
      levelShifts: [],
      overrides: [],
    });
  });

  it('keeps overridden months as typed, flagged, when the forecast is recomputed, and undo restores the computed values', async () => {
    const before = await series('naive');
    const months = before.forecast!.months;
    const saved = await w.s.call('forecast/set-overrides', {
      scope,
      cells: [
        { month: months[1]!, amount: '12345.67' },
        { month: months[4]!, amount: '-10' },
      ],
    });
    expect(saved.inputs.overrides).toEqual([
      { month: months[1], amount: '12345.67' },
      { month: months[4], amount: '-10' },
    ]);
    expect(saved.seq).toBe(await lastSeq());

    for (const method of ['naive', 'seasonal-naive'] as const) {
      const r = await series(method);
      expect(r.forecast!.mean[1]).toBe('12345.67');
      expect(r.forecast!.mean[4]).toBe('-10');
      expect(r.overridden.flatMap((o, j) => (o ? [j] : []))).toEqual([1, 4]);
      expect(r.computed[1]).not.toBe('12345.67');
    }
    const naive = await series('naive');
    expect(naive.computed).toEqual(before.forecast!.mean);
    expect(naive.forecast!.hi95).toEqual(before.forecast!.hi95);

    const listed = await row('naive');
    expect(listed.mean).toEqual(naive.forecast!.mean);
    expect(listed.overridden).toEqual([1, 4]);
    expect(listed.adjusted).toBe(true);
    expect(sumMoney(listed.years.map((y) => y.total))).toBe(sumMoney(naive.forecast!.mean));

    // Clearing one month restores its computed value.
    await w.s.call('forecast/set-overrides', { scope, cells: [{ month: months[4]!, amount: null }] });
    expect((await series('naive')).forecast!.mean[4]).toBe(before.forecast!.mean[4]);

    await w.s.call('journal/undo', {});
    expect((await series('naive')).forecast!.mean[4]).toBe('-10');
    await w.s.call('journal/undo', {});
    const undone = await series('naive');
    expect(undone.forecast!.mean).toEqual(before.forecast!.mean);
    expect(undone.overridden.every((o) => !o)).toBe(true);
    expect((await w.s.call('forecast/get-inputs', { scope })).overrides).toEqual([]);
  });

  it('stores an accepted cleaning with the detector’s value and reason, applies it in series and scenario, and undo forgets it', async () => {
    const raw = await series('naive');
    const flag = raw.history.anomalies[0]!;
    expect(flag.decision).toBe('undecided');
    const saved = await w.s.call('forecast/decide-cleaning', { scope, month: flag.month, decision: 'accepted' });
    expect(saved.inputs.cleanings).toEqual([
      { month: flag.month, decision: 'accepted', value: flag.suggested, reason: flag.reason },
    ]);
    const cleaned = await series('naive');
    const transient = await w.s.call('forecast/series', {
      scope,
      horizon: 12,
      method: 'naive',
      clean: { accept: [flag.index] },
    });
    expect(cleaned.history.values[flag.index]).toBe(flag.suggested);
    expect(cleaned.history.marks[flag.index]!.cleaned).toBe(true);
    expect(cleaned.history.anomalies[0]).toMatchObject({ accepted: true, decision: 'accepted' });
    expect(cleaned.forecast).toEqual(transient.forecast);
    expect((await row('naive')).mean).toEqual(cleaned.forecast!.mean);

    await w.s.call('forecast/decide-cleaning', { scope, month: flag.month, decision: 'rejected' });
    const rejected = await series('naive');
    expect(rejected.history.values[flag.index]).toBe(flag.value);
    expect(rejected.history.anomalies[0]).toMatchObject({ accepted: false, decision: 'rejected' });

    await w.s.call('journal/undo', {});
    expect((await series('naive')).history.anomalies[0]!.decision).toBe('accepted');
    await w.s.call('journal/undo', {});
    expect((await series('naive')).history.values).toEqual(raw.history.values);
  });

  it('refuses to decide on a month that is not flagged, naming the month', async () => {
    const raw = await series('naive');
    const flagged = new Set(raw.history.anomalies.map((a) => a.month));
    const month = raw.history.months.find((m) => !flagged.has(m))!;
    const refused = await w.s.dispatch('forecast/decide-cleaning', { scope, month, decision: 'accepted' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'month', month } } });
    expect(refused.ok ? '' : refused.error.message).toContain(month);
  });

  it('refuses overrides of months with actuals and amounts that are not Money, naming the field', async () => {
    const raw = await series('naive');
    const month = raw.history.months.at(-1)!;
    const past = await w.s.dispatch('forecast/set-overrides', { scope, cells: [{ month, amount: '1' }] });
    expect(past).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'cells[0].month' } } });
    const bad = await w.s.dispatch('forecast/set-overrides', {
      scope,
      cells: [{ month: raw.forecast!.months[0]!, amount: '1,5' }],
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : `${bad.error.message} ${JSON.stringify(bad.error.details)}`).toContain('amount');
  });

  it('uses the stored method when the call names none, and the call’s method when it names one', async () => {
    await w.s.call('forecast/set-method', { scope, method: 'seasonal-naive' });
    const stored = await series();
    expect(stored.requested).toBe('seasonal-naive');
    expect(stored.method).toBe('seasonal-naive');
    expect((await series('naive')).method).toBe('naive');
    const listed = await row();
    expect(listed.requested).toBe('seasonal-naive');
    expect(listed.method).toBe('seasonal-naive');
    expect(listed.mean).toEqual(stored.forecast!.mean);
    await w.s.call('journal/undo', {});
    expect((await w.s.call('forecast/get-inputs', { scope })).method).toBe('auto');
  });

  it('fits from a new baseline, takes one-offs out, adds a level shift, and undoes each', async () => {
    const raw = await series('naive');
    const m = raw.history.months;
    const n = m.length;
    await w.s.call('forecast/set-baseline', { scope, baselineStart: m[n - 12]! });
    const based = await series('naive');
    expect(based.history.marks.filter((k) => k.beforeBaseline)).toHaveLength(n - 12);
    expect(based.notes).toContain(`baseline from ${m[n - 12]}: the ${n - 12} months before it are left out of the fit`);

    await w.s.call('forecast/tag-one-off', { scope, month: m[n - 3]!, reason: 'licence true-up' });
    const tagged = await series('naive');
    expect(tagged.history.marks[n - 3]!.oneOff).toBe('licence true-up');
    expect(tagged.inputs.oneOffs).toEqual([{ month: m[n - 3], reason: 'licence true-up' }]);

    // A level shift at the last month: every earlier month gets it; naive forecasts the last month, unchanged.
    await w.s.call('forecast/set-level-shift', { scope, month: m[n - 1]!, amount: '100.5' });
    const shifted = await series('naive');
    expect(shifted.history.values[n - 2]).toBe(addMoney(tagged.history.values[n - 2]!, '100.5'));
    expect(shifted.history.values[n - 1]).toBe(tagged.history.values[n - 1]);
    expect(shifted.history.marks[0]!.shift).toBe('100.5');

    // A shift after the last actuals moves the forecast from its month on.
    const f = raw.forecast!;
    await w.s.call('forecast/set-level-shift', { scope, month: f.months[2]!, amount: '-20' });
    const future = await series('naive');
    expect(future.forecast!.mean[1]).toBe(shifted.forecast!.mean[1]);
    expect(future.forecast!.mean[2]).toBe(addMoney(shifted.forecast!.mean[2]!, '-20'));

    for (let i = 0; i < 4; i++) await w.s.call('journal/undo', {});
    expect(await w.s.call('forecast/get-inputs', { scope })).toMatchObject({
      baselineStart: null,
      oneOffs: [],
      levelShifts: [],
    });
    expect((await series('naive')).forecast).toEqual(raw.forecast);
  });

  it('refuses to tag a month without actuals and answers not-found for an unknown scope', async () => {
    const raw = await series('naive');
    const later = await w.s.dispatch('forecast/tag-one-off', {
      scope,
      month: raw.forecast!.months[0]!,
      reason: 'x',
    });
    expect(later).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'month' } } });
    const unknown = await w.s.dispatch('forecast/set-method', {
      scope: { kind: 'service', id: 'nope' },
      method: 'naive',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
