import ExcelJS from 'exceljs';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_HEADERS, monthHeader } from '../../src-main/io/excel/layout';
import type { BudgetGridLine } from '../../src-shared/model';
import { D, toMoney } from '../../src-shared/money';
import { editExport, type SheetRow } from '../fixtures/import-changes/edit-export';
import { resaveWithLibreOffice } from '../fixtures/import-changes/libreoffice-resave';
import { HEADER_ROW, writeTestExport } from '../fixtures/import-changes/write-export';
import { demoWorkbook, type OpenWorkbook } from './helpers/forecast-workbooks';
import { dumpState, sha256, tempDir } from './helpers/workbook-fixture';

let w: OpenWorkbook;
let tmp: ReturnType<typeof tempDir>;
let scenarioId: string;
let fiscalYear: number;
let months: string[];

const grid = async () => (await w.s.call('budget/get-grid', { scenarioId, fiscalYear })).lines;
const byId = async () => new Map((await grid()).map((l) => [l.id, l]));
const seq = async () => (await w.s.call('journal/get-undo-state', {})).seq;
const path = (ref: string) => ({ kind: 'path' as const, path: ref });
const preview = (file: string) => w.s.call('excel/preview-changes', { file: path(file) });

/** Export the scenario now, then edit it; returns the edited file. */
async function exportAndEdit(name: string, edit: Parameters<typeof editExport>[3]): Promise<string> {
  const exported = tmp.file(`${name}-export.xlsx`);
  await writeTestExport(w.s, { scenarioId, fiscalYear, out: exported });
  const edited = tmp.file(`${name}.xlsx`);
  await editExport(exported, edited, HEADER_ROW, edit);
  return edited;
}

const set = (row: SheetRow, header: string, v: ExcelJS.CellValue) => row!.set(header, v);
const idOf = (row: SheetRow) => (row ? String(row.get(BUDGET_HEADERS.lineId) ?? '') : '');
const plus = (amount: string, delta: string) => toMoney(new D(amount).plus(delta));

