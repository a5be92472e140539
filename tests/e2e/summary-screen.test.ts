import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountingSummary, SummaryBy, SummaryView } from '../../src-shared/model';
import { formatMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { defaultView, eventually } from './budget-page';

describe('summary screen', () => {
  let app: AppHarness;
  let view: { scenarioId: string; fiscalYear: number };
  let minorUnits: number;

  /** The summary the screen should show, read through the session. */
  const expected = (basis: SummaryView, by: SummaryBy): Promise<AccountingSummary> =>
    app.session.call('accounting/summary', {
      fiscalYear: view.fiscalYear,
      view: basis,
      by,
      scenarioId: view.scenarioId,
    });
  const text = (testId: string) => app.page.getByTestId(testId).innerText();
  const m = (x: string) => formatMoney(x, minorUnits);
  /** Row ids of the grid's group rows (each row appears once per pinned section; counted once). */
  const gridRowIds = () =>
    app.page.$$eval('[data-testid="summary-grid"] .ag-row[row-id]:not(.ag-row-pinned)', (rows) =>
      [...new Set(rows.map((r) => r.getAttribute('row-id') ?? ''))].sort(),
    );
  const pinnedCell = (rowId: string) =>
    app.page
      .locator(
        `[data-testid="summary-grid"] .ag-grid-pinned-bottom-rows .ag-row[row-id="${rowId}"] .ag-cell[col-id="total"]`,
      )
      .innerText();
  const pinnedTotal = () => pinnedCell('grand-total');

  beforeAll(async () => {
    app = await startApp();
    view = await defaultView(app.session);
    const info = await app.session.call('workbook/get-info', {});
    const dims = await app.session.call('dimensions/get-all', {});
    minorUnits = dims.currencies.find((c) => c.code === info.settings.baseCurrency)!.minorUnits;
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('nav-summary').click();
    await app.page.getByTestId('summary-kpis').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("shows the header's scenario and year with totals, split and sources equal to accounting/summary", async () => {
    const s = await expected('accrual', 'capex-opex');
    expect(s.sources.planned.total).not.toBe('0');
    await eventually(() => text('summary-kpi-total'), m(s.total.total));
    expect(await text('summary-kpi-capex')).toBe(m(s.split.CapEx));
    expect(await text('summary-kpi-opex')).toBe(m(s.split.OpEx));
    for (const src of ['planned', 'contracts', 'invoices', 'assets'] as const) {
      expect(await text(`summary-source-${src}`)).toBe(m(s.sources[src].total));
    }
    expect(await pinnedTotal()).toBe(m(s.total.total));
    expect(await gridRowIds()).toEqual(['row:CapEx', 'row:OpEx']);
    expect(await text('summary-actual-total')).toBe(m(s.actual.total.total));
    expect(await text('summary-fx-variance')).toBe(m(s.actual.fxVariance.total));
    const chart = app.page.getByTestId('summary-chart').locator('canvas');
    await chart.waitFor();
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
  });

  it('lists cost centers as rows after switching "by" to cost center, the total unchanged', async () => {
    const s = await expected('accrual', 'cost-center');
    await app.page.getByTestId('summary-by-cost-center').click();
    const ids = s.rows.map((r) => `row:${r.key}`).sort();
    await eventually(gridRowIds, ids);
    expect(ids.length).toBeGreaterThan(2);
    expect(await pinnedTotal()).toBe(m(s.total.total));
    expect(await pinnedCell('split:CapEx')).toBe(m(s.split.CapEx));
    await app.page.getByTestId('summary-chart').locator('canvas').waitFor();
    await app.page.getByTestId('summary-by-capex-opex').click();
    await eventually(gridRowIds, ['row:CapEx', 'row:OpEx']);
  });

  it("changes the total with the header's Cash switch: prepaid contracts and assets are booked when paid", async () => {
    const accrual = await expected('accrual', 'capex-opex');
    const cash = await expected('cash', 'capex-opex');
    expect(cash.total.total).not.toBe(accrual.total.total);
    expect(cash.sources.planned).toEqual(accrual.sources.planned);
    await app.page.getByTestId('basis-cash').click();
    await eventually(() => text('summary-kpi-total'), m(cash.total.total));
    expect(await text('summary-source-contracts')).toBe(m(cash.sources.contracts.total));
    expect(await pinnedTotal()).toBe(m(cash.total.total));
    await app.page.getByTestId('basis-accrual').click();
    await eventually(() => text('summary-kpi-total'), m(accrual.total.total));
  });

  it('shows the prepaid and accrued balances at each period end, the same in both views', async () => {
    const accrual = await expected('accrual', 'capex-opex');
    const cash = await expected('cash', 'capex-opex');
    expect(cash.balances).toEqual(accrual.balances);
    // The demo's prepaid licences leave a prepaid balance in every period of the year.
    expect(accrual.balances.prepaid.every((x) => x !== '0')).toBe(true);
    const cells = (testId: string) => app.page.locator(`[data-testid="${testId}"] td`).allInnerTexts();
    await eventually(() => cells('balances-prepaid'), accrual.balances.prepaid.map(m));
    expect(await cells('balances-accrued')).toEqual(accrual.balances.accrued.map(m));
  });

  it('names the currency pair and month of a missing budget rate and points to Setup, then recovers on undo', async () => {
    const { session, page } = app;
    const info = await session.call('workbook/get-info', {});
    const base = info.settings.baseCurrency;
    const grid = await session.call('budget/get-grid', { scenarioId: view.scenarioId, fiscalYear: view.fiscalYear });
    const foreign = grid.lines.find((l) => l.currency !== base && l.amounts[0] !== '0')!;
    const month = grid.months[0]!;
    const rates = await session.call('fx/list-rates', {});
    const rate = rates.find(
      (r) =>
        r.period === month &&
        ((r.from === foreign.currency && r.to === base) || (r.from === base && r.to === foreign.currency)),
    )!;
    await session.call('fx/delete-rates', { keys: [{ from: rate.from, to: rate.to, period: month }] });

    const error = page.getByTestId('summary-error');
    await error.waitFor();
    const message = await error.innerText();
    expect(message).toContain(`No budget FX rate for ${foreign.currency}/${base} in ${month}.`);
    expect(message).toContain('Setup → FX rates');
    expect(await page.getByTestId('summary-kpis').count()).toBe(0);

    // The link lands on the FX rates tab, where the missing month is named again.
    await page.getByTestId('summary-open-setup').click();
    await page.getByTestId('fx-rates').waitFor();
    expect(await page.getByTestId('setup-tab-fx').getAttribute('aria-selected')).toBe('true');

    await session.call('journal/undo', {});
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('summary-kpis').waitFor();
    expect(await error.count()).toBe(0);
  });
});
