import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthHeader } from '../../src-main/io/excel/layout';
import type { SheetEdit } from '../fixtures/import-changes/edit-export';
import { writeTestExport } from '../fixtures/import-changes/write-export';
import {
  idOf,
  pathRef,
  plus,
  roundtripWorkbook,
  set,
  type RoundtripWorkbook,
} from '../fixtures/import-changes/roundtrip-workbook';
import { demoWorkbook } from './helpers/forecast-workbooks';
import { dumpState, sha256 } from './helpers/workbook-fixture';

let t: RoundtripWorkbook;
let months: string[];
const grid = () => t.grid();
const byId = () => t.byId();
const seq = () => t.seq();
const preview = (file: string) => t.preview(file);
const path = pathRef;
const exportAndEdit = async (name: string, edit: SheetEdit) => t.edit(await t.exportNow(name), name, edit);

beforeAll(async () => {
  t = await roundtripWorkbook();
  months = t.months;
  expect((await grid()).length).toBeGreaterThan(6);
});
afterAll(() => t.close());

describe('applying changes from an edited Outlay export', () => {
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
    const before = dumpState(t.w.path);
    const p = await preview(file);
    expect(p.changes).toHaveLength(1);
    expect(p.deletedLines.map((x) => x.lineId)).toEqual([b!.id]);
    const result = await t.w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 });
    expect(result).toMatchObject({ cells: 1, added: 0, deleted: 1 });
    const now = await byId();
    expect(now.get(a!.id)!.amounts[0]).toBe(plus(a!.amounts[0]!, '1'));
    expect(now.has(b!.id)).toBe(false);
    const entry = await t.w.s.call('journal/get-entry', { seq: result.seq });
    expect(entry.label).toBe('Import changes from apply.xlsx');
    expect(entry.payload).toMatchObject({ fileName: 'apply.xlsx', sha256: sha256(file) });
    await t.w.s.call('journal/undo', {});
    expect(dumpState(t.w.path)).toEqual(before);
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
      t.w.s.call('excel/preview-changes', { file: path(file) }, { signal: stopped.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    const s0 = await seq();
    await expect(
      t.w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 }, { signal: stopped.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await seq()).toBe(s0);
    expect((await byId()).get(g!.id)!.amounts[0]).toBe(g!.amounts[0]);
  });

  it('refuses to apply a file that changed since its preview', async () => {
    const file = await exportAndEdit('hash', {});
    await expect(t.w.s.call('excel/apply-changes', { file: path(file), sha256: '0'.repeat(64) })).rejects.toMatchObject(
      {
        code: 'conflict',
        message: expect.stringMatching(/changed since it was previewed/),
      },
    );
  });

  it('shows a cell changed both in Outlay and in Excel as a conflict and applies the side chosen', async () => {
    const lines = (await grid()).filter((l) => !l.driver);
    const [e, f] = lines;
    const exported = await t.exportNow('conflict');
    const outlayE0 = plus(e!.amounts[0]!, '10');
    const both1 = plus(e!.amounts[1]!, '20');
    await t.w.s.call('budget/set-cells', {
      fiscalYear: t.fiscalYear,
      cells: [
        { lineId: e!.id, month: months[0]!, amount: outlayE0 },
        { lineId: e!.id, month: months[1]!, amount: both1 },
        { lineId: f!.id, month: months[0]!, amount: plus(f!.amounts[0]!, '5') },
      ],
    });
    const excelE0 = plus(e!.amounts[0]!, '30');
    const file = await t.edit(exported, 'conflict', {
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
    await expect(t.w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256 })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/1 conflicting cell must be resolved/),
    });
    const s0 = await seq();
    const kept = await t.w.s.call('excel/apply-changes', {
      file: path(file),
      sha256: p.sha256,
      resolutions: { [key]: 'outlay' },
    });
    expect(kept.seq).toBe(s0);
    await t.w.s.call('excel/apply-changes', { file: path(file), sha256: p.sha256, resolutions: { [key]: 'excel' } });
    expect((await byId()).get(e!.id)!.amounts[0]).toBe(excelE0);
  });

  it('refuses a file exported from another workbook, naming both', async () => {
    const other = demoWorkbook(3);
    try {
      const sc = (await other.s.call('scenario/list', {}))[0]!.id;
      const file = t.tmp.file('other.xlsx');
      await writeTestExport(other.s, { scenarioId: sc, fiscalYear: t.fiscalYear, out: file });
      await expect(preview(file)).rejects.toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/other\.xlsx was exported from another workbook/),
      });
    } finally {
      other.close();
    }
  });

  it('refuses a file that is not an Excel workbook at all, naming it', async () => {
    const file = t.tmp.file('notes.xlsx');
    writeFileSync(file, 'budget notes, not a spreadsheet');
    await expect(preview(file)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^notes\.xlsx: this is not an \.xlsx workbook/),
    });
  });

  it('refuses a workbook that is not an Outlay export', async () => {
    const file = t.tmp.file('plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Cost center', 'Amount']);
    await wb.xlsx.writeFile(file);
    await expect(preview(file)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/plain\.xlsx is not an Outlay export/),
    });
  });
});