beforeAll(async () => {
  w = demoWorkbook(12);
  tmp = tempDir('outlay-roundtrip-');
  scenarioId = (await w.s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  fiscalYear = (await w.s.call('workbook/get-info', {})).currentFiscalYear;
  const lines = await grid();
  months = (await w.s.call('budget/get-grid', { scenarioId, fiscalYear })).months;
  expect(lines.length).toBeGreaterThan(6);
});
afterAll(() => {
  w.close();
  tmp.remove();
});

describe('importing changes from an edited Outlay export', () => {
  it('proposes nothing for a file exported and not edited', async () => {
    const file = await exportAndEdit('untouched', {});
    const p = await preview(file);
    expect(p).toMatchObject({ changes: [], conflicts: [], newLines: [], deletedLines: [], problems: [] });
    expect(p.sha256).toBe(sha256(file));
    expect(p.scenarioId).toBe(scenarioId);
    expect(p.fiscalYear).toBe(fiscalYear);
  });

  it('proposes exactly the edits finance made, however the table was sorted, re-ordered, renamed and extended', async () => {
    const lines = await grid();
    const [a, b, c, d, e] = lines.filter((l) => l.currency === 'EUR' && !l.driver) as BudgetGridLine[];
    const dims = await w.s.call('dimensions/get-all', {});
    const [cc, svc, acc] = [dims.costCenters[0]!, dims.services[0]!, dims.accounts[0]!];
    const aNew2 = plus(a!.amounts[2]!, '100.25');
    const file = await exportAndEdit('edited', {
      rename: 'Plan FY',
      // Line ID first, months in reverse order, and a column of notes finance added.
      headers: (h) => {
        const monthCols = h.filter((x) => /^[A-Z][a-z]{2} \d{4}$/.test(x)).reverse();
        const rest = h.filter((x) => !monthCols.includes(x) && x !== BUDGET_HEADERS.lineId);
        return [BUDGET_HEADERS.lineId, ...rest.slice(0, 7), ...monthCols, ...rest.slice(7), 'Notes'];
      },
      rows: (rows) => {
        const row = (id: string) => rows.find((r) => idOf(r) === id)!;
        set(row(a!.id), monthHeader(months[2]!), Number(aNew2));
        set(row(a!.id), monthHeader(months[7]!), { formula: '1000*2', result: 2000 });
        set(row(b!.id), monthHeader(months[5]!), '1,250.00');
        set(row(b!.id), 'Notes', 'checked with Ada');
        set(row(a!.id), BUDGET_HEADERS.description, 'Renamed by finance');
        set(row(d!.id), BUDGET_HEADERS.total, 999);
        set(row(e!.id), BUDGET_HEADERS.total, { formula: 'ROUND(SUM(H9:S9)*2,2)', result: 2 * Number(e!.total) });
        const added: SheetRow = new Map<string, ExcelJS.CellValue>([
          [BUDGET_HEADERS.costCenter, cc.code],
          [BUDGET_HEADERS.service, svc.code],
          [BUDGET_HEADERS.account, acc.code],
          [BUDGET_HEADERS.description, 'Added in Excel'],
          [monthHeader(months[0]!), 500],
          [monthHeader(months[11]!), 750.5],
        ]);
        const kept = rows.filter((r) => idOf(r) !== c!.id);
        kept.sort((x, y) =>
          String(y!.get(BUDGET_HEADERS.description)).localeCompare(String(x!.get(BUDGET_HEADERS.description))),
        );
        return [...kept.slice(0, 3), added, null, ...kept.slice(3)];
      },
    });
    const p = await preview(file);
    expect(p.sheet).toBe('Plan FY');
    expect(p.conflicts).toEqual([]);
    const proposed = p.changes.map((x) => [x.lineId, x.month, x.from, x.to]);
    const expected = [
      [a!.id, months[2], a!.amounts[2], aNew2],
      [a!.id, months[7], a!.amounts[7], '2000'],
      [b!.id, months[5], b!.amounts[5], '1250'],
    ].filter(([, , from, to]) => from !== to);
    expect(proposed.sort()).toEqual(expected.sort());
    expect(p.deletedLines.map((x) => [x.lineId, x.total])).toEqual([[c!.id, c!.total]]);
    expect(p.newLines).toHaveLength(1);
    expect(p.newLines[0]!.fields).toEqual({
      costCenterId: cc.id,
      serviceId: svc.id,
      accountId: acc.id,
      vendorId: null,
      currency: 'EUR',
      expenseType: acc.expenseType,
      description: 'Added in Excel',
    });
    expect(p.newLines[0]!.amounts).toEqual(months.map((_, i) => (i === 0 ? '500' : i === 11 ? '750.5' : '0')));
    const problemOf = (id: string) => p.problems.filter((x) => x.lineId === id).map((x) => x.message);
    expect(p.problems).toHaveLength(3);
    expect(problemOf(d!.id)).toEqual([
      expect.stringMatching(
        /^Sheet "Plan FY", row \d+, column [A-Z]+ \(FY total\): the FY total formula was overwritten with 999; the months are the inputs \(they add up to /,
      ),
    ]);
    expect(problemOf(e!.id)).toEqual([
      expect.stringContaining(
        `(FY total): the FY total formula was changed to =ROUND(SUM(H9:S9)*2,2); the months are the inputs (they add up to ${e!.total})`,
      ),
    ]);
    expect(problemOf(a!.id)).toEqual([
      expect.stringContaining(
        `(Description): the description is "Renamed by finance" here but "${a!.description}" in Outlay; only month amounts are imported`,
      ),
    ]);
  });

  it('reads a file re-saved by LibreOffice Calc: the same proposals, and no false alarm from recalculated totals', async () => {
    const [a, b] = (await grid()).filter((l) => !l.driver && l.currency === 'EUR') as BudgetGridLine[];
    const toA = plus(a!.amounts[4]!, '0.01');
    const edited = await exportAndEdit('calc', {
      rename: 'Budget (Calc)',
      rows: (rows) => {
        set(
          rows.find((r) => idOf(r) === a!.id)!,
          monthHeader(months[4]!),
          Number(toA),
        );
        // Typed over without recalculating: LibreOffice recalculates the FY total on load.
        set(
          rows.find((r) => idOf(r) === b!.id)!,
          monthHeader(months[0]!),
          0,
        );
        return [...rows].reverse();
      },
    });
    const resaved = resaveWithLibreOffice(edited);
    try {
      const p = await preview(resaved);
      expect(p.sheet).toBe('Budget (Calc)');
      expect(p.problems).toEqual([]);
      const expected = [
        [a!.id, months[4], a!.amounts[4], toA],
        [b!.id, months[0], b!.amounts[0], '0'],
      ].filter(([, , from, to]) => from !== to);
      expect(p.changes.map((x) => [x.lineId, x.month, x.from, x.to]).sort()).toEqual(expected.sort());
      expect(p).toMatchObject({ conflicts: [], newLines: [], deletedLines: [] });
    } finally {
      rmSync(dirname(dirname(resaved)), { recursive: true, force: true });
    }
  }, 200_000);

  it('applies the accepted proposals as one undoable command that records the file name and hash', async () => {
    const lines = await grid();
    const [a, b] = lines.filter((l) => !l.driver);
    const file = await exportAndEdit('apply', {
      rows: (rows) => {
        set(
          rows.find((r) => idOf(r) === a!.id)!,
          monthHeader(months[0]!),
          Number(plus(a!.amounts[0]!, '1')),
        );
        return rows.filter((r) => idOf(r) !== b!.id);
      },
    });
    const before = dumpState(w.path);
    const p = await preview(file);
    expect(p.changes).toHaveLength(1);
    expect(p.deletedLines.map((x) => x.lineId)).toEqual([b!.id]);
    const result = await w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 });
    expect(result).toMatchObject({ cells: 1, added: 0, deleted: 1 });
    const now = await byId();
    expect(now.get(a!.id)!.amounts[0]).toBe(plus(a!.amounts[0]!, '1'));
    expect(now.has(b!.id)).toBe(false);
    const entry = await w.s.call('journal/get-entry', { seq: result.seq });
    expect(entry.label).toBe('Import changes from apply.xlsx');
    expect(entry.payload).toMatchObject({ fileName: 'apply.xlsx', sha256: sha256(file) });
    await w.s.call('journal/undo', {});
    expect(dumpState(w.path)).toEqual(before);
  });

  it('stops a cancelled preview or apply with "cancelled", having written nothing', async () => {
    const [g] = (await grid()).filter((l) => !l.driver);
    const file = await exportAndEdit('cancel', {
      rows: (rows) => {
        set(
          rows.find((r) => idOf(r) === g!.id)!,
          monthHeader(months[0]!),
          Number(plus(g!.amounts[0]!, '3')),
        );
        return rows;
      },
    });
    const p = await preview(file);
    const stopped = new AbortController();
    stopped.abort();
    await expect(
      w.s.call('excel/preview-changes', { file: path(file) }, { signal: stopped.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    const s0 = await seq();
    await expect(
      w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 }, { signal: stopped.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await seq()).toBe(s0);
    expect((await byId()).get(g!.id)!.amounts[0]).toBe(g!.amounts[0]);
  });

  it('refuses to apply a file that changed since its preview', async () => {
    const file = await exportAndEdit('hash', {});
    await expect(w.s.call('excel/apply-changes', { file: path(file), sha256: '0'.repeat(64) })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed since it was previewed/),
    });
  });

  it('shows a cell changed both in Outlay and in Excel as a conflict and applies the side chosen', async () => {
    const lines = (await grid()).filter((l) => !l.driver);
    const [e, f] = lines;
    const exported = tmp.file('conflict-export.xlsx');
    await writeTestExport(w.s, { scenarioId, fiscalYear, out: exported });
    const outlayE0 = plus(e!.amounts[0]!, '10');
    const both1 = plus(e!.amounts[1]!, '20');
    await w.s.call('budget/set-cells', {
      fiscalYear,
      cells: [
        { lineId: e!.id, month: months[0]!, amount: outlayE0 },
        { lineId: e!.id, month: months[1]!, amount: both1 },
        { lineId: f!.id, month: months[0]!, amount: plus(f!.amounts[0]!, '5') },
      ],
    });
    const excelE0 = plus(e!.amounts[0]!, '30');
    const file = tmp.file('conflict.xlsx');
    await editExport(exported, file, HEADER_ROW, {
      rows: (rows) => {
        const row = rows.find((r) => idOf(r) === e!.id)!;
        set(row, monthHeader(months[0]!), Number(excelE0));
        set(row, monthHeader(months[1]!), Number(both1));
        return rows;
      },
    });
    const p = await preview(file);
    expect(p.changes).toEqual([]);
    expect(p.conflicts.map((c) => [c.lineId, c.month, c.base, c.excel, c.outlay])).toEqual([
      [e!.id, months[0], e!.amounts[0], excelE0, outlayE0],
    ]);
    const key = p.conflicts[0]!.key;
    await expect(w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/1 conflicting cell must be resolved/),
    });
    const s0 = await seq();
    const kept = await w.s.call('excel/apply-changes', {
      file: path(file),
      sha256: p.sha256,
      resolutions: { [key]: 'outlay' },
    });
    expect(kept.seq).toBe(s0);
    await w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256, resolutions: { [key]: 'excel' } });
    expect((await byId()).get(e!.id)!.amounts[0]).toBe(excelE0);
  });

  it('lists cells that are not amounts with their sheet, row and column, and applies nothing for them', async () => {
    const [g] = (await grid()).filter((l) => !l.driver && l.currency === 'EUR');
    const file = await exportAndEdit('bad-cells', {
      rows: (rows) => {
        const row = rows.find((r) => idOf(r) === g!.id)!;
        set(row, monthHeader(months[3]!), 'about 300');
        set(row, monthHeader(months[4]!), 12.345);
        set(row, monthHeader(months[5]!), { error: '#REF!' });
        return rows;
      },
    });
    const p = await preview(file);
    const row = HEADER_ROW + 1 + (await grid()).findIndex((l) => l.id === g!.id);
    const col = (i: number) => String.fromCharCode(65 + 7 + i);
    expect(p.problems.map((x) => x.message)).toEqual([
      `Sheet "Budget", row ${row}, column ${col(3)} (${monthHeader(months[3]!)}): "about 300" is not an amount`,
      `Sheet "Budget", row ${row}, column ${col(4)} (${monthHeader(months[4]!)}): 12.345 has more decimals than EUR allows (2)`,
      `Sheet "Budget", row ${row}, column ${col(5)} (${monthHeader(months[5]!)}): it shows the error #REF!`,
    ]);
    expect(p.changes).toEqual([]);
  });

  it('reports an edited line that was deleted in Outlay since the export, and does not propose deleting it again', async () => {
    const [h] = (await grid()).filter((l) => !l.driver);
    const exported = tmp.file('gone-export.xlsx');
    await writeTestExport(w.s, { scenarioId, fiscalYear, out: exported });
    await w.s.call('budget/delete-lines', { lineIds: [h!.id], fiscalYear });
    const file = tmp.file('gone.xlsx');
    await editExport(exported, file, HEADER_ROW, {
      rows: (rows) => {
        set(
          rows.find((r) => idOf(r) === h!.id)!,
          monthHeader(months[0]!),
          123,
        );
        return rows;
      },
    });
    const p = await preview(file);
    expect(p.deletedLines).toEqual([]);
    expect(p.problems.map((x) => x.message)).toEqual([
      expect.stringMatching(new RegExp(`line ${h!.id} was deleted in Outlay since the export`)),
    ]);
  });

  it('refuses a file exported from another workbook, naming both', async () => {
    const other = demoWorkbook(3);
    try {
      const sc = (await other.s.call('scenario/list', {}))[0]!.id;
      const file = tmp.file('other.xlsx');
      await writeTestExport(other.s, { scenarioId: sc, fiscalYear, out: file });
      await expect(preview(file)).rejects.toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/other\.xlsx was exported from another workbook/),
      });
    } finally {
      other.close();
    }
  });

  it('refuses a file that is not an Excel workbook at all, naming it', async () => {
    const file = tmp.file('notes.xlsx');
    writeFileSync(file, 'budget notes, not a spreadsheet');
    await expect(preview(file)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^notes\.xlsx could not be read as an Excel workbook/),
    });
  });

  it('refuses a workbook that is not an Outlay export', async () => {
    const file = tmp.file('plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Cost center', 'Amount']);
    await wb.xlsx.writeFile(file);
    await expect(preview(file)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/plain\.xlsx is not an Outlay export/),
    });
  });
});
