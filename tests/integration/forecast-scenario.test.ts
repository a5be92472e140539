import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { ForecastYearTotal } from '../../src-shared/model';
import { sumMoney, type Money } from '../../src-shared/money';
import { demoWorkbook, readActuals, type OpenWorkbook } from './helpers/forecast-workbooks';

const FY_START = 4;

/** Totals per fiscal year of a monthly forecast, summed here from the months. */
function byYear(months: readonly string[], mean: readonly Money[]): ForecastYearTotal[] {
  const years = new Map<number, Money[]>();
  months.forEach((m, i) => {
    const fy = fiscalYearOf(m, FY_START);
    years.set(fy, [...(years.get(fy) ?? []), mean[i]!]);
  });
  return [...years].map(([fiscalYear, xs]) => ({ fiscalYear, months: xs.length, total: sumMoney(xs) }));
}

describe('forecast/scenario on the demo workbook', () => {
  let w: OpenWorkbook;
  let scenarioId: string;
  let newLineId: string;
  beforeAll(async () => {
    w = demoWorkbook(30);
    scenarioId = (await w.s.call('scenario/list', {}))[0]!.id;
    // A line on a new cost center: nothing has ever been posted on it.
    const dims = await w.s.call('dimensions/get-all', {});
    const cc = await w.s.call('dimensions/save', {
      kind: 'cost-center',
      row: { code: 'CC-NEW', name: 'New team', departmentId: dims.departments[0]!.id, parentId: null, owner: '' },
    });
    const added = await w.s.call('budget/add-line', {
      scenarioId,
      fiscalYear: 2026,
      fields: {
        costCenterId: cc.id,
        serviceId: dims.services[0]!.id,
        accountId: dims.accounts[0]!.id,
        vendorId: null,
        currency: 'EUR',
        expenseType: dims.accounts[0]!.expenseType,
        description: 'New team tooling',
      },
    });
    newLineId = added.lines[0]!.id;
  });
  afterAll(() => w.close());

  it('lists every budget line in grid order, keeping a line without actuals with a note', async () => {
    const r = await w.s.call('forecast/scenario', { scenarioId, horizon: 24, method: 'seasonal-naive', by: 'line' });
    const grid = await w.s.call('budget/get-grid', { scenarioId, fiscalYear: 2026 });
    expect(r.rows.map((x) => x.key)).toEqual(grid.lines.map((l) => l.id));
    expect(r.lastActualMonth).toBe('2026-02');
    expect(r.months[0]).toBe('2026-03');
    expect(r.months).toHaveLength(24);
    const none = r.rows.find((x) => x.key === newLineId)!;
    expect(none).toMatchObject({
      historyMonths: 0,
      method: null,
      mase: null,
      years: [],
      mean: [],
      notes: ['no actuals for this cost center × service × account × vendor'],
      description: 'New team tooling',
    });
    expect(none.label).toMatch(/^CC-NEW · /);
    expect(r.rows.filter((x) => x.historyMonths > 0).length).toBeGreaterThan(20);
  });

  it("gives each line the forecast/series forecast of its actuals, with the method's accuracy and totals per fiscal year", async () => {
    const r = await w.s.call('forecast/scenario', { scenarioId, horizon: 24, method: 'ses', by: 'line' });
    for (const row of r.rows.filter((x) => x.historyMonths > 0).slice(0, 5)) {
      const one = await w.s.call('forecast/series', {
        scope: { kind: 'line', id: row.key },
        horizon: 24,
        method: 'ses',
      });
      expect(row.mean).toEqual(one.forecast!.mean);
      expect(row.method).toBe(one.method);
      expect(row.historyMonths).toBe(one.history.months.length);
      const chosen = one.accuracy.find((a) => a.chosen)!;
      expect([row.mase, row.smape]).toEqual([chosen.mase, chosen.smape]);
      expect(row.params).toMatch(/^alpha \d/);
      expect(row.years).toEqual(byYear(r.months, row.mean));
      // FY2026 ends in March 2026: one month of it is left; FY2028 gets the last 11.
      expect(row.years.map((y) => [y.fiscalYear, y.months])).toEqual([
        [2026, 1],
        [2027, 12],
        [2028, 11],
      ]);
    }
  });

  it('picks each row’s method by backtest with auto, as forecast/series does for the same scope', async () => {
    const r = await w.s.call('forecast/scenario', { scenarioId, horizon: 12, method: 'auto', by: 'tower' });
    const row = r.rows.find((x) => x.historyMonths > 0)!;
    const one = await w.s.call('forecast/series', { scope: { kind: 'tower', id: row.key }, horizon: 12 });
    expect(row.method).toBe(one.method);
    expect(row.mean).toEqual(one.forecast!.mean);
    expect(row.mase).toBe(one.accuracy.find((a) => a.chosen)!.mase);
    expect(row.anomalies).toBe(one.history.anomalies.length);
  });

  it('groups by cost center: every member with lines or actuals, the new one with a note', async () => {
    const r = await w.s.call('forecast/scenario', { scenarioId, horizon: 6, method: 'naive', by: 'cost-center' });
    const dims = await w.s.call('dimensions/get-all', {});
    const grid = await w.s.call('budget/get-grid', { scenarioId, fiscalYear: 2026 });
    const expected = new Set([
      ...readActuals(w.path).map((a) => a.cost_center_id),
      ...grid.lines.map((l) => l.costCenterId),
    ]);
    expect(new Set(r.rows.map((x) => x.key))).toEqual(expected);
    const codes = r.rows.map((x) => dims.costCenters.find((c) => c.id === x.key)!.code);
    expect(codes).toEqual([...codes].sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase())));
    const fresh = r.rows.find((x) => x.label.startsWith('CC-NEW'))!;
    expect(fresh.notes).toEqual(['no actuals for cost center CC-NEW']);
    for (const row of r.rows.filter((x) => x.historyMonths > 0)) {
      const one = await w.s.call('forecast/series', {
        scope: { kind: 'cost-center', id: row.key },
        horizon: 6,
        method: 'naive',
      });
      expect(row.mean).toEqual(one.forecast!.mean);
    }
  });

  it('refuses an unknown scenario as not found', async () => {
    const r = await w.s.dispatch('forecast/scenario', { scenarioId: 'nope', horizon: 12 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no scenario "nope".' } });
  });
});
