import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import type { ForecastScope } from '../../src-shared/model';
import {
  demoWorkbook,
  expectedMonthly,
  literalWorkbook,
  readActuals,
  type OpenWorkbook,
  type StoredActual,
} from './helpers/forecast-workbooks';

/** Consecutive months from `first` to `last`. */
function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

describe('forecast history on the demo workbook', () => {
  let w: OpenWorkbook;
  let actuals: StoredActual[];
  beforeAll(() => {
    w = demoWorkbook(30);
    actuals = readActuals(w.path);
  });
  afterAll(() => w.close());

  /** The history of a scope against an independent sum of the stored actuals it covers. */
  async function check(scope: ForecastScope, covers: (a: StoredActual) => boolean) {
    const info = await w.s.call('workbook/get-info', {});
    const base = info.settings.baseCurrency;
    const rates = await w.s.call('fx/list-rates', {});
    const { roundingMode } = await w.s.call('accounting/get-settings', {});
    const mine = actuals.filter(covers);
    expect(mine.length).toBeGreaterThan(0);
    const expected = expectedMonthly(mine, base, rates, roundingMode);
    const last = actuals
      .map((a) => a.month)
      .sort()
      .at(-1)!;
    const first = mine.map((a) => a.month).sort()[0]!;
    const r = await w.s.call('forecast/series', { scope, horizon: 1, method: 'naive' });
    expect(r.baseCurrency).toBe(base);
    expect(r.history.months).toEqual(monthsFrom(first, last));
    expect(r.history.actuals).toEqual(r.history.months.map((m) => expected.get(m) ?? '0'));
    return r;
  }

  it('makes the total history the sum of every actual per month at actual FX rates', async () => {
    expect(new Set(actuals.map((a) => a.currency)).size).toBeGreaterThan(1);
    const r = await check({ kind: 'total' }, () => true);
    expect(r.history.months).toHaveLength(36);
    expect(r.scope.label).toBe('All spend');
  });

  it('sums the actuals of one cost center, service, tower and account', async () => {
    const [a] = actuals.filter((x) => x.currency !== 'EUR');
    await check({ kind: 'cost-center', id: a!.cost_center_id }, (x) => x.cost_center_id === a!.cost_center_id);
    await check({ kind: 'service', id: a!.service_id }, (x) => x.service_id === a!.service_id);
    await check({ kind: 'tower', id: a!.tower_id }, (x) => x.tower_id === a!.tower_id);
    await check({ kind: 'account', id: a!.account_id }, (x) => x.account_id === a!.account_id);
  });

  it("takes a budget line's history from the actuals on its cost center, service, account and vendor", async () => {
    const scenarios = await w.s.call('scenario/list', {});
    const grid = await w.s.call('budget/get-grid', { scenarioId: scenarios[0]!.id, fiscalYear: 2026 });
    const same = (l: (typeof grid.lines)[number]) => (x: StoredActual) =>
      x.cost_center_id === l.costCenterId &&
      x.service_id === l.serviceId &&
      x.account_id === l.accountId &&
      x.vendor_id === l.vendorId;
    const withVendor = grid.lines.find((l) => l.vendorId !== null && actuals.some(same(l)))!;
    const without = grid.lines.find((l) => l.vendorId === null && actuals.some(same(l)))!;
    for (const line of [withVendor, without]) {
      const r = await check({ kind: 'line', id: line.id }, same(line));
      expect(r.scope).toMatchObject({ kind: 'line', id: line.id, scenarioId: scenarios[0]!.id });
    }
  });

  it('refuses unknown scopes and a line asked for in another scenario as not found', async () => {
    const bad = await w.s.dispatch('forecast/series', {
      scope: { kind: 'cost-center', id: 'nope' },
      horizon: 12,
      method: 'auto',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'not-found', details: { kind: 'cost-center', id: 'nope' } },
    });
    expect(bad.ok ? '' : bad.error.message).toBe('There is no cost center "nope".');
    const scenarios = await w.s.call('scenario/list', {});
    const grid = await w.s.call('budget/get-grid', { scenarioId: scenarios[0]!.id, fiscalYear: 2026 });
    const other = await w.s.dispatch('forecast/series', {
      scope: { kind: 'line', id: grid.lines[0]!.id, scenarioId: scenarios[1]!.id },
      horizon: 12,
      method: 'auto',
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const noId = await w.s.dispatch('forecast/series', { scope: { kind: 'tower' }, horizon: 12 });
    expect(noId).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const long = await w.s.dispatch('forecast/series', { scope: { kind: 'total' }, horizon: 37 });
    expect(long).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('forecast history in a small workbook with EUR actuals', () => {
  const eurUsd = [
    { from: 'EUR', to: 'USD', period: '2025-01', budgetRate: '1.10', actualRate: '1.0842' },
    // February has no actual rate yet: converted at the budget rate, with a note.
    { from: 'EUR', to: 'USD', period: '2025-02', budgetRate: '1.10' },
    { from: 'EUR', to: 'USD', period: '2025-04', budgetRate: '1.10', actualRate: '1.2' },
  ];

  it('converts each month at its actual rate, falls back to the budget rate with a note, and fills gaps with 0', async () => {
    const w = literalWorkbook(
      [
        { month: '2025-01', amount: '100' },
        { month: '2025-01', amount: '50.5', currency: 'EUR' },
        { month: '2025-01', amount: '20.25', currency: 'EUR' },
        { month: '2025-02', amount: '10.01', currency: 'EUR' },
        { month: '2025-04', amount: '-3.33', currency: 'EUR' },
        { month: '2025-04', amount: '7', vendorId: null },
      ],
      eurUsd,
    );
    try {
      const r = await w.s.call('forecast/series', { scope: { kind: 'total' }, horizon: 2, method: 'naive' });
      expect(r.history.months).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
      // Jan: 100 + 70.75 × 1.0842 = 100 + 76.70715 → 176.71; Feb: 10.01 × 1.10 = 11.011 → 11.01;
      // Apr: −3.33 × 1.2 = −3.996 → −4.00, plus 7.
      expect(r.history.actuals).toEqual(['176.71', '11.01', '0', '3']);
      expect(r.notes).toContain('No actual FX rate for EUR/USD in 2025-02: converted at the budget rate');
      expect(r.forecast!.months).toEqual(['2025-05', '2025-06']);
      expect(r.forecast!.mean).toEqual(['3', '3']);

      // The line (cc-1, svc-1, acc-1, DELL) leaves out the actual without a vendor.
      const line = await w.s.call('forecast/series', {
        scope: { kind: 'line', id: 'bbbbbbbb-0000-4000-8000-000000000001' },
        horizon: 1,
        method: 'naive',
      });
      expect(line.scope.label).toBe('CC-100 · SVC-HOST · 6100 · DELL');
      expect(line.history.actuals).toEqual(['176.71', '11.01', '0', '-4']);
      // The EUR line on cc-2 has no actuals: an empty history and a note, no forecast.
      const none = await w.s.call('forecast/series', {
        scope: { kind: 'line', id: 'bbbbbbbb-0000-4000-8000-000000000002' },
        horizon: 1,
        method: 'auto',
      });
      expect(none.history.months).toEqual([]);
      expect(none.forecast).toBeNull();
      expect(none.notes).toEqual(['no actuals for this cost center × service × account × vendor']);
    } finally {
      w.close();
    }
  });

  it('refuses a month with no rate at all as a validation error naming the pair and month', async () => {
    const w = literalWorkbook(
      [
        { month: '2025-01', amount: '100' },
        { month: '2025-03', amount: '5', currency: 'EUR' },
      ],
      eurUsd,
    );
    try {
      const r = await w.s.dispatch('forecast/series', { scope: { kind: 'total' }, horizon: 3 });
      expect(r.ok).toBe(false);
      const error = (r as { ok: false; error: { code: string; message: string; details: unknown } }).error;
      expect(error.code).toBe('validation');
      expect(error.message).toContain('EUR/USD');
      expect(error.message).toContain('2025-03');
      expect(error.details).toMatchObject({ item: 'EUR/USD', period: '2025-03', rateKind: 'budget' });
    } finally {
      w.close();
    }
  });
});
