import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { D, sumMoney } from '../../src-shared/money';
import {
  WIDE_VIEWPORT,
  cell,
  cellText,
  defaultView,
  displayedRowIds,
  eventually,
  typeIntoCell,
  waitForBudgetGrid,
} from './budget-page';

describe('budget lines', () => {
  let app: AppHarness;
  let view: { scenarioId: string; fiscalYear: number };
  const lines = async () => (await app.session.call('budget/get-grid', view)).lines;
  const rowCheckbox = (id: string) =>
    app.page.locator(`[data-testid="budget-grid"] .ag-row[row-id="${id}"] input[type="checkbox"]`);

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    view = await defaultView(app.session);
    await waitForBudgetGrid(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adds a line whose CapEx/OpEx follows the chosen account', async () => {
    const { page, session } = app;
    const dims = await session.call('dimensions/get-all', {});
    const capexAccount = dims.accounts.find((a) => a.expenseType === 'CapEx')!;
    const before = await lines();
    await page.getByTestId('add-line').click();
    const dialog = page.getByTestId('add-line-dialog');
    await dialog.getByTestId('add-line-cost-center').selectOption(dims.costCenters[0]!.id);
    await dialog.getByTestId('add-line-service').selectOption(dims.services[0]!.id);
    await dialog.getByTestId('add-line-account').selectOption(capexAccount.id);
    expect(await dialog.getByTestId('add-line-expense-type').inputValue()).toBe('CapEx');
    await dialog.getByTestId('add-line-description').fill('Storage array refresh');
    await dialog.getByTestId('add-line-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const after = await lines();
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((l) => l.description === 'Storage array refresh')!;
    expect(added.expenseType).toBe('CapEx');
    await cell(page, added.id, 'description').waitFor();
    expect(await cellText(page, added.id, 'expenseType')).toBe('CapEx');
  });

  it('renames a line by editing its description in the grid', async () => {
    const { page } = app;
    const id = (await lines()).find((l) => l.description === 'Storage array refresh')!.id;
    await typeIntoCell(page, id, 'description', 'Storage array refresh (Q3)');
    await eventually(async () => (await lines()).find((l) => l.id === id)!.description, 'Storage array refresh (Q3)');
    // The stored line can be read before the grid has applied the command's answer.
    await eventually(() => cellText(page, id, 'description'), 'Storage array refresh (Q3)');
    await typeIntoCell(page, id, 'description', 'Storage array refresh');
    await eventually(async () => (await lines()).find((l) => l.id === id)!.description, 'Storage array refresh');
    await eventually(() => cellText(page, id, 'description'), 'Storage array refresh');
  });

  it('spreads an annual amount evenly and shows that the months add up', async () => {
    const { page } = app;
    const id = (await lines()).find((l) => l.description === 'Storage array refresh')!.id;
    await page.locator(`[data-testid="budget-grid"] .ag-row[row-id="${id}"] [data-testid="spread-line"]`).click();
    const panel = page.getByTestId('spread-panel');
    await panel.getByTestId('spread-annual').fill('100,000.01');
    expect(await panel.getByTestId('spread-total').innerText()).toBe('100,000.01');
    expect(await panel.getByTestId('spread-check').innerText()).toContain('add up exactly to 100,000.01');
    await panel.getByTestId('spread-apply').click();
    await eventually(() => cellText(page, id, 'total'), '100,000.01');
    const line = (await lines()).find((l) => l.id === id)!;
    expect(sumMoney(line.amounts)).toBe('100000.01');
    expect(new Set(line.amounts.map((a) => a.replace(/\d$/, ''))).size).toBe(1);
  });

  it('spreads by a seasonal profile and by last year grown by a percentage', async () => {
    const { page } = app;
    const id = (await lines()).find((l) => l.description === 'Storage array refresh')!.id;
    const panel = page.getByTestId('spread-panel');
    await panel.getByTestId('spread-method-profile').click();
    await panel.getByTestId('spread-profile').selectOption('fy-end');
    await panel.getByTestId('spread-annual').fill('60000');
    await panel.getByTestId('spread-apply').click();
    await eventually(async () => {
      const l = (await lines()).find((x) => x.id === id)!;
      return [sumMoney(l.amounts), Number(l.amounts[11]) > Number(l.amounts[0])];
    }, ['60000', true]);

    // Next year, from this year's amounts of a line, grown by 10 %.
    const next = { ...view, fiscalYear: view.fiscalYear + 1 };
    const nextGrid = await app.session.call('budget/get-grid', next);
    const thisYear = await app.session.call('budget/get-grid', view);
    await page.getByTestId('fy-picker').selectOption(String(next.fiscalYear));
    await waitForBudgetGrid(page);
    // A line on screen (rows are virtualised) that has amounts this year.
    const onScreen = await displayedRowIds(page);
    const target = nextGrid.lines.find((l) => {
      const p = thisYear.lines.find((x) => x.id === l.id);
      return onScreen.includes(l.id) && p !== undefined && p.total !== '0' && p.currency === 'EUR';
    });
    expect(target).toBeDefined();
    const lastYear = thisYear.lines.find((x) => x.id === target!.id)!.total;
    await page
      .locator(`[data-testid="budget-grid"] .ag-row[row-id="${target!.id}"] [data-testid="spread-line"]`)
      .click();
    await panel.getByTestId('spread-method-previous-year').click();
    await panel.getByTestId('spread-growth').fill('10');
    await panel.getByTestId('spread-check').waitFor();
    expect(await panel.getByTestId('spread-check').innerText()).toContain('add up exactly');
    await panel.getByTestId('spread-apply').click();
    const expected = new D(lastYear).times('1.1').toDecimalPlaces(2).toString();
    await eventually(async () => {
      const g = await app.session.call('budget/get-grid', next);
      return new D(sumMoney(g.lines.find((x) => x.id === target!.id)!.amounts)).toString();
    }, expected);
    await page.getByTestId('fy-picker').selectOption(String(view.fiscalYear));
    await waitForBudgetGrid(page);
  });

  it('duplicates the selected lines and deletes them after confirmation', async () => {
    const { page } = app;
    const source = (await displayedRowIds(page)).filter((id) => !id.startsWith('subtotal:')).slice(0, 2);
    const before = await lines();
    for (const id of source) await rowCheckbox(id).check();
    await page.getByTestId('duplicate-lines').click();
    await eventually(async () => (await lines()).length, before.length + 2);
    const copies = (await lines()).filter((l) => !before.some((b) => b.id === l.id));
    expect(copies.map((c) => c.total).sort()).toEqual(
      before
        .filter((l) => source.includes(l.id))
        .map((l) => l.total)
        .sort(),
    );

    await page
      .locator('[data-testid="budget-grid"] .ag-header-cell input[type="checkbox"]')
      .first()
      .uncheck()
      .catch(() => undefined);
    for (const id of source) await rowCheckbox(id).uncheck();
    for (const c of copies) {
      await cell(page, c.id, 'description').waitFor();
      await rowCheckbox(c.id).check();
    }
    await page.getByTestId('delete-lines').click();
    await page.getByTestId('confirm-dialog').getByText('Cancel').click();
    expect((await lines()).length).toBe(before.length + 2);
    await page.getByTestId('delete-lines').click();
    await page.getByTestId('confirm-ok').click();
    await eventually(async () => (await lines()).length, before.length);
    await cell(page, copies[0]!.id, 'description').waitFor({ state: 'detached' });
  });
});
