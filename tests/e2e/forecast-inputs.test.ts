import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioForecastRow, SeriesForecast } from '../../src-shared/model/forecast';
import { formatMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { defaultView, eventually } from './budget-page';

const LIST = '[data-testid="forecast-grid"]';
const MONTHS = '[data-testid="forecast-series-grid"]';

describe('forecast inputs on the forecast screen', () => {
  let app: AppHarness;
  let minorUnits: number;
  let row: ScenarioForecastRow;
  const scope = () => ({ kind: 'cost-center' as const, id: row.key });
  const series = (method?: 'naive'): Promise<SeriesForecast> =>
    app.session.call('forecast/series', { scope: scope(), horizon: 12, ...(method ? { method } : {}) });
  const inputs = () => app.session.call('forecast/get-inputs', { scope: scope() });
  const seq = async () => (await app.session.call('journal/get-undo-state', {})).seq;
  const fmt = (m: string) => formatMoney(m, minorUnits);

  /** A cell of the month-by-month grid: its text and its state. */
  const monthCell = (rowKind: string, month: string) =>
    app.page.locator(`${MONTHS} .ag-row[row-id="${rowKind}"] .ag-cell[col-id="${month}"]`);
  const shown = async (month: string) => {
    const c = monthCell('amount', month);
    return {
      text: (await c.innerText()).trim(),
      state: await c.locator('[data-state]').getAttribute('data-state'),
    };
  };

  const openForecast = async () => {
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('nav-forecast').click();
    await app.page.locator(`${LIST} .ag-row[row-id]`).first().waitFor({ timeout: 120_000 });
  };
  /** Scroll the list until the row is rendered (rows are virtualised), then click its name. */
  const selectRow = async () => {
    const { page } = app;
    const target = page.locator(`${LIST} .ag-row[row-id="${row.key}"] .ag-cell[col-id="label"]`);
    await page.evaluate((sel) => document.querySelector(`${sel} .ag-body-viewport`)?.scrollTo(0, 0), LIST);
    for (let i = 0; i < 50 && (await target.count()) === 0; i++) {
      await page.evaluate((sel) => document.querySelector(`${sel} .ag-body-viewport`)?.scrollBy(0, 150), LIST);
      await page.waitForTimeout(50);
    }
    await target.click();
    await eventually(() => page.getByTestId('forecast-scope-label').innerText(), row.label, 60_000);
    await page.locator(`${MONTHS} .ag-row[row-id="amount"]`).waitFor({ timeout: 60_000 });
  };
  const undo = async () => {
    const before = await seq();
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await seq()) > before, true);
  };

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 1000 } });
    const { scenarioId } = await defaultView(app.session);
    const info = await app.session.call('workbook/get-info', {});
    const dims = await app.session.call('dimensions/get-all', {});
    minorUnits = dims.currencies.find((c) => c.code === info.settings.baseCurrency)!.minorUnits;
    const list = await app.session.call('forecast/scenario', { scenarioId, horizon: 12, by: 'cost-center' });
    // The flagged cost center with the longest history.
    row = list.rows.filter((r) => r.anomalies > 0).sort((a, b) => b.historyMonths - a.historyMonths)[0]!;
    await openForecast();
    await selectRow();
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  it('keeps a typed forecast month as an override, marked, when the forecast is recomputed, and clearing it restores the computed value', async () => {
    const { page } = app;
    const before = await series();
    const month = before.forecast!.months[2]!;
    await monthCell('amount', month).click();
    await page.keyboard.press('F2');
    const editor = page.locator(`${MONTHS} .ag-cell-inline-editing input`);
    await editor.waitFor();
    await editor.fill('12,345.67');
    await page.keyboard.press('Enter');
    await eventually(async () => (await inputs()).overrides, [{ month, amount: '12345.67' }]);
    await eventually(() => shown(month), { text: fmt('12345.67'), state: 'overridden' }, 60_000);
    const title = await monthCell('amount', month).locator('[data-state]').getAttribute('title');
    expect(title).toContain(`computed ${fmt(before.forecast!.mean[2]!)}`);

    // Recompute with another method: the override stays, the months around it follow the method.
    const naive = await series('naive');
    await page.getByTestId('forecast-method').selectOption('naive');
    await eventually(
      () => shown(before.forecast!.months[3]!),
      { text: fmt(naive.forecast!.mean[3]!), state: 'forecast' },
      60_000,
    );
    expect(await shown(month)).toEqual({ text: fmt('12345.67'), state: 'overridden' });
    expect(naive.forecast!.mean[2]).toBe('12345.67');
    await page.getByTestId('forecast-method').selectOption('stored');

    await monthCell('amount', month).click();
    await page.keyboard.press('F2');
    await editor.waitFor();
    await editor.fill('');
    await page.keyboard.press('Enter');
    await eventually(async () => (await inputs()).overrides, []);
    await eventually(() => shown(month), { text: fmt(before.forecast!.mean[2]!), state: 'forecast' }, 60_000);
  });

  it('stores an accepted cleaning that survives a reload, and Undo in the header takes it back', async () => {
    const { page } = app;
    const raw = await series();
    const flag = raw.history.anomalies[0]!;
    expect(flag.decision).toBe('undecided');
    await page.getByTestId(`forecast-accepted-${flag.month}`).click();
    await eventually(
      async () => (await inputs()).cleanings.map((c) => [c.month, c.decision, c.value]),
      [[flag.month, 'accepted', flag.suggested]],
    );
    await eventually(() => shown(flag.month), { text: fmt(flag.suggested), state: 'cleaned' }, 60_000);

    await page.reload();
    await openForecast();
    await selectRow();
    const item = page.locator(`[data-testid="forecast-anomalies"] li[data-month="${flag.month}"]`);
    await eventually(() => item.getAttribute('data-decision'), 'accepted', 60_000);
    expect(await shown(flag.month)).toEqual({ text: fmt(flag.suggested), state: 'cleaned' });
    const title = await monthCell('amount', flag.month).locator('[data-state]').getAttribute('title');
    expect(title).toContain(`posted ${fmt(flag.value)}`);

    await undo();
    await eventually(() => item.getAttribute('data-decision'), 'undecided', 60_000);
    expect((await inputs()).cleanings).toEqual([]);
    await eventually(() => shown(flag.month), { text: fmt(flag.value), state: 'flagged' }, 60_000);
  });

  it('tags a month as a one-off with its reason and stores the method picked for the scope, each undoable', async () => {
    const { page } = app;
    const raw = await series();
    const month = raw.history.months.at(-4)!;
    await page.getByTestId('forecast-oneoff-month').selectOption(month);
    await page.getByTestId('forecast-oneoff-reason').fill('licence true-up');
    await page.getByTestId('forecast-oneoff-add').click();
    await eventually(async () => (await inputs()).oneOffs, [{ month, reason: 'licence true-up' }]);
    const tagged = await series();
    await eventually(() => shown(month), { text: fmt(tagged.history.values.at(-4)!), state: 'one-off' }, 60_000);

    await page.getByTestId('forecast-scope-method').selectOption('linear-trend');
    await eventually(async () => (await inputs()).method, 'linear-trend');
    await eventually(
      () => page.getByTestId('forecast-method-used').getAttribute('data-method'),
      'linear-trend',
      60_000,
    );

    await undo();
    await eventually(() => page.getByTestId('forecast-scope-method').inputValue(), 'auto', 60_000);
    await undo();
    await eventually(async () => (await inputs()).oneOffs, []);
    await eventually(async () => (await shown(month)).state, 'actual', 60_000);
  });

  it('sets a baseline start and a level shift from the screen, refuses an amount it cannot read at its field, and undoes both', async () => {
    const { page } = app;
    const raw = await series();
    const n = raw.history.months.length;
    const start = raw.history.months[n - 12]!;
    await page.getByTestId('forecast-baseline').selectOption(start);
    await eventually(async () => (await inputs()).baselineStart, start);
    await eventually(async () => (await shown(raw.history.months[0]!)).state, 'before-baseline', 60_000);

    const shiftMonth = raw.history.months[n - 1]!;
    await page.getByTestId('forecast-shift-month').fill(shiftMonth);
    await page.getByTestId('forecast-shift-amount').fill('12..5');
    await page.getByTestId('forecast-shift-add').click();
    await eventually(
      () => page.getByTestId('forecast-shift-error').innerText(),
      'Level shift amount: "12..5" is not an amount.',
    );
    expect((await inputs()).levelShifts).toEqual([]);
    await page.getByTestId('forecast-shift-amount').fill('1,250.50');
    await page.getByTestId('forecast-shift-add').click();
    await eventually(async () => (await inputs()).levelShifts, [{ month: shiftMonth, amount: '1250.5' }]);
    const shifted = await series();
    await eventually(
      () => shown(raw.history.months[n - 2]!),
      { text: fmt(shifted.history.values[n - 2]!), state: 'shifted' },
      60_000,
    );
    expect(shifted.history.marks[n - 2]!.shift).toBe('1250.5');

    await undo();
    await eventually(async () => (await inputs()).levelShifts, []);
    await undo();
    await eventually(() => page.getByTestId('forecast-baseline').inputValue(), '', 60_000);
    await eventually(async () => (await shown(raw.history.months[0]!)).state, 'actual', 60_000);
  });
});
