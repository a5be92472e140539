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
  hideCommitted,
  typeIntoCell,
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
    // Manual lines and their totals alone (committed rows: budget-committed.test.ts).
    await hideCommitted(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('recomputes subtotals and the grand total from the lines a column filter leaves', async () => {
    const { page } = app;
    const word = 'Travel';
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

  it('keeps a filtered subtotal and the grand total right after an edit under the filter, and after its undo', async () => {
    const { page } = app;
    await page.getByTestId('budget-search').fill('');
    // Back to the cost-center order, so the edit updates the row in place.
    const ccHeader = page.locator('[role="columnheader"][col-id="costCenter"] .ag-header-cell-label');
    await ccHeader.click();
    await eventually(
      async () => page.locator('[role="columnheader"][col-id="costCenter"]').getAttribute('aria-sort'),
      'ascending',
    );
    const word = 'Travel';
    await page.locator('[data-testid="budget-grid"] input[aria-label="Description Filter Input"]').fill(word);
    const matching = grid.lines.filter((l) => l.description.includes(word) && l.currency === base);
    const target = matching[0]!;
    const others = matching.filter((l) => l.costCenterId === target.costCenterId && l.id !== target.id);
    await eventually(async () => (await displayedRowIds(page)).includes(target.id), true);
    const col = `m:${grid.months[1]}`;
    const subtotal = `subtotal:${target.costCenterId}`;
    const shown = {
      sub: await cellText(page, subtotal, col),
      subTotal: await cellText(page, subtotal, 'total'),
      grand: (await grandTotalCell(page, 'total').innerText()).trim(),
    };
    const sumOf = (lines: typeof matching, pick: (l: (typeof matching)[number]) => string) =>
      formatMoney(sumMoney(lines.map(pick)), 2);
    expect(shown.sub).toBe(sumOf([target, ...others], (l) => l.amounts[1]!));

    await typeIntoCell(page, target.id, col, '98765.43');
    const edited = { ...target, amounts: target.amounts.map((a, i) => (i === 1 ? '98765.43' : a)) };
    edited.total = sumMoney(edited.amounts);
    const filteredNow = matching.map((l) => (l.id === target.id ? edited : l));
    await eventually(
      () => cellText(page, subtotal, col),
      sumOf([edited, ...others], (l) => l.amounts[1]!),
    );
    expect(await cellText(page, subtotal, 'total')).toBe(sumOf([edited, ...others], (l) => l.total));
    expect((await grandTotalCell(page, 'total').innerText()).trim()).toBe(sumOf(filteredNow, (l) => l.total));

    await page.getByTestId('undo').click();
    await eventually(() => cellText(page, subtotal, col), shown.sub);
    expect(await cellText(page, subtotal, 'total')).toBe(shown.subTotal);
    expect((await grandTotalCell(page, 'total').innerText()).trim()).toBe(shown.grand);
    await page.getByText('Clear filters').click();
  });

  it('moves an edited line to its place when the grid is sorted by the year total, with its group', async () => {
    const { page } = app;
    const header = page.locator('[role="columnheader"][col-id="total"] .ag-header-cell-label');
    await header.click();
    await header.click();
    await eventually(
      async () => page.locator('[role="columnheader"][col-id="total"]').getAttribute('aria-sort'),
      'descending',
    );
    const lines = (await displayedRowIds(page)).filter((id) => !id.startsWith('subtotal:'));
    // A line on screen, so the grid does not scroll to reach it.
    const target = lines[10]!;
    await typeIntoCell(page, target, `m:${grid.months[0]}`, '99999999');
    await eventually(async () => (await displayedRowIds(page))[0], target);
    const ids = await displayedRowIds(page);
    const ccOf = new Map(grid.lines.map((l) => [l.id, l.costCenterId]));
    // Its whole group comes first, closed by its own subtotal (when that is on screen).
    const firstSubtotal = ids.findIndex((id) => id.startsWith('subtotal:'));
    const group = firstSubtotal < 0 ? ids : ids.slice(0, firstSubtotal);
    expect(group.every((id) => ccOf.get(id) === ccOf.get(target))).toBe(true);
    if (firstSubtotal >= 0) expect(ids[firstSubtotal]).toBe(`subtotal:${ccOf.get(target)}`);
  });
});
