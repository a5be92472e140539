import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { formatMoney, sumMoney } from '../../src-shared/money';
import type { BudgetGrid } from '../../src-shared/model';
import {
  WIDE_VIEWPORT,
  cellText,
  defaultView,
  displayedRowIds,
  eventually,
  grandTotalCell,
  waitForBudgetGrid,
} from './budget-page';

describe('budget grid filter and sort', () => {
  let app: AppHarness;
  let grid: BudgetGrid;
  let base: string;

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    grid = await app.session.call('budget/get-grid', await defaultView(app.session));
    base = (await app.session.call('workbook/get-info', {})).settings.baseCurrency;
    await waitForBudgetGrid(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('recomputes subtotals and the grand total from the lines a column filter leaves', async () => {
    const { page } = app;
    const word = 'Colocation';
    const matching = grid.lines.filter((l) => l.description.toLowerCase().includes(word.toLowerCase()));
    expect(matching.length).toBeGreaterThan(1);
    await page.locator('[data-testid="budget-grid"] input[aria-label="Description Filter Input"]').fill(word);

    const expectedIds = new Set([...matching.map((l) => l.id), ...matching.map((l) => `subtotal:${l.costCenterId}`)]);
    await eventually(async () => new Set(await displayedRowIds(page)).size, expectedIds.size);
    expect(new Set(await displayedRowIds(page))).toEqual(expectedIds);

    for (const cc of new Set(matching.map((l) => l.costCenterId))) {
      const inGroup = matching.filter((l) => l.costCenterId === cc && l.currency === base);
      expect(await cellText(page, `subtotal:${cc}`, 'total')).toBe(
        formatMoney(sumMoney(inGroup.map((l) => l.total)), 2),
      );
    }
    const shownGrand = (await grandTotalCell(page, 'total').innerText()).trim();
    expect(shownGrand).toBe(formatMoney(sumMoney(matching.filter((l) => l.currency === base).map((l) => l.total)), 2));

    await page.getByText('Clear filters').click();
    await eventually(
      async () => (await grandTotalCell(page, 'total').innerText()).trim(),
      formatMoney(sumMoney(grid.lines.filter((l) => l.currency === base).map((l) => l.total)), 2),
    );
  });

  it('keeps every subtotal right after its own lines when sorted by the year total', async () => {
    const { page } = app;
    const header = page.locator('[role="columnheader"][col-id="total"] .ag-header-cell-label');
    await header.click();
    await header.click();
    await eventually(
      async () => page.locator('[role="columnheader"][col-id="total"]').getAttribute('aria-sort'),
      'descending',
    );
    const ids = await displayedRowIds(page);
    const ccOf = new Map(grid.lines.map((l) => [l.id, l.costCenterId]));
    let group: string | null = null;
    for (const id of ids) {
      if (id.startsWith('subtotal:')) {
        expect(id).toBe(`subtotal:${group}`);
        group = null;
      } else {
        group ??= ccOf.get(id)!;
        expect(ccOf.get(id)).toBe(group);
      }
    }
    // The group holding the largest line comes first, that line at its top.
    const largest = [...grid.lines].sort((a, b) => Number(b.total) - Number(a.total))[0]!;
    expect(ids[0]).toBe(largest.id);
  });

  it('finds lines with the search box and keeps their subtotals', async () => {
    const { page } = app;
    const vendor = grid.lines.find((l) => l.vendorId)!;
    const dims = await app.session.call('dimensions/get-all', {});
    const name = dims.vendors.find((v) => v.id === vendor.vendorId)!.name;
    await page.getByTestId('budget-search').fill(name);
    const matching = new Set(
      grid.lines
        .filter((l) => l.vendorId === vendor.vendorId || l.description.toLowerCase().includes(name.toLowerCase()))
        .map((l) => l.id),
    );
    const linesShown = async () => (await displayedRowIds(page)).filter((id) => !id.startsWith('subtotal:'));
    await eventually(async () => (await linesShown()).every((id) => matching.has(id)), true);
    const shown = await linesShown();
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown)
      expect(await displayedRowIds(page)).toContain(`subtotal:${grid.lines.find((l) => l.id === id)!.costCenterId}`);
  });
});
