import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkbookSession } from '../../src-main/services/session-api';

/** Wide enough that every budget column is rendered (ag-grid virtualises columns). */
export const WIDE_VIEWPORT = { width: 2900, height: 1100 };

const GRID = '[data-testid="budget-grid"]';

/** The scenario and year the budget screen opens on: the baseline and the current fiscal year. */
export async function defaultView(session: WorkbookSession) {
  const info = await session.call('workbook/get-info', {});
  const scenarios = await session.call('scenario/list', {});
  const baseline = scenarios.find((s) => s.kind === 'baseline')!;
  return { scenarioId: baseline.id, fiscalYear: info.currentFiscalYear };
}

export async function waitForBudgetGrid(page: Page): Promise<void> {
  await page.waitForSelector(`${GRID} .ag-row[row-id^="subtotal:"]`, { timeout: 60_000 });
}

/** Displayed rows (lines and subtotals) in order, as row ids. */
export async function displayedRowIds(page: Page): Promise<string[]> {
  return page.$$eval(`${GRID} .ag-row[row-index]:not(.ag-row-pinned)`, (rows) =>
    rows
      .map((r) => ({
        id: r.getAttribute('row-id') ?? '',
        idx: Number(r.getAttribute('row-index')),
        pinned: r.closest('.ag-grid-pinned-bottom-rows') !== null,
      }))
      .filter((r) => !r.pinned && !Number.isNaN(r.idx))
      .sort((a, b) => a.idx - b.idx)
      .map((r) => r.id),
  );
}

export function cell(page: Page, rowId: string, colId: string) {
  return page.locator(`${GRID} .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

export function grandTotalCell(page: Page, colId: string) {
  return page.locator(`${GRID} .ag-grid-pinned-bottom-rows .ag-row[row-id="grand-total"] .ag-cell[col-id="${colId}"]`);
}

export async function cellText(page: Page, rowId: string, colId: string): Promise<string> {
  return (await cell(page, rowId, colId).innerText()).trim();
}

/** Start editing a cell with F2 (Enter moves down, as in Excel), replace its text, commit with Enter. */
export async function typeIntoCell(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  await cell(page, rowId, colId).click();
  await page.keyboard.press('F2');
  const editor = page.locator(`${GRID} .ag-cell-inline-editing input`);
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

/** Dispatch a real paste event, as Excel's clipboard would deliver it, at the focused cell. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** Poll until `read` returns `expected` (the UI updates after a round trip). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(last).toEqual(expected);
}

/** Dispatch a real copy event at the focused element and return the text put on the clipboard. */
export async function copyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dt = new DataTransfer();
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('text/plain');
  });
}
