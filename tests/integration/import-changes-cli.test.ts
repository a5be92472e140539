import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { monthHeader, BUDGET_HEADERS } from '../../src-main/io/excel/layout';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import type { BudgetGridLine } from '../../src-shared/model';
import { D, toMoney } from '../../src-shared/money';
import { editExport } from '../fixtures/import-changes/edit-export';
import { HEADER_ROW, writeTestExport } from '../fixtures/import-changes/write-export';
import { outlay, start, waitFor } from './cli-run';
import { FIXED_NOW, sha256, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let book: string;
let edited: string;
let scenarioId: string;
let fiscalYear: number;
let months: string[];
let a: BudgetGridLine;
let b: BudgetGridLine;
const plus = (x: string, d: string) => toMoney(new D(x).plus(d));

/** The line's amounts now, read by opening the workbook file again. */
async function amountsOf(lineId: string): Promise<string[]> {
  const s = openWorkbook(book, { now: FIXED_NOW });
  try {
    const grid = await s.call('budget/get-grid', { scenarioId, fiscalYear });
    return grid.lines.find((l) => l.id === lineId)!.amounts;
  } finally {
    s.close();
  }
}

beforeAll(async () => {
  tmp = tempDir('outlay-import-changes-cli-');
  book = tmp.file('plan.outlay');
  const demo = generateDemo({ seed: 3, asOf: '2026-03-15', lines: 8, assets: 0, contracts: 0, fyStartMonth: 4 });
  const s = createWorkbook(book, { now: FIXED_NOW, demo });
  try {
    scenarioId = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
    fiscalYear = (await s.call('workbook/get-info', {})).currentFiscalYear;
    const grid = await s.call('budget/get-grid', { scenarioId, fiscalYear });
    months = grid.months;
    [a, b] = grid.lines.filter((l) => !l.driver) as [BudgetGridLine, BudgetGridLine];
    const exported = tmp.file('export.xlsx');
    await writeTestExport(s, { scenarioId, fiscalYear, out: exported });
    // After the export, Outlay changes b's first month: the file changes it too, differently.
    await s.call('budget/set-cells', {
      fiscalYear,
      cells: [{ lineId: b.id, month: months[0]!, amount: plus(b.amounts[0]!, '1') }],
    });
    edited = tmp.file('edited.xlsx');
    await editExport(exported, edited, HEADER_ROW, {
      rows: (rows) => {
        const row = (id: string) => rows.find((r) => r?.get(BUDGET_HEADERS.lineId) === id)!;
        row(a.id).set(monthHeader(months[1]!), Number(plus(a.amounts[1]!, '42')));
        row(b.id).set(monthHeader(months[0]!), Number(plus(b.amounts[0]!, '2')));
        return rows;
      },
    });
  } finally {
    s.close();
  }
});
afterAll(() => tmp.remove());

describe('outlay import-changes', () => {
  it('prints the changed cells and conflicts and writes nothing without --apply', async () => {
    const before = sha256(book);
    const r = await outlay(['import-changes', book, '--from', edited]);
    // A slow run may announce its progress on stderr; nothing else goes there.
    expect(r.stderr).not.toMatch(/outlay:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 changed cell, 1 conflict, 0 new lines, 0 deleted lines, 0 problems/);
    expect(r.stdout).toContain(months[1]!);
    expect(r.stdout).toContain(plus(a.amounts[1]!, '42'));
    expect(r.stdout).toMatch(/Conflicts .*--take excel\|outlay/);
    expect(r.stdout).toContain('Nothing written (add --apply to apply).');
    expect(sha256(book)).toBe(before);
  });

  it('prints the preview as JSON with --json', async () => {
    const r = await outlay(['import-changes', book, '--from', edited, '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.changes.map((c: { key: string }) => c.key)).toEqual([`${a.id}|${months[1]}`]);
    expect(p.conflicts.map((c: { key: string }) => c.key)).toEqual([`${b.id}|${months[0]}`]);
  });

  it('refuses --apply while conflicts are unresolved, writing nothing', async () => {
    const before = sha256(book);
    const r = await outlay(['import-changes', book, '--from', edited, '--apply']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/changed both in Outlay and in Excel .* --take excel or --take outlay/);
    expect(sha256(book)).toBe(before);
  });

  it('applies everything with --apply --take excel, the file winning each conflict', async () => {
    const r = await outlay(['import-changes', book, '--from', edited, '--apply', '--take', 'excel']);
    expect(r.stderr).not.toMatch(/outlay:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Applied from edited\.xlsx: 2 cells changed, 0 lines added, 0 lines deleted/);
    expect((await amountsOf(a.id))[1]).toBe(plus(a.amounts[1]!, '42'));
    expect((await amountsOf(b.id))[0]).toBe(plus(b.amounts[0]!, '2'));
  });

  it('names the file when it is not an Outlay export, and rejects a bad --take', async () => {
    const plain = tmp.file('plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('GL').addRow(['Account', 'Amount']);
    await wb.xlsx.writeFile(plain);
    const r = await outlay(['import-changes', book, '--from', plain]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^outlay: plain\.xlsx is not an Outlay export/);
    const t = await outlay(['import-changes', book, '--from', edited, '--take', 'mine']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('--take expects excel or outlay, got "mine"');
  });

  it('stops on Ctrl+C while reading a large file, exit 130, writing nothing', async () => {
    const bigBook = tmp.file('big.outlay');
    const demo = generateDemo({ seed: 5, asOf: '2026-03-15', lines: 4000, assets: 0, contracts: 0, fyStartMonth: 4 });
    const s = createWorkbook(bigBook, { now: FIXED_NOW, demo });
    const big = tmp.file('big.xlsx');
    try {
      const sc = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
      await writeTestExport(s, { scenarioId: sc, fiscalYear, out: big });
    } finally {
      s.close();
    }
    const before = sha256(bigBook);
    const child = start(['import-changes', bigBook, '--from', big, '--apply']);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Reading \d+ rows of .*big\.xlsx \(Ctrl\+C to stop\)/, 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled; nothing was written/);
    expect(sha256(bigBook)).toBe(before);
  }, 120_000);
});
