import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioForecast, ScenarioForecastRow, SeriesForecast } from '../../src-shared/model/forecast';
import { formatMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { defaultView, eventually } from './budget-page';

const GRID = '[data-testid="forecast-grid"]';
const measure = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));

describe('forecast screen', () => {
  let app: AppHarness;
  let scenarioId: string;
  let minorUnits: number;
  let list: ScenarioForecast;

  const series = (id: string, method: 'auto' | 'seasonal-naive', accept?: number[]): Promise<SeriesForecast> =>
    app.session.call('forecast/series', {
      scope: { kind: 'cost-center', id },
      horizon: 12,
      method,
      ...(accept ? { clean: { accept } } : {}),
    });

  /** Scroll the list until the row is rendered (rows are virtualised), then click its name. */
  const selectRow = async (row: ScenarioForecastRow) => {
    const { page } = app;
    const target = page.locator(`${GRID} .ag-row[row-id="${row.key}"] .ag-cell[col-id="label"]`);
    await page.evaluate((sel) => document.querySelector(`${sel} .ag-body-viewport`)?.scrollTo(0, 0), GRID);
    for (let i = 0; i < 50 && (await target.count()) === 0; i++) {
      await page.evaluate((sel) => document.querySelector(`${sel} .ag-body-viewport`)?.scrollBy(0, 150), GRID);
      await page.waitForTimeout(50);
    }
    await target.click();
    await eventually(() => page.getByTestId('forecast-scope-label').innerText(), row.label, 60_000);
  };

  const MONTHS = '[data-testid="forecast-series-grid"]';
  /** The month-by-month grid's amount row as [month, text, state] for the history months. */
  const historyShown = (s: SeriesForecast) =>
    Promise.all(
      s.history.months.map(async (m) => {
        const c = app.page.locator(`${MONTHS} .ag-row[row-id="amount"] .ag-cell[col-id="${m}"] [data-state]`);
        return [m, (await c.innerText()).trim(), await c.getAttribute('data-state')];
      }),
    );
  const historyExpected = (s: SeriesForecast) =>
    s.history.months.map((m, i) => {
      const a = s.history.anomalies.find((x) => x.index === i);
      const state = s.history.marks[i]!.cleaned ? 'cleaned' : a ? 'flagged' : 'actual';
      return [m, formatMoney(s.history.values[i]!, minorUnits), state];
    });
  const forecastCell = (month: string) =>
    app.page.locator(`${MONTHS} .ag-row[row-id="amount"] .ag-cell[col-id="${month}"] [data-state]`);

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 1000 } });
    scenarioId = (await defaultView(app.session)).scenarioId;
    const info = await app.session.call('workbook/get-info', {});
    const dims = await app.session.call('dimensions/get-all', {});
    minorUnits = dims.currencies.find((c) => c.code === info.settings.baseCurrency)!.minorUnits;
    list = await app.session.call('forecast/scenario', { scenarioId, horizon: 12, method: 'auto', by: 'cost-center' });
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('nav-forecast').click();
    await app.page.locator(`${GRID} .ag-row[row-id]`).first().waitFor({ timeout: 120_000 });
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  it('lists one row per cost center, as forecast/scenario gives for the same scenario, method and horizon', async () => {
    const { page } = app;
    expect(list.rows.length).toBeGreaterThan(0);
    await eventually(
      () => page.getByTestId('forecast-list-status').innerText(),
      `${list.rows.length} cost centers · actuals to ${list.lastActualMonth}`,
    );
    // aria-rowcount counts the header row too.
    const ariaRows = await page
      .locator(`${GRID} [role="treegrid"], ${GRID} [role="grid"]`)
      .first()
      .getAttribute('aria-rowcount');
    expect(Number(ariaRows) - 1).toBe(list.rows.length);
    const first = list.rows[0]!;
    const cell = (col: string) => page.locator(`${GRID} .ag-row[row-id="${first.key}"] .ag-cell[col-id="${col}"]`);
    expect(await cell('mase').innerText()).toBe(measure(first.mase));
    for (const y of first.years) {
      expect(await cell(`fy${y.fiscalYear}`).innerText()).toBe(formatMoney(y.total, minorUnits));
    }
  });

  it('shows the selected cost center with the method and MASE forecast/series gives, and draws the chart', async () => {
    const { page } = app;
    const row = list.rows.find((r) => r.method !== null)!;
    const expected = await series(row.key, 'auto');
    await selectRow(row);
    await eventually(() => page.getByTestId('forecast-method-used').getAttribute('data-method'), expected.method);
    expect(row.method).toBe(expected.method);
    const chosen = expected.accuracy.find((a) => a.chosen)!;
    const chosenRow = page.locator(`[data-testid="forecast-backtest"] tr[data-chosen="true"]`);
    expect(await chosenRow.getAttribute('data-method')).toBe(chosen.method);
    expect(await chosenRow.locator('[data-col="mase"]').innerText()).toBe(measure(chosen.mase));
    expect(await page.locator('[data-testid="forecast-backtest"] tbody tr').count()).toBe(expected.accuracy.length);
    expect(await historyShown(expected)).toEqual(historyExpected(expected));
    const forecastHeaders = page.locator(`${MONTHS} .ag-header-cell.fc-forecast-header`);
    expect(await forecastHeaders.count()).toBe(expected.forecast!.months.length);
    const firstForecast = forecastCell(expected.forecast!.months[0]!);
    expect(await firstForecast.innerText()).toBe(formatMoney(expected.forecast!.mean[0]!, minorUnits));
    expect(await firstForecast.getAttribute('title')).toContain(formatMoney(expected.forecast!.hi95[0]!, minorUnits));
    // The canvas has pixels drawn on it, not just a box.
    const painted = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="forecast-chart"] canvas');
      if (!c || c.width === 0 || c.height === 0) return 0;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
  });

  it('shows seasonal naive once that method is chosen, in the list and the detail', async () => {
    const { page } = app;
    const row = list.rows.find((r) => r.method !== null)!;
    const expected = await series(row.key, 'seasonal-naive');
    const listed = await app.session.call('forecast/scenario', {
      scenarioId,
      horizon: 12,
      method: 'seasonal-naive',
      by: 'cost-center',
    });
    await page.getByTestId('forecast-method').selectOption('seasonal-naive');
    await eventually(
      () => page.getByTestId('forecast-method-used').getAttribute('data-method'),
      expected.method,
      60_000,
    );
    expect(expected.method).toBe('seasonal-naive');
    const listedRow = listed.rows.find((r) => r.key === row.key)!;
    await eventually(
      () => page.locator(`${GRID} .ag-row[row-id="${row.key}"] .ag-cell[col-id="mase"]`).innerText(),
      measure(listedRow.mase),
      60_000,
    );
    expect(await page.locator(`${GRID} .ag-row[row-id="${row.key}"] .ag-cell[col-id="method"]`).innerText()).toBe(
      'Seasonal naive',
    );
    await page.getByTestId('forecast-method').selectOption('auto');
    await eventually(() => page.getByTestId('forecast-method-used').getAttribute('data-method'), row.method, 60_000);
  });

  it('replaces an accepted outlier by its expected value in the history and recomputes, and forgets it when undecided', async () => {
    const { page } = app;
    const row = list.rows.find((r) => r.anomalies > 0 && r.method !== null);
    expect(row, 'the demo workbook has a cost center with an outlier').toBeDefined();
    const raw = await series(row!.key, 'auto');
    const anomaly = raw.history.anomalies[0]!;
    const cleaned = await series(row!.key, 'auto', [anomaly.index]);
    expect(cleaned.history.values[anomaly.index]).not.toBe(raw.history.values[anomaly.index]);
    await selectRow(row!);
    await eventually(() => historyShown(raw), historyExpected(raw), 60_000);
    await page.getByTestId(`forecast-accepted-${anomaly.month}`).click();
    await eventually(() => historyShown(cleaned), historyExpected(cleaned), 60_000);
    await eventually(
      () => forecastCell(cleaned.forecast!.months[0]!).innerText(),
      formatMoney(cleaned.forecast!.mean[0]!, minorUnits),
      60_000,
    );
    await page.getByTestId(`forecast-undecided-${anomaly.month}`).click();
    await eventually(() => historyShown(raw), historyExpected(raw), 60_000);
  });
});
