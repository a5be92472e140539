import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_HEADERS, BUDGET_SHEET, META_KEYS, META_SHEET } from '../../src-main/io/excel/layout';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

describe('File ▸ Export to Excel', () => {
  let app: AppHarness;
  let dir: string;
  const dialog = () => app.page.getByTestId('export-dialog');
  const openDialog = async () => {
    await app.page.getByTestId('file-menu').click();
    await app.page.getByTestId('file-export').click();
    await dialog().waitFor();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outlay-e2e-export-'));
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the chosen scenario and fiscal year to the path typed, with the budget lines, summary and metadata', async () => {
    const { page, session } = app;
    const scenarios = await session.call('scenario/list', {});
    const whatIf = scenarios.find((s) => s.kind === 'what-if')!;
    const info = await session.call('workbook/get-info', {});
    const fy = info.currentFiscalYear;
    const grid = await session.call('budget/get-grid', { scenarioId: whatIf.id, fiscalYear: fy });
    const out = join(dir, 'what-if.xlsx');

    await openDialog();
    await page.getByTestId('export-scenario').selectOption(whatIf.id);
    await page.getByTestId('export-fiscal-year').selectOption(String(fy));
    expect(await page.getByTestId('export-sheet-budget').isChecked()).toBe(true);
    expect(await page.getByTestId('export-sheet-summary').isChecked()).toBe(true);
    await page.getByTestId('export-output-path').fill(out);
    await page.getByTestId('export-confirm').click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('export-result').innerText()).toContain(`Exported ${grid.lines.length} budget lines`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([BUDGET_SHEET, 'Summary', 'FX rates', META_SHEET]);
    const budget = wb.getWorksheet(BUDGET_SHEET)!;
    const headers = (budget.getRow(8).values as unknown[]).map(String);
    const idCol = headers.indexOf(BUDGET_HEADERS.lineId);
    const ids = grid.lines.map((_, i) => budget.getCell(9 + i, idCol).value);
    expect(ids).toEqual(grid.lines.map((l) => l.id));
    const meta = wb.getWorksheet(META_SHEET)!;
    const kv = new Map<string, string>();
    meta.eachRow((row) => kv.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(kv.get(META_KEYS.scenarioId)).toBe(whatIf.id);
    expect(kv.get(META_KEYS.fiscalYear)).toBe(String(fy));
  });

  it('leaves out the summary when unticked', async () => {
    const { page } = app;
    const out = join(dir, 'budget-only.xlsx');
    await page.getByTestId('export-sheet-summary').uncheck();
    await page.getByTestId('export-output-path').fill(out);
    await page.getByTestId('export-confirm').click();
    await eventually(async () => existsSync(out) && (await page.getByTestId('export-result').isVisible()), true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([BUDGET_SHEET, 'FX rates', META_SHEET]);
  });

  it('stops when Cancel is pressed during the export and writes no file', async () => {
    const { page } = app;
    const out = join(dir, 'cancelled.xlsx');
    // The forecast sheet forecasts every cost center first: long enough to cancel.
    await page.getByTestId('export-sheet-forecast').check();
    await page.getByTestId('export-output-path').fill(out);
    await page.getByTestId('export-confirm').click();
    await page.getByTestId('export-progress-cancel').click();
    await eventually(() => page.getByTestId('export-cancelled').isVisible(), true);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('cancelled.xlsx'))).toEqual([]);
    await page.getByTestId('export-sheet-forecast').uncheck();
  });

  it('names a missing folder next to the output field and writes nothing', async () => {
    const { page } = app;
    const out = join(dir, 'no-such-folder', 'x.xlsx');
    await page.getByTestId('export-output-path').fill(out);
    await page.getByTestId('export-confirm').click();
    await eventually(
      () => page.getByTestId('export-output-error').innerText(),
      `Save as: the folder ${join(dir, 'no-such-folder')} does not exist.`,
    );
    expect(existsSync(out)).toBe(false);
    await page.getByTestId('export-close').click();
    await dialog().waitFor({ state: 'detached' });
  });
});
