import ExcelJS from 'exceljs';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_HEADERS, monthHeader } from '../../src-main/io/excel/layout';
import type { BudgetGridLine } from '../../src-shared/model';
import type { SheetEdit, SheetRow } from '../fixtures/import-changes/edit-export';
import { resaveWithLibreOffice } from '../fixtures/import-changes/libreoffice-resave';
import { HEADER_ROW } from '../fixtures/import-changes/write-export';
import {
  idOf,
  plus,
  roundtripWorkbook,
  set,
  type RoundtripWorkbook,
} from '../fixtures/import-changes/roundtrip-workbook';
import { sha256 } from './helpers/workbook-fixture';

let t: RoundtripWorkbook;
let months: string[];
const grid = () => t.grid();
const preview = (file: string) => t.preview(file);
const exportAndEdit = async (name: string, edit: SheetEdit) => t.edit(await t.exportNow(name), name, edit);

beforeAll(async () => {
  t = await roundtripWorkbook();
  months = t.months;
  expect((await grid()).length).toBeGreaterThan(6);
});
afterAll(() => t.close());

describe('importing changes from an edited Outlay export', () => {
  it('proposes nothing for a file exported and not edited', async () => {
    const file = await exportAndEdit('untouched', {});
    const p = await preview(file);
    expect(p).toMatchObject({ changes: [], conflicts: [], newLines: [], deletedLines: [], problems: [] });
    expect(p.sha256).toBe(sha256(file));
    expect(p.scenarioId).toBe(t.scenarioId);
    expect(p.fiscalYear).toBe(t.fiscalYear);
  });

  it('proposes exactly the edits finance made, however the table was sorted, re-ordered, renamed and extended', async () => {
    const lines = await grid();
    const [a, b, c, d, e] = lines.filter((l) => l.currency === 'EUR' && !l.driver) as BudgetGridLine[];
    const dims = await t.w.s.call('dimensions/get-all', {});
    const [cc, svc, acc] = [dims.costCenters[0]!, dims.services[0]!, dims.accounts[0]!];
    const aNew2 = plus(a!.amounts[2]!, '100.25');
    const file = await exportAndEdit('edited', {
      rename: 'Plan FY',
      // Line ID first, months in reverse order, and a column of notes finance added.
      headers: (h) => {
        const monthCols = h.filter((x) => /^[A-Z][a-z]{2} \d{4}$/.test(x)).reverse();
        const rest = h.filter((x) => !monthCols.includes(x) && x !== BUDGET_HEADERS.lineId);
        return [BUDGET_HEADERS.lineId, ...rest.slice(0, 8), ...monthCols, ...rest.slice(8), 'Notes'];
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
    const col = (i: number) => String.fromCharCode(65 + 8 + i);
    expect(p.problems.map((x) => x.message)).toEqual([
      `Sheet "Budget", row ${row}, column ${col(3)} (${monthHeader(months[3]!)}): "about 300" is not an amount`,
      `Sheet "Budget", row ${row}, column ${col(4)} (${monthHeader(months[4]!)}): 12.345 has more decimals than EUR allows (2)`,
      `Sheet "Budget", row ${row}, column ${col(5)} (${monthHeader(months[5]!)}): it shows the error #REF!`,
    ]);
    expect(p.changes).toEqual([]);
  });

  it('reports an edited line that was deleted in Outlay since the export, and does not propose deleting it again', async () => {
    const [h] = (await grid()).filter((l) => !l.driver);
    const exported = await t.exportNow('gone');
    await t.w.s.call('budget/delete-lines', { lineIds: [h!.id], fiscalYear: t.fiscalYear });
    const file = await t.edit(exported, 'gone', {
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
});
