import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_HEADERS, monthHeader } from '../../src-main/io/excel/layout';
import { createWorkbook } from '../../src-main/services';
import { monthLabel } from '../../src-shared/calendar/fiscal';
import type { BudgetGridLine } from '../../src-shared/model';
import { D, formatMoney, toMoney } from '../../src-shared/money';
import { editExport, type SheetRow } from '../fixtures/import-changes/edit-export';
import { HEADER_ROW, writeTestExport } from '../fixtures/import-changes/write-export';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

describe('File ▸ Import changes from Excel', () => {
  let app: AppHarness;
  let dir: string;
  let scenarioId: string;
  let fiscalYear: number;
  let months: string[];
  const plus = (x: string, d: string) => toMoney(new D(x).plus(d));
  const grid = async () => (await app.session.call('budget/get-grid', { scenarioId, fiscalYear })).lines;
  const lineById = async (id: string) => (await grid()).find((l) => l.id === id);
  const dialog = () => app.page.getByTestId('import-changes-dialog');
  const openDialog = async (file: string) => {
    await app.page.getByTestId('file-menu').click();
    await app.page.getByTestId('file-import-changes').click();
    await dialog().waitFor();
    await app.page.getByTestId('import-changes-file-path').fill(file);
    await app.page.getByTestId('import-changes-preview-button').click();
  };

  beforeAll(async () => {
    app = await startApp();
    dir = mkdtempSync(join(tmpdir(), 'outlay-e2e-import-changes-'));
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const info = await app.session.call('workbook/get-info', {});
    scenarioId = (await app.session.call('scenario/list', {})).find((s) => s.kind === 'baseline')!.id;
    fiscalYear = info.currentFiscalYear;
    months = (await app.session.call('budget/get-grid', { scenarioId, fiscalYear })).months;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('previews changes, new and deleted lines and a conflict, applies the chosen ones as one command, and Undo reverts it', async () => {
    const { page, session } = app;
    const [a, b, c] = (await grid()).filter((l) => !l.driver && l.currency === 'EUR') as BudgetGridLine[];
    const dims = await session.call('dimensions/get-all', {});
    const exported = join(dir, 'export.xlsx');
    await writeTestExport(session, { scenarioId, fiscalYear, out: exported });
    const outlayB0 = plus(b!.amounts[0]!, '1');
    await session.call('budget/set-cells', {
      fiscalYear,
      cells: [{ lineId: b!.id, month: months[0]!, amount: outlayB0 }],
    });
    const newA1 = plus(a!.amounts[1]!, '250.5');
    const excelB0 = plus(b!.amounts[0]!, '2');
    const edited = join(dir, 'edited.xlsx');
    await editExport(exported, edited, HEADER_ROW, {
      rename: 'My budget',
      rows: (rows) => {
        const row = (id: string) => rows.find((r) => r?.get(BUDGET_HEADERS.lineId) === id)!;
        row(a!.id).set(monthHeader(months[1]!), Number(newA1));
        row(b!.id).set(monthHeader(months[0]!), Number(excelB0));
        const added: SheetRow = new Map<string, ExcelJS.CellValue>([
          [BUDGET_HEADERS.costCenter, dims.costCenters[0]!.code],
          [BUDGET_HEADERS.service, dims.services[0]!.code],
          [BUDGET_HEADERS.account, dims.accounts[0]!.code],
          [BUDGET_HEADERS.description, 'Added by finance'],
          [monthHeader(months[2]!), 900],
        ]);
        return [...rows.filter((r) => r?.get(BUDGET_HEADERS.lineId) !== c!.id), added];
      },
    });
    const linesBefore = (await grid()).length;
    const seqBefore = (await session.call('journal/get-undo-state', {})).seq;

    await openDialog(edited);
    await page.getByTestId('import-changes-preview').waitFor();
    expect(await page.getByTestId('import-changes-summary').innerText()).toContain('edited.xlsx · sheet “My budget”');
    // Conflicts come first and block Apply until each has a side.
    expect(await page.getByTestId('import-changes-tab-conflicts').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('import-changes-unresolved').innerText()).toBe('1 conflict to resolve');
    expect(await page.getByTestId('import-changes-apply').isDisabled()).toBe(true);

    await page.getByTestId('import-changes-tab-changes').click();
    const change = page.locator(`[data-key="${a!.id}|${months[1]}"]`);
    expect(await change.locator('td').nth(2).innerText()).toBe(monthLabel(months[1]!));
    expect(await change.locator('[data-col="from"]').innerText()).toBe(
      formatMoney(a!.amounts[1]!, 2, { parens: true }),
    );
    expect(await change.locator('[data-col="to"]').innerText()).toBe(formatMoney(newA1, 2, { parens: true }));

    await page.getByTestId('import-changes-tab-new').click();
    expect(await page.getByTestId('import-changes-panel-new').innerText()).toContain('Added by finance');
    // Keep line c: untick its deletion.
    await page.getByTestId('import-changes-tab-deleted').click();
    await page.getByTestId(`import-changes-accept-${c!.id}`).uncheck();

    await page.getByTestId('import-changes-tab-conflicts').click();
    await page.getByTestId(`import-changes-resolve-excel-${b!.id}|${months[0]}`).check();
    expect(await page.getByTestId('import-changes-apply').innerText()).toBe('Apply 3 changes');
    await page.getByTestId('import-changes-apply').click();
    await dialog().waitFor({ state: 'detached' });

    expect((await lineById(a!.id))!.amounts[1]).toBe(newA1);
    expect((await lineById(b!.id))!.amounts[0]).toBe(excelB0);
    expect(await lineById(c!.id)).toBeDefined();
    const lines = await grid();
    expect(lines).toHaveLength(linesBefore + 1);
    expect(lines.find((l) => l.description === 'Added by finance')!.amounts[2]).toBe('900');
    const [entry] = await session.call('journal/list', { limit: 1 });
    expect(entry).toMatchObject({
      seq: seqBefore + 1,
      command: 'excel/apply-changes',
      label: 'Import changes from edited.xlsx',
    });

    await page.getByTestId('undo').click();
    await eventually(async () => (await lineById(a!.id))!.amounts[1], a!.amounts[1]);
    expect((await lineById(b!.id))!.amounts[0]).toBe(outlayB0);
    expect(await grid()).toHaveLength(linesBefore);
  });

  it('shows why a file exported from another workbook cannot be imported, and offers nothing to apply', async () => {
    const otherPath = join(dir, 'other.outlay');
    const other = createWorkbook(otherPath);
    try {
      const sc = (await other.call('scenario/list', {}))[0]!.id;
      await writeTestExport(other, { scenarioId: sc, fiscalYear, out: join(dir, 'other.xlsx') });
    } finally {
      other.close();
    }
    await openDialog(join(dir, 'other.xlsx'));
    await app.page.getByTestId('import-changes-error').waitFor();
    expect(await app.page.getByTestId('import-changes-error').innerText()).toMatch(
      /other\.xlsx was exported from another workbook/,
    );
    expect(await app.page.getByTestId('import-changes-apply').isDisabled()).toBe(true);
    expect(app.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
