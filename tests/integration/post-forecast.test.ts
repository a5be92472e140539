import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { ScenarioForecast } from '../../src-shared/model';
import { D, sumMoney, type Money } from '../../src-shared/money';
import { AppError } from '../../src-shared/ipc/errors';
import { demoWorkbook, type OpenWorkbook } from './helpers/forecast-workbooks';

const FY_START = 4;
const HORIZON = 24;
const METHOD = 'linear-trend' as const;

let w: OpenWorkbook;
let baseline: string;
let forecast: ScenarioForecast;

/** Every budget amount of a scenario in the given months, by "lineId|month" ("0" rows absent). */
async function amountsOf(scenarioId: string, months: readonly string[]): Promise<Map<string, Money>> {
  const out = new Map<string, Money>();
  const years = [...new Set(months.map((m) => fiscalYearOf(m, FY_START)))];
  for (const fiscalYear of years) {
    const grid = await w.s.call('budget/get-grid', { scenarioId, fiscalYear });
    for (const line of grid.lines)
      grid.months.forEach((m, i) => {
        if (months.includes(m)) out.set(`${line.id}|${m}`, line.amounts[i] ?? '0');
      });
  }
  return out;
}

/** Each line's cost center, service, account and vendor, the key of its history. */
async function lineDimensions(): Promise<Map<string, string>> {
  const grid = await w.s.call('budget/get-grid', {
    scenarioId: baseline,
    fiscalYear: forecast.months.length ? fiscalYearOf(forecast.months[0]!, FY_START) : 0,
  });
  return new Map(grid.lines.map((l) => [l.id, [l.costCenterId, l.serviceId, l.accountId, l.vendorId ?? ''].join('|')]));
}

const seq = async () => (await w.s.call('journal/get-undo-state', {})).seq;

/** What budget_line_sources holds, read from the file by a second connection. */
function lineSources(): { line_id: string; kind: string; ref: string; detail: string }[] {
  const db = new Database(w.path, { readonly: true });
  try {
    return db.prepare('SELECT line_id, kind, ref, detail FROM budget_line_sources ORDER BY line_id').all() as never;
  } finally {
    db.close();
  }
}

const post = (extra: Record<string, unknown> = {}) =>
  w.s.call('posting/post-forecast', { sourceScenarioId: baseline, horizon: HORIZON, method: METHOD, ...extra });

