import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import type { BudgetGrid } from '../../src-shared/model';
import { formatMoney } from '../../src-shared/money';
import { parseClipboardTable } from '../../src-shared/budget';
import { monthLabel } from '../../src-shared/calendar/fiscal';
import {
  WIDE_VIEWPORT,
  cell,
  cellText,
  copyText,
  defaultView,
  displayedRowIds,
  eventually,
  pasteText,
  waitForBudgetGrid,
} from './budget-page';

/** Excel copies a block as tab-separated rows ending in CRLF, with a trailing line break. */
const EXCEL_BLOCK = '1,234.50\t(500)\t2,000\t0.25\r\n10\t-20\t"3,000.75"\t(1,000.01)\r\n7\t8\t9\t12,345,678.99\r\n';
const SHOWN = [
  ['1,234.50', '(500.00)', '2,000.00', '0.25'],
  ['10.00', '(20.00)', '3,000.75', '(1,000.01)'],
  ['7.00', '8.00', '9.00', '12,345,678.99'],
];
const STORED = [
  ['1234.5', '-500', '2000', '0.25'],
  ['10', '-20', '3000.75', '-1000.01'],
  ['7', '8', '9', '12345678.99'],
];

describe('pasting a block from Excel', () => {
  let app: AppHarness;
  let view: { scenarioId: string; fiscalYear: number };
  let before: BudgetGrid;
  let lineIds: string[];
  let cols: string[];

  const shownBlock = () => Promise.all(lineIds.map((id) => Promise.all(cols.map((c) => cellText(app.page, id, c)))));
  const storedBlock = async () => {
    const g = await app.session.call('budget/get-grid', view);
    return lineIds.map((id) => {
      const l = g.lines.find((x) => x.id === id)!;
      return [1, 2, 3, 4].map((i) => l.amounts[i]!);
    });
  };

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    view = await defaultView(app.session);
    before = await app.session.call('budget/get-grid', view);
    await waitForBudgetGrid(app.page);
    // The first three budget lines in displayed order (subtotal rows are skipped), months 2–5.
    lineIds = (await displayedRowIds(app.page)).filter((id) => !id.startsWith('subtotal:')).slice(0, 3);
    cols = before.months.slice(1, 5).map((m) => `m:${m}`);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('fills 3 lines × 4 months in one command, with separators and parentheses read', async () => {
    const { page } = app;
    const seqBefore = (await app.session.call('journal/get-undo-state', {})).seq;
    await cell(page, lineIds[0]!, cols[0]!).click();
    await pasteText(page, EXCEL_BLOCK);

    await eventually(shownBlock, SHOWN);
    expect(await storedBlock()).toEqual(STORED);
    const undo = await app.session.call('journal/get-undo-state', {});
    expect(undo.seq).toBe(seqBefore + 1);
    expect(await page.getByTestId('grid-info').innerText()).toContain('Pasted 12 cells');
  });

  it('restores the values with the Undo button and again with Ctrl+Z after a redo', async () => {
    const { page } = app;
    const original = lineIds.map((id) => {
      const l = before.lines.find((x) => x.id === id)!;
      return [1, 2, 3, 4].map((i) => l.amounts[i]!);
    });
    const originalShown = original.map((r) => r.map((m) => formatMoney(m, 2)));
    expect(originalShown).not.toEqual(SHOWN);
    expect(await page.getByTestId('undo').innerText()).toContain('Undo Edit 12 cells');

    await page.getByTestId('undo').click();
    await eventually(shownBlock, originalShown);
    expect(await storedBlock()).toEqual(original);

    await page.getByTestId('redo').click();
    await eventually(shownBlock, SHOWN);

    await cell(page, lineIds[1]!, cols[1]!).click();
    await page.keyboard.press('Control+z');
    await eventually(shownBlock, originalShown);
    expect(await storedBlock()).toEqual(original);

    await page.keyboard.press('Control+Shift+z');
    await eventually(shownBlock, SHOWN);
  });

  it('keeps the pasted values after a reload of the page', async () => {
    const { page } = app;
    await page.reload();
    await waitForBudgetGrid(page);
    await eventually(shownBlock, SHOWN);
    expect(await storedBlock()).toEqual(STORED);
  });

  it('copies a cell, and selected lines with a header row, as text Excel reads back', async () => {
    const { page } = app;
    await cell(page, lineIds[2]!, cols[3]!).click();
    expect(await copyText(page)).toBe('12345678.99\r\n');

    await page.locator(`[data-testid="budget-grid"] .ag-row[row-id="${lineIds[1]}"] input[type="checkbox"]`).check();
    await cell(page, lineIds[1]!, cols[0]!).click();
    const rows = parseClipboardTable(await copyText(page));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(-13, -12)).toEqual([monthLabel(before.months[0]!)]);
    // 7 dimension columns and Source, then the months.
    expect(rows[1]![7]).toBe('Manual');
    expect(rows[1]!.slice(9, 13)).toEqual(STORED[1]);
    await page.locator(`[data-testid="budget-grid"] .ag-row[row-id="${lineIds[1]}"] input[type="checkbox"]`).uncheck();
  });

  it('refuses a block with a bad cell, naming it, and writes nothing', async () => {
    const { page } = app;
    const seqBefore = (await app.session.call('journal/get-undo-state', {})).seq;
    await cell(page, lineIds[0]!, cols[0]!).click();
    await pasteText(page, '1\t2\r\n3\tabc\r\n');
    const error = page.getByTestId('grid-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/Nothing was pasted: .* "abc" is not an amount/);
    expect((await app.session.call('journal/get-undo-state', {})).seq).toBe(seqBefore);
    expect(await storedBlock()).toEqual(STORED);
  });
});
