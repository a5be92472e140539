import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriversView } from '../../src-shared/model/drivers';
import { startApp, type AppHarness } from './harness';
import { eventually, pasteText } from './budget-page';

const GRID = '[data-testid="driver-months-grid"]';

describe('the drivers screen', () => {
  let app: AppHarness;
  let scenarioId: string;
  let fiscalYear: number;
  const view = (): Promise<DriversView> => app.session.call('drivers/view', { scenarioId, fiscalYear });
  /** The stored budget amounts of a line for the fiscal year, as the budget grid reads them. */
  const amounts = async (lineId: string) => {
    const grid = await app.session.call('budget/get-grid', { scenarioId, fiscalYear });
    return grid.lines.find((l) => l.id === lineId)!.amounts;
  };
  const undo = async () => {
    const before = (await app.session.call('journal/get-undo-state', {})).seq;
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await app.session.call('journal/get-undo-state', {})).seq > before, true);
  };

  beforeAll(async () => {
    app = await startApp();
    const info = await app.session.call('workbook/get-info', {});
    const scenarios = await app.session.call('scenario/list', {});
    scenarioId = scenarios.find((s) => s.kind === 'baseline')!.id;
    fiscalYear = info.currentFiscalYear;
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('nav-drivers').click();
    await app.page.getByTestId('drivers-screen').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the drivers and the scenario’s driver-based lines with their fixed, variable and step parts', async () => {
    const { page } = app;
    const v = await view();
    for (const d of v.drivers) await page.getByTestId(`driver-item-${d.driver.code}`).waitFor();
    expect(v.lines.length).toBeGreaterThanOrEqual(2);
    for (const l of v.lines) {
      await page.getByTestId(`driver-line-${l.model.lineId}`).waitFor();
      const row = page.locator(`[data-testid="driver-lines-grid"] .ag-row[row-id="${l.model.lineId}:total"]`);
      await row.first().waitFor();
      // What the screen shows is what the budget holds.
      expect(l.months.map((m) => m.total)).toEqual(await amounts(l.model.lineId));
    }
    await page.locator('[data-testid="driver-cost-chart"] canvas').first().waitFor();
  });

  it('pastes a column of plan values from Excel and the laptop line’s budget follows the engine', async () => {
    const { page } = app;
    await page.getByTestId('driver-item-LAPTOPS').click();
    const before = await view();
    const laptops = before.drivers.find((d) => d.driver.code === 'LAPTOPS')!;
    const open = laptops.points.filter((p) => p.actual === null).map((p) => p.month);
    expect(open.length).toBeGreaterThanOrEqual(1);
    const first = open[0]!;
    await page.locator(`${GRID} .ag-row[row-id="${first}"] .ag-cell[col-id="plan"]`).click();
    // A cell that cannot be read is named in the preview and nothing is applied.
    await pasteText(page, '2.500,5\nabc');
    const dialog = page.getByTestId('driver-paste-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('driver-paste-problems').innerText()).toMatch(/Row 2, column 1 “abc”: not a number/);
    expect(await page.getByTestId('driver-paste-apply').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.locator(`${GRID} .ag-row[row-id="${first}"] .ag-cell[col-id="plan"]`).click();
    await pasteText(page, open.length > 1 ? '2.500,5\n2.600' : '2.500,5');
    await dialog.waitFor();
    await page.getByTestId('driver-paste-apply').click();
    await eventually(
      async () =>
        (await view()).drivers.find((d) => d.driver.code === 'LAPTOPS')!.points.find((p) => p.month === first)!.plan,
      '2500.5',
    );
    const after = await view();
    const line = after.lines.find((l) => l.driverCode === 'LAPTOPS')!;
    const month = line.months.find((m) => m.month === first)!;
    expect(month.driverValue).toBe('2500.5');
    expect(await amounts(line.model.lineId)).toEqual(line.months.map((m) => m.total));
    await page
      .locator(`${GRID} .ag-row[row-id="${first}"] .ag-cell[col-id="plan"]`)
      .filter({ hasText: '2500.5' })
      .waitFor();

    await undo();
    expect((await view()).lines).toEqual(before.lines);
  });

  it('adds a growth assumption that recomputes the lines, and undo takes it back', async () => {
    const { page } = app;
    const before = await view();
    const costed = before.lines[0]!;
    const users = before.drivers.find((d) => d.driver.id === costed.model.driverId)!;
    const from = before.months[0]!;
    await page.getByTestId('assumption-new-driver').selectOption(users.driver.id);
    await page.getByTestId('assumption-new-from').fill(from);
    await page.getByTestId('assumption-new-growth').fill('25');
    await page.getByTestId('assumption-new-save').click();
    await eventually(
      async () => (await view()).assumptions.map((a) => [a.driverId, a.fromMonth, a.annualGrowth]),
      [[users.driver.id, from, '25']],
    );
    const after = await view();
    const line = after.lines.find((l) => l.model.lineId === costed.model.lineId)!;
    // The driver grows from the first month, so the variable part (and the budget) rises; the fixed part does not.
    expect(Number(line.totals.variable)).toBeGreaterThan(Number(costed.totals.variable));
    expect(line.totals.fixed).toBe(costed.totals.fixed);
    expect(await amounts(line.model.lineId)).toEqual(line.months.map((m) => m.total));
    await page.getByTestId(`assumption-${after.assumptions[0]!.id}`).waitFor();
    await undo();
    expect(await view()).toEqual(before);
  });

  it('refuses a negative unit rate at the field and writes nothing', async () => {
    const { page } = app;
    const seq = (await app.session.call('journal/get-undo-state', {})).seq;
    const v = await view();
    await page.getByTestId('driver-line-edit').first().click();
    await page.getByTestId('attach-line-dialog').waitFor();
    await page.getByTestId('attach-line-rate').fill('-3');
    await page.getByTestId('attach-line-save').click();
    const err = page.locator('.field-invalid', { has: page.getByTestId('attach-line-rate') }).getByRole('alert');
    await err.waitFor();
    expect(await err.innerText()).toMatch(/unitRate -3 is negative/);
    expect((await app.session.call('journal/get-undo-state', {})).seq).toBe(seq);
    await page.keyboard.press('Escape');
    await page.getByTestId('attach-line-dialog').waitFor({ state: 'detached' });
    expect(await view()).toEqual(v);
  });

  it('escalates a line’s unit rate by a contract rule picked in the dialog, and undo takes it back', async () => {
    const { page } = app;
    const before = await view();
    const line = before.lines[0]!;
    await page.getByTestId('driver-line-edit').first().click();
    const dialog = page.getByTestId('attach-line-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('escalation-kind').selectOption('annual-percent');
    await dialog.getByTestId('escalation-percent').fill('7');
    await dialog.getByTestId('escalation-first-increase').fill(`${fiscalYear}-07-01`);
    await dialog.getByTestId('attach-line-save').click();
    await dialog.waitFor({ state: 'detached' });
    const after = await view();
    const saved = after.lines.find((l) => l.model.lineId === line.model.lineId)!;
    expect(saved.model.escalation).toEqual({
      kind: 'annual-percent',
      percent: '7',
      firstIncrease: `${fiscalYear}-07-01`,
    });
    // The rate rises from July on, and the budget holds what the engine computed with it.
    const rateOf = (l: typeof line, m: string) => l.months.find((c) => c.month === m)?.unitRate;
    expect(saved.months.some((c) => c.unitRate !== rateOf(line, c.month))).toBe(true);
    const grid = await app.session.call('budget/get-grid', { scenarioId, fiscalYear });
    const stored = grid.lines.find((l) => l.id === line.model.lineId)!.amounts;
    for (const c of saved.months) {
      const i = grid.months.indexOf(c.month);
      if (i >= 0) expect(stored[i]).toBe(c.total);
    }
    await undo();
    expect(await view()).toEqual(before);
  });

  it('logged no console errors along the way', () => {
    expect(app.errors).toEqual([]);
  });
});
