import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { D, formatMoney, sumMoney } from '../../src-shared/money';
import { monthLabel } from '../../src-shared/calendar/fiscal';
import type { BudgetGrid } from '../../src-shared/model';
import {
  WIDE_VIEWPORT,
  cell,
  cellText,
  defaultView,
  displayedRowIds,
  eventually,
  grandTotalCell,
  hideCommitted,
  typeIntoCell,
  waitForBudgetGrid,
} from './budget-page';

const money = (m: string) => formatMoney(m, 2);

describe('budget grid', () => {
  let app: AppHarness;
  let grid: BudgetGrid;
  let view: { scenarioId: string; fiscalYear: number };
  let base: string;

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    view = await defaultView(app.session);
    base = (await app.session.call('workbook/get-info', {})).settings.baseCurrency;
    grid = await app.session.call('budget/get-grid', view);
    await waitForBudgetGrid(app.page);
    // Manual lines and their totals alone (committed rows: budget-committed.test.ts).
    await hideCommitted(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the demo with a subtotal row per cost center and the grand total pinned at the bottom', async () => {
    const { page } = app;
    expect(await page.getByTestId('workbook-name').innerText()).toContain('Northwind');
    const ids = await displayedRowIds(page);
    const firstSubtotal = ids.findIndex((id) => id.startsWith('subtotal:'));
    expect(firstSubtotal).toBeGreaterThan(0);
    // The first cost center's lines come first, then its subtotal, which adds them up.
    const cc = ids[firstSubtotal]!.slice('subtotal:'.length);
    const members = grid.lines.filter((l) => l.costCenterId === cc);
    expect(firstSubtotal).toBe(members.length);
    // Subtotals and the grand total add up base-currency lines; other currencies get their own total.
    const inBase = (l: { currency: string }) => l.currency === base;
    expect(await cellText(page, ids[firstSubtotal]!, 'total')).toBe(
      money(sumMoney(members.filter(inBase).map((l) => l.total))),
    );
    expect(await cellText(page, ids[firstSubtotal]!, 'costCenter')).toMatch(/^Total CC-/);
    expect(await grandTotalCell(page, 'total').innerText()).toBe(
      money(sumMoney(grid.lines.filter(inBase).map((l) => l.total))),
    );
    expect(await grandTotalCell(page, `m:${grid.months[0]}`).innerText()).toBe(
      money(sumMoney(grid.lines.filter(inBase).map((l) => l.amounts[0]!))),
    );
    const foreign = [...new Set(grid.lines.filter((l) => !inBase(l)).map((l) => l.currency))];
    for (const cur of foreign) {
      const row = page.locator(
        `[data-testid="budget-grid"] .ag-row[row-id="grand-total:${cur}"] .ag-cell[col-id="total"]`,
      );
      expect(await row.innerText()).toBe(
        money(sumMoney(grid.lines.filter((l) => l.currency === cur).map((l) => l.total))),
      );
    }
    // Month headers name the fiscal months.
    const header = page.locator(`[role="columnheader"][col-id="m:${grid.months[0]}"]`);
    expect(await header.innerText()).toContain(monthLabel(grid.months[0]!));
  });

  it('updates the row total, the cost-center subtotal and the grand total after a month edit', async () => {
    const { page } = app;
    const ids = await displayedRowIds(page);
    const lineId = ids.find((id) => grid.lines.find((l) => l.id === id)?.currency === base)!;
    const line = grid.lines.find((l) => l.id === lineId)!;
    const month = grid.months[2]!;
    const col = `m:${month}`;
    const subtotalId = `subtotal:${line.costCenterId}`;
    const before = {
      row: await cellText(page, lineId, 'total'),
      sub: await cellText(page, subtotalId, 'total'),
      grand: (await grandTotalCell(page, 'total').innerText()).trim(),
      subMonth: await cellText(page, subtotalId, col),
    };
    const delta = new D('1234.5').minus(line.amounts[2]!);
    const plus = (shown: string) =>
      money(
        new D(shown.replace(/[(),]/g, ''))
          .times(shown.startsWith('(') ? -1 : 1)
          .plus(delta)
          .toString(),
      );

    await typeIntoCell(page, lineId, col, '1,234.50');

    await eventually(() => cellText(page, lineId, col), '1,234.50');
    await eventually(() => cellText(page, lineId, 'total'), plus(before.row));
    await eventually(() => cellText(page, subtotalId, 'total'), plus(before.sub));
    await eventually(() => cellText(page, subtotalId, col), plus(before.subMonth));
    await eventually(async () => (await grandTotalCell(page, 'total').innerText()).trim(), plus(before.grand));
    const after = await app.session.call('budget/get-grid', view);
    expect(after.lines.find((l) => l.id === lineId)!.amounts[2]).toBe('1234.5');
  });

  it('refuses "abc" and "1.2.3" at the cell and writes nothing', async () => {
    const { page } = app;
    const ids = await displayedRowIds(page);
    const lineId = ids[1]!;
    const col = `m:${grid.months[4]}`;
    const shown = await cellText(page, lineId, col);
    const undoBefore = await app.session.call('journal/get-undo-state', {});

    await typeIntoCell(page, lineId, col, 'abc');
    const error = page.getByTestId('grid-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('"abc" is not an amount');
    expect(await error.innerText()).toContain('Nothing was saved');
    await expect(cell(page, lineId, col).getAttribute('class')).resolves.toContain('cell-invalid');
    expect(await cellText(page, lineId, col)).toBe(shown);

    await typeIntoCell(page, lineId, col, '1.2.3');
    await eventually(async () => (await error.innerText()).includes('more than one decimal separator'), true);

    const undoAfter = await app.session.call('journal/get-undo-state', {});
    expect(undoAfter.seq).toBe(undoBefore.seq);
    const after = await app.session.call('budget/get-grid', view);
    expect(after.lines.find((l) => l.id === lineId)!.amounts[4]).toBe(
      grid.lines.find((l) => l.id === lineId)!.amounts[4],
    );

    // A valid value afterwards clears the mark.
    await typeIntoCell(page, lineId, col, '(500)');
    await eventually(() => cellText(page, lineId, col), '(500.00)');
    await expect(cell(page, lineId, col).getAttribute('class')).resolves.not.toContain('cell-invalid');
    expect(await error.count()).toBe(0);
  });
});
