import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import {
  WIDE_VIEWPORT,
  cellText,
  defaultView,
  displayedRowIds,
  eventually,
  measureCellEdit,
  recordBridgeTimes,
  typeIntoCell,
  waitForBudgetGrid,
  type EditTiming,
} from './budget-page';

/** Generous bounds for a shared 2-core CI machine; the figures are printed for tracking. */
const OPEN_BUDGET_MS = 8000;
const EDIT_ROUND_TRIP_MS = 1500;
/**
 * The page's own work on an edit's answer. Rebuilding and re-summing all 5,000 rows took
 * 60–90 ms here; updating the edited row and its totals takes under 10 ms.
 */
const ANSWER_TO_CELL_MS = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(1);

describe('budget grid with 5,000 lines', () => {
  let app: AppHarness;

  beforeAll(async () => {
    app = await startApp({ workbook: { demo: { lines: 5000 } }, viewport: WIDE_VIEWPORT, open: false });
    await recordBridgeTimes(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens and stays responsive to edits, updating only the edited row and its totals', async () => {
    const { page, session } = app;
    const view = await defaultView(session);
    const grid = await session.call('budget/get-grid', view);
    expect(grid.lines.length).toBeGreaterThanOrEqual(5000);

    const t0 = Date.now();
    await page.goto(app.url);
    await waitForBudgetGrid(page);
    const openMs = Date.now() - t0;
    expect(await page.getByTestId('budget-summary').innerText()).toContain(grid.lines.length.toLocaleString('en-US'));

    const ids = (await displayedRowIds(page)).filter((id) => !id.startsWith('subtotal:'));
    // Rows are virtualised: only a screenful is in the DOM.
    expect(ids.length).toBeLessThan(200);
    const roundTrips: number[] = [];
    for (let i = 0; i < 5; i++) {
      const id = ids[i]!;
      const col = `m:${grid.months[i]}`;
      const value = `${1000 + i}`;
      const t = Date.now();
      await typeIntoCell(page, id, col, value);
      await eventually(() => cellText(page, id, col), `${value.slice(0, 1)},${value.slice(1)}.00`);
      roundTrips.push(Date.now() - t);
    }

    const timings: EditTiming[] = [];
    for (let i = 0; i < 9; i++) {
      const value = 2000 + i;
      timings.push(
        await measureCellEdit(page, ids[i % 5]!, `m:${grid.months[(i + 5) % 12]}`, String(value), `2,00${i}.00`),
      );
    }
    const m = (k: keyof EditTiming) => median(timings.map((t) => t[k]));
    console.log(
      `5,000 lines: open ${openMs} ms, edit round trip median ${median(roundTrips)} ms (${roundTrips.join(', ')}); ` +
        `in the page, medians of ${timings.length} edits: Enter→request ${ms(m('keyToSend'))} ms, ` +
        `wire+service ${ms(m('wire'))} ms, answer→cell ${ms(m('answerToCell'))} ms, ` +
        `answer→painted ${ms(m('answerToPaint'))} ms, Enter→painted ${ms(m('keyToPaint'))} ms`,
    );
    expect(openMs).toBeLessThan(OPEN_BUDGET_MS);
    expect(median(roundTrips)).toBeLessThan(EDIT_ROUND_TRIP_MS);
    expect(m('answerToCell')).toBeLessThan(ANSWER_TO_CELL_MS);
    expect(app.errors).toEqual([]);
  });
});
