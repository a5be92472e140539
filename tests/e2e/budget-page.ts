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

/**
 * Wait until the grid shows its rows. A first cost center with more lines than a
 * screenful has its subtotal off screen (rows are virtualised), so any row will do.
 */
export async function waitForBudgetGrid(page: Page): Promise<void> {
  await page.waitForSelector(`${GRID} .ag-row[row-index]:not(.ag-row-pinned)`, { timeout: 60_000 });
}

/** Displayed manual lines and subtotals in order, as row ids (committed rows left out: see committedRowIds). */
export async function displayedRowIds(page: Page): Promise<string[]> {
  return (await allDisplayedRowIds(page)).filter((id) => !id.startsWith('committed:'));
}

/** Displayed read-only committed rows (contracts, invoices, assets) in order, as row ids. */
export async function committedRowIds(page: Page): Promise<string[]> {
  return (await allDisplayedRowIds(page)).filter((id) => id.startsWith('committed:'));
}

/** Hide the committed rows (toolbar toggle), for tests about manual lines and their totals alone. */
export async function hideCommitted(page: Page): Promise<void> {
  const toggle = page.getByTestId('toggle-committed');
  if (await toggle.isChecked()) await toggle.uncheck();
  await eventually(async () => (await committedRowIds(page)).length, 0);
}

async function allDisplayedRowIds(page: Page): Promise<string[]> {
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

/**
 * Record when the page sends each bridge request and when its answer arrives
 * (performance.now(), ms), so a test can tell time spent on the page from time spent
 * on the wire and in the service. Call before the page loads the app.
 */
export async function recordBridgeTimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const sent: { at: number; id: number; channel: string }[] = [];
    const answered = new Map<number, number>();
    Object.assign(window, { __bridgeTimes: { sent, answered } });
    const Native = window.WebSocket;
    const send = Native.prototype.send;
    Native.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      if (typeof data === 'string') {
        const m = JSON.parse(data) as { id?: number; channel?: string };
        if (m.id !== undefined) sent.push({ at: performance.now(), id: m.id, channel: m.channel ?? '' });
      }
      return send.call(this, data);
    };
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        // Added before the app's own handler, so it notes the arrival before any work on it.
        this.addEventListener('message', (e: MessageEvent) => {
          const m = JSON.parse(String(e.data)) as { id?: number };
          if (m.id !== undefined) answered.set(m.id, performance.now());
        });
      }
    };
  });
}

/** Where the time of one cell edit went, in ms (see measureCellEdit). */
export interface EditTiming {
  /** Enter pressed → request sent: the grid closing its editor and moving the focus. */
  keyToSend: number;
  /** Request sent → answer received: the wire and the service. */
  wire: number;
  /** Answer received → the cell shows the new value: the page's own work on the answer. */
  answerToCell: number;
  /** Answer received → the next frame after the cell changed has been painted. */
  answerToPaint: number;
  /** Enter pressed → that frame painted: what the user waits for. */
  keyToPaint: number;
}

/**
 * Edit a month cell (F2, type, Enter) and time it inside the page: needs
 * recordBridgeTimes before the app loaded. `shown` is the text the cell ends with.
 */
export async function measureCellEdit(
  page: Page,
  rowId: string,
  colId: string,
  text: string,
  shown: string,
): Promise<EditTiming> {
  await cell(page, rowId, colId).click();
  await page.keyboard.press('F2');
  const editor = page.locator(`${GRID} .ag-cell-inline-editing input`);
  await editor.waitFor();
  await editor.fill(text);
  await page.evaluate(
    ({ grid, rowId, colId, shown }) => {
      const done = new Promise((resolve) => {
        let pressed = 0;
        document.addEventListener('keydown', (e) => e.key === 'Enter' && (pressed ||= performance.now()), {
          capture: true,
          once: true,
        });
        const host = document.querySelector(grid)!;
        const observer = new MutationObserver(() => {
          const el = host.querySelector(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
          if (el?.textContent?.trim() !== shown) return;
          observer.disconnect();
          const changed = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve({ pressed, changed, painted: performance.now() }), 0));
        });
        observer.observe(host, { subtree: true, childList: true, characterData: true });
      });
      Object.assign(window, { __editDone: done });
    },
    { grid: GRID, rowId, colId, shown },
  );
  await page.keyboard.press('Enter');
  return page.evaluate(async () => {
    const w = window as unknown as {
      __editDone: Promise<{ pressed: number; changed: number; painted: number }>;
      __bridgeTimes: { sent: { at: number; id: number; channel: string }[]; answered: Map<number, number> };
    };
    const t = await w.__editDone;
    const req = w.__bridgeTimes.sent.find((s) => s.at >= t.pressed && s.channel === 'budget/set-cells');
    if (!req) throw new Error('no budget/set-cells request was sent after Enter');
    const answer = w.__bridgeTimes.answered.get(req.id)!;
    return {
      keyToSend: req.at - t.pressed,
      wire: answer - req.at,
      answerToCell: t.changed - answer,
      answerToPaint: t.painted - answer,
      keyToPaint: t.painted - t.pressed,
    };
  });
}
