import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostForecastResult } from '../../src-shared/ipc/post-forecast-contract';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import { formatMoney, sumMoney, type Money } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { defaultView, eventually } from './budget-page';

const GRID = '[data-testid="forecast-grid"]';
/** The list's choices for the recompute runs: long enough to report progress several times. */
const LIST = { horizon: 36, method: 'auto' as const, by: 'service' as const };

describe('long forecast runs from the forecast screen', () => {
  let app: AppHarness;
  let scenarioId: string;
  let fyStart: number;

  const seq = async () => (await app.session.call('journal/get-undo-state', {})).seq;

  /** Per line, the sum of its budget amounts over `months`, read from the workbook. */
  const lineTotals = async (months: readonly string[]): Promise<Map<string, Money>> => {
    const parts = new Map<string, Money[]>();
    for (const fiscalYear of new Set(months.map((m) => fiscalYearOf(m, fyStart)))) {
      const grid = await app.session.call('budget/get-grid', { scenarioId, fiscalYear });
      for (const line of grid.lines)
        grid.months.forEach((m, i) => {
          if (months.includes(m)) parts.set(line.id, [...(parts.get(line.id) ?? []), line.amounts[i] ?? '0']);
        });
    }
    return new Map([...parts].map(([id, a]) => [id, sumMoney(a)]));
  };

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 1000 } });
    scenarioId = (await defaultView(app.session)).scenarioId;
    fyStart = (await app.session.call('workbook/get-info', {})).settings.fyStartMonth;
    const { page } = app;
    await page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await page.getByTestId('nav-forecast').click();
    await page.getByTestId(`forecast-by-${LIST.by}`).click();
    await page.getByTestId('forecast-horizon').selectOption(String(LIST.horizon));
    await page.locator(`${GRID} .ag-row[row-id]`).first().waitFor({ timeout: 180_000 });
    await eventually(() => page.getByTestId('forecast-recompute').isEnabled(), true, 180_000);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the recompute’s progress while the page stays responsive, then the recomputed list', async () => {
    const { page } = app;
    const expected = await app.session.call('forecast/scenario', { scenarioId, ...LIST });
    // A timer in the page notes how late it fires: a renderer busy forecasting would stall it for seconds.
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __timer: number };
      let last = performance.now();
      w.__gaps = [];
      w.__timer = window.setInterval(() => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
      }, 50);
    });
    await page.getByTestId('forecast-recompute').click();
    const bar = page.getByTestId('forecast-recompute-progress');
    await bar.waitFor();
    await expect.poll(() => bar.getByTestId('forecast-recompute-progress-text').innerText()).toMatch(/\d+ of \d+/);
    const done: number[] = [];
    for (;;) {
      const snap = await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="forecast-recompute-progress"] [role="progressbar"]');
        return bar && { now: bar.getAttribute('aria-valuenow'), max: bar.getAttribute('aria-valuemax') };
      });
      if (!snap) break;
      if (snap.now !== null) {
        done.push(Number(snap.now));
        expect(snap.max).toBe(String(expected.rows.length));
      }
      await page.waitForTimeout(100);
    }
    expect(done.length).toBeGreaterThan(0);
    const gaps = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __timer: number };
      window.clearInterval(w.__timer);
      return w.__gaps;
    });
    // The work ran in the main process: the page kept running its timers meanwhile.
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(2000);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    await eventually(
      () => page.getByTestId('forecast-list-status').innerText(),
      `${expected.rows.length} services · actuals to ${expected.lastActualMonth}`,
    );
    expect(await page.getByTestId('forecast-recompute-cancelled').count()).toBe(0);
  }, 120_000);

  it('stops a recompute on Cancel, keeping the previous list and writing nothing', async () => {
    const { page } = app;
    const before = await seq();
    const statusBefore = await page.getByTestId('forecast-list-status').innerText();
    await page.getByTestId('forecast-recompute').click();
    const bar = page.getByTestId('forecast-recompute-progress');
    await expect.poll(() => bar.getByTestId('forecast-recompute-progress-text').innerText()).toMatch(/\d+ of \d+/);
    await page.getByTestId('forecast-recompute-progress-cancel').click();
    await page.getByTestId('forecast-recompute-cancelled').waitFor();
    expect(await bar.count()).toBe(0);
    expect(await page.getByTestId('forecast-list-status').innerText()).toBe(statusBefore);
    expect(await page.locator(`${GRID} .ag-row[row-id]`).count()).toBeGreaterThan(0);
    expect(await seq()).toBe(before);
  }, 120_000);

  it('posts the line forecasts into the budget after a preview, and Undo takes them back', async () => {
    const { page } = app;
    const args = { sourceScenarioId: scenarioId, targetScenarioId: scenarioId, horizon: LIST.horizon };
    const expected: PostForecastResult = await app.session.call('posting/post-forecast', {
      ...args,
      method: 'linear-trend',
      dryRun: true,
    });
    expect(expected.lines.length).toBeGreaterThan(0);
    await page.getByTestId('forecast-post-open').click();
    const dialog = page.getByTestId('post-forecast-dialog');
    await dialog.waitFor();
    // The dialog starts previewing with the list's method (auto); choosing another cancels that run.
    await page.getByTestId('post-forecast-method').selectOption('linear-trend');
    await eventually(
      () => page.getByTestId('post-forecast-confirm').innerText(),
      `Post to ${expected.lines.length} lines`,
      120_000,
    );
    const first = expected.lines[0]!;
    const row = dialog.locator(`tr[data-line-id="${first.lineId}"]`);
    const dims = await app.session.call('dimensions/get-all', {});
    const units = dims.currencies.find((c) => c.code === first.currency)!.minorUnits;
    expect(await row.locator('[data-col="new"]').innerText()).toBe(formatMoney(first.newTotal, units));
    expect(await row.locator('[data-col="old"]').innerText()).toBe(formatMoney(first.oldTotal, units));

    const before = await seq();
    await page.getByTestId('post-forecast-confirm').click();
    await dialog.waitFor({ state: 'detached', timeout: 120_000 });
    expect(await seq()).toBeGreaterThan(before);
    const posted = await lineTotals(expected.months);
    for (const l of expected.lines) expect(posted.get(l.lineId)).toBe(l.newTotal);

    await page.getByTestId('undo').click();
    await expect
      .poll(async () => (await app.session.call('journal/get-undo-state', {})).redoLabel, { timeout: 30_000 })
      .toBe(`Post forecast to ${expected.lines.length} lines`);
    const restored = await lineTotals(expected.months);
    for (const l of expected.lines) expect(restored.get(l.lineId)).toBe(l.oldTotal);
    expect(app.errors).toEqual([]);
  }, 240_000);
});
