import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-shared/money';
import type { BudgetGridLine } from '../../src-shared/model';
import { startApp, type AppHarness } from './harness';
import { WIDE_VIEWPORT, cell, cellText, defaultView, eventually, typeIntoCell, waitForBudgetGrid } from './budget-page';

const GRID = '[data-testid="budget-grid"]';

describe('driver-costed lines in the budget grid', () => {
  let app: AppHarness;
  let view: { scenarioId: string; fiscalYear: number };
  let costed: BudgetGridLine;
  let month: string;

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    view = await defaultView(app.session);
    const grid = await app.session.call('budget/get-grid', view);
    costed = grid.lines.find((l) => l.driver !== undefined)!;
    expect(costed).toBeDefined();
    const d = costed.driver!;
    month = grid.months.find((m) => m >= d.startMonth && (d.endMonth === null || m <= d.endMonth))!;
    await waitForBudgetGrid(app.page);
    await app.page.getByTestId('budget-search').fill(costed.description);
    await eventually(async () => (await app.page.locator(`${GRID} .ag-row[row-id="${costed.id}"]`).count()) > 0, true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the driver badge on the line and its computed months as such', async () => {
    const badge = app.page.locator(`${GRID} .ag-row[row-id="${costed.id}"] [data-testid="driver-badge"]`);
    expect(await badge.innerText()).toBe(`Driver ${costed.driver!.code}`);
    expect(await cell(app.page, costed.id, `m:${month}`).getAttribute('class')).toContain('cell-driver');
  });

  it('refuses typing over a computed month, naming the driver and where to change it, and writes nothing', async () => {
    const { page } = app;
    const seq = (await app.session.call('journal/get-undo-state', {})).seq;
    const i = (await app.session.call('budget/get-grid', view)).months.indexOf(month);
    const shown = await cellText(page, costed.id, `m:${month}`);
    await cell(page, costed.id, `m:${month}`).click();
    await page.keyboard.press('5');
    const error = page.getByTestId('grid-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(`Costed from driver ${costed.driver!.code}`);
    expect(await error.innerText()).toContain('Drivers screen');
    expect(await page.locator(`${GRID} .ag-cell-inline-editing`).count()).toBe(0);
    expect((await app.session.call('journal/get-undo-state', {})).seq).toBe(seq);
    expect(await cellText(page, costed.id, `m:${month}`)).toBe(shown);
    expect(shown).toBe(costed.amounts[i] === '0' ? '' : formatMoney(costed.amounts[i]!, 2));
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it('still takes a typed amount on an ordinary line', async () => {
    const grid = await app.session.call('budget/get-grid', view);
    const plain = grid.lines.find((l) => l.driver === undefined && l.currency === costed.currency)!;
    await app.page.getByTestId('budget-search').fill(plain.description);
    await eventually(async () => (await app.page.locator(`${GRID} .ag-row[row-id="${plain.id}"]`).count()) > 0, true);
    await typeIntoCell(app.page, plain.id, `m:${grid.months[0]}`, '1234.5');
    await eventually(
      async () => (await app.session.call('budget/get-grid', view)).lines.find((l) => l.id === plain.id)!.amounts[0],
      '1234.5',
    );
  });
});