beforeAll(async () => {
  w = demoWorkbook(30);
  baseline = (await w.s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  forecast = await w.s.call('forecast/scenario', {
    scenarioId: baseline,
    horizon: HORIZON,
    method: METHOD,
    by: 'line',
  });
  // A GBP budget rate that makes the conversion checkable by hand: 2 GBP per EUR in every forecast month.
  await w.s.call('fx/save-rates', {
    rates: forecast.months.map((period) => ({ from: 'EUR', to: 'GBP', period, budgetRate: '2' })),
  });
}, 120_000);

afterAll(() => w?.close());

describe('posting a forecast into budget lines', () => {
  it('previews per line the old and new totals and writes nothing on a dry run', async () => {
    const before = await seq();
    const preview = await post({ dryRun: true });
    expect(await seq()).toBe(before);
    expect(preview.seq).toBeNull();
    const stored = await w.s.call('workbook/get-info', {});
    const years = new Set(stored.fiscalYears);
    expect(preview.months.length).toBeGreaterThan(0);
    for (const m of preview.months) expect(years.has(fiscalYearOf(m, FY_START))).toBe(true);
    const old = await amountsOf(baseline, preview.months);
    for (const l of preview.lines) {
      expect(l.oldTotal).toBe(sumMoney(preview.months.map((m) => old.get(`${l.lineId}|${m}`) ?? '0')));
    }
    expect(lineSources()).toEqual([]);
  });

  it('replaces the posted months with the forecast, posting each history’s forecast exactly once', async () => {
    const preview = await post({ dryRun: true });
    const outside = forecast.months.filter((m) => !preview.months.includes(m));
    const untouchedBefore = await amountsOf(baseline, outside);
    const result = await post();
    expect(result.seq).toBeGreaterThan(0);
    expect({ ...result, seq: null, dryRun: true }).toEqual(preview);
    const after = await amountsOf(baseline, preview.months);
    const amount = (lineId: string, m: string) => new D(after.get(`${lineId}|${m}`) ?? '0');
    const rowOf = new Map(forecast.rows.map((r) => [r.key, r]));
    const means = (lineId: string) => preview.months.map((m) => rowOf.get(lineId)!.mean[forecast.months.indexOf(m)]!);
    // Lines on the same dimensions share one history, hence one forecast.
    const dims = await lineDimensions();
    const groups = new Map<string, typeof result.lines>();
    for (const l of result.lines) groups.set(dims.get(l.lineId)!, [...(groups.get(dims.get(l.lineId)!) ?? []), l]);
    expect([...groups.values()].some((g) => g.length > 1)).toBe(true);
    for (const group of groups.values()) {
      const mean = means(group[0]!.sourceLineId);
      expect(sumMoney(group.map((l) => l.forecastTotal))).toBe(sumMoney(mean));
      for (const l of group) {
        expect(l.currency === 'EUR' || l.currency === 'GBP').toBe(true);
        const toBase = (m: string) => (l.currency === 'GBP' ? amount(l.lineId, m).div(2) : amount(l.lineId, m));
        expect(sumMoney(preview.months.map((m) => toBase(m).toString()))).toBe(l.forecastTotal);
        expect(sumMoney(preview.months.map((m) => amount(l.lineId, m).toString()))).toBe(l.newTotal);
      }
      // Month by month the group's amounts (in EUR) add up to the forecast: nothing is posted twice.
      preview.months.forEach((m, i) => {
        const base = group.map((l) => (l.currency === 'GBP' ? amount(l.lineId, m).div(2) : amount(l.lineId, m)));
        expect(sumMoney(base.map((x) => x.toString()))).toBe(new D(mean[i]!).toString());
      });
    }
    expect(result.lines.some((l) => l.currency === 'GBP')).toBe(true);
    expect(await amountsOf(baseline, outside)).toEqual(untouchedBefore);
    expect(lineSources()).toEqual(
      result.lines
        .map((l) => ({ line_id: l.lineId, kind: 'forecast', ref: `line:${l.lineId}`, detail: METHOD }))
        .sort((a, b) => a.line_id.localeCompare(b.line_id)),
    );
    const undo = await w.s.call('journal/get-undo-state', {});
    expect(undo.undoLabel).toBe(`Post forecast to ${result.lines.length} lines`);
  });

  it('lists the lines it skipped, those without history', async () => {
    const r = await post({ dryRun: true });
    const posted = new Set(r.lines.map((l) => l.sourceLineId));
    for (const s of r.skipped) expect(posted.has(s.lineId)).toBe(false);
    expect(r.lines.length + r.skipped.length).toBe(forecast.rows.length);
    for (const row of forecast.rows.filter((x) => x.mean.length === 0))
      expect(r.skipped.map((s) => s.lineId)).toContain(row.key);
  });

  it('is undone by one undo, which restores the old amounts and sources', async () => {
    await w.s.call('journal/undo', {});
    expect(lineSources()).toEqual([]);
    const preview = await post({ dryRun: true });
    const before = await amountsOf(baseline, preview.months);
    await post();
    await w.s.call('journal/undo', {});
    expect(await amountsOf(baseline, preview.months)).toEqual(before);
    expect(lineSources()).toEqual([]);
  });

  it('posts only the months asked for, and refuses a month the forecast does not have', async () => {
    const month = forecast.months[2]!;
    const r = await post({ months: [month], dryRun: true });
    expect(r.months).toEqual([month]);
    const e = await post({ months: ['2040-01'] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'validation', details: { field: 'months.0' } });
  });

  it('posts into another scenario’s matching lines and leaves the source scenario alone', async () => {
    const copy = (await w.s.call('scenario/create', { name: 'Forecast target', fromScenarioId: baseline })).scenario;
    const preview = await post({ dryRun: true });
    const sourceBefore = await amountsOf(baseline, preview.months);
    const r = await post({ targetScenarioId: copy.id });
    expect(r.lines.length).toBe(preview.lines.length);
    const targetAfter = await amountsOf(copy.id, r.months);
    for (const l of r.lines) {
      expect(l.lineId).not.toBe(l.sourceLineId);
      expect(sumMoney(r.months.map((m) => targetAfter.get(`${l.lineId}|${m}`) ?? '0'))).toBe(l.newTotal);
    }
    expect(await amountsOf(baseline, preview.months)).toEqual(sourceBefore);
    await w.s.call('journal/undo', {});
  });

  it('stops when cancelled during the forecast, having written nothing', async () => {
    const before = await seq();
    const stop = new AbortController();
    const e = await w.s
      .call(
        'posting/post-forecast',
        { sourceScenarioId: baseline, horizon: HORIZON, method: 'auto' },
        { signal: stop.signal, onProgress: () => stop.abort() },
      )
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'cancelled' });
    expect(await seq()).toBe(before);
    expect(lineSources()).toEqual([]);
  });

  it('refuses, naming the line and month, when a foreign-currency line has no budget rate', async () => {
    const r = await post({ dryRun: true });
    const gbp = r.lines.find((l) => l.currency === 'GBP')!;
    const month = r.months[0]!;
    await w.s.call('fx/delete-rates', { keys: [{ from: 'EUR', to: 'GBP', period: month }] });
    const before = await seq();
    const e = await post().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'validation', details: { month, currency: 'GBP' } });
    expect((e as Error).message).toContain(gbp.label);
    expect((e as Error).message).toContain(month);
    expect(await seq()).toBe(before);
  });
});
