import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { addMoney, formatMoney, subMoney } from '../../src-shared/money';
import { defaultView, eventually } from './budget-page';

describe('scenarios', () => {
  let app: AppHarness;
  const scenarioNames = async () => (await app.session.call('scenario/list', {})).map((s) => s.name);

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('nav-scenarios').click();
    await app.page.getByTestId('scenario-table').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a scenario from the baseline and compares the two side by side', async () => {
    const { page, session } = app;
    const view = await defaultView(session);
    await page.getByTestId('new-scenario').click();
    const dialog = page.getByTestId('scenario-dialog');
    await dialog.getByTestId('scenario-name').fill('Vendor squeeze');
    await dialog.getByTestId('scenario-submit').click();
    await page.locator('[data-testid="scenario-row"][data-name="Vendor squeeze"]').waitFor();
    const created = (await session.call('scenario/list', {})).find((s) => s.name === 'Vendor squeeze')!;
    expect(created.copiedFromId).toBe(view.scenarioId);
    await expect(
      page.getByTestId('scenario-picker').locator('option', { hasText: 'Vendor squeeze' }).count(),
    ).resolves.toBe(1);

    // Compare baseline (A) with the copy (B): equal until the copy changes.
    await page.getByTestId('compare-a').selectOption(view.scenarioId);
    await page.getByTestId('compare-b').selectOption(created.id);
    await eventually(() => page.getByTestId('compare-difference').innerText(), '0.00');

    // Cut one line of the copy by 1,000.25 (from outside the UI: the view follows the change event).
    const copy = await session.call('budget/get-grid', { scenarioId: created.id, fiscalYear: view.fiscalYear });
    const line = copy.lines[0]!;
    await session.call('budget/set-cells', {
      fiscalYear: view.fiscalYear,
      cells: [{ lineId: line.id, month: copy.months[0]!, amount: subMoney(line.amounts[0]!, '1000.25') }],
    });
    await eventually(() => page.getByTestId('compare-difference').innerText(), '(1,000.25)');
    const cmp = await session.call('scenario/compare', {
      scenarioA: view.scenarioId,
      scenarioB: created.id,
      fiscalYear: view.fiscalYear,
    });
    expect(cmp.difference).toBe('-1000.25');
    expect(addMoney(cmp.totalA, cmp.difference)).toBe(cmp.totalB);
    const totals = await page.getByTestId('compare-totals').innerText();
    expect(totals).toContain(formatMoney(cmp.totalA, 2));
    expect(totals).toContain(formatMoney(cmp.totalB, 2));
    // The line's own difference shows in the compare grid.
    await page
      .getByTestId('compare-grid')
      .locator('.ag-cell[col-id="diff"]', { hasText: '(1,000.25)' })
      .first()
      .waitFor();
    await page.getByTestId('compare-chart').locator('canvas').waitFor();
  });

  it('renames a scenario', async () => {
    const { page } = app;
    const row = page.locator('[data-testid="scenario-row"][data-name="Vendor squeeze"]');
    await row.getByTestId('rename-scenario').click();
    const dialog = page.getByTestId('scenario-dialog');
    await dialog.getByTestId('scenario-name').fill('Vendor squeeze v2');
    await dialog.getByTestId('scenario-submit').click();
    await page.locator('[data-testid="scenario-row"][data-name="Vendor squeeze v2"]').waitFor();
    expect(await scenarioNames()).toContain('Vendor squeeze v2');
  });

  it('deletes a scenario only after confirmation', async () => {
    const { page } = app;
    const row = page.locator('[data-testid="scenario-row"][data-name="Vendor squeeze v2"]');
    await row.getByTestId('delete-scenario').click();
    await page.getByTestId('confirm-dialog').getByText('Cancel').click();
    expect(await scenarioNames()).toContain('Vendor squeeze v2');

    await row.getByTestId('delete-scenario').click();
    await page.getByTestId('confirm-ok').click();
    await row.waitFor({ state: 'detached' });
    expect(await scenarioNames()).not.toContain('Vendor squeeze v2');
  });
});
