import { describe, expect, it } from 'vitest';
import { cellAmount } from '../../src-main/engine/roundtrip/amounts';
import { diffExport, type WorkbookLine } from '../../src-main/engine/roundtrip/diff';
import type { Codes } from '../../src-main/engine/roundtrip/new-line';
import type { ExportedFile, FileRow, RawCell } from '../../src-main/engine/roundtrip/types';

const MONTHS = ['2027-04', '2027-05', '2027-06'];
const num = (n: number): RawCell => ({ kind: 'number', text: String(n) });
const text = (t: string): RawCell => ({ kind: 'text', text: t });
const blank: RawCell = { kind: 'blank' };

const codes: Codes = {
  costCenters: new Map([['CC-100', 'cc-1']]),
  services: new Map([['SVC-HOST', 'svc-1']]),
  accounts: new Map([['6100', { id: 'acc-1', expenseType: 'OpEx' as const }]]),
  vendors: new Map([['DELL', 'ven-1']]),
  currencies: new Map([
    ['EUR', 2],
    ['JPY', 0],
  ]),
};

const texts = {
  costCenter: 'CC-100',
  service: 'SVC-HOST',
  account: '6100',
  vendor: 'DELL',
  description: 'Servers',
  expenseType: 'OpEx',
  currency: 'EUR',
};

function line(id: string, amounts: string[], extra: Partial<WorkbookLine> = {}): WorkbookLine {
  return { id, label: `L ${id}`, currency: 'EUR', minorUnits: 2, amounts, texts, ...extra };
}

function row(n: number, lineId: string, months: RawCell[], extra: Partial<FileRow> = {}): FileRow {
  return { row: n, lineId, ...texts, months, total: null, ...extra };
}

function file(rows: FileRow[], base: [string, string[]][]): ExportedFile {
  const col = (column: string, header: string) => ({ column, header });
  return {
    sheet: 'Budget',
    meta: new Map(),
    months: MONTHS,
    monthColumns: [col('H', 'Apr 2027'), col('I', 'May 2027'), col('J', 'Jun 2027')],
    totalColumn: col('K', 'FY total'),
    columns: {
      costCenter: col('A', 'Cost center'),
      service: col('B', 'Service'),
      account: col('C', 'Account'),
      vendor: col('D', 'Vendor'),
      description: col('E', 'Description'),
      expenseType: col('F', 'CapEx/OpEx'),
      currency: col('G', 'Currency'),
      lineId: col('L', 'Line ID'),
    },
    base: new Map(base),
    rows,
    problems: [],
  };
}

const diff = (f: ExportedFile, lines: WorkbookLine[]) =>
  diffExport({ file: f, lines: new Map(lines.map((l) => [l.id, l])), codes, baseCurrency: 'EUR' });

describe('the three-way comparison of an edited export', () => {
  it('proposes a cell changed only in the file, and nothing for cells changed alike on both sides or only in Outlay', () => {
    const d = diff(file([row(5, 'l1', [num(110), num(220), num(300)])], [['l1', ['100', '200', '300']]]), [
      line('l1', ['100', '220', '333']),
    ]);
    expect(d.changes.map((c) => [c.month, c.from, c.to])).toEqual([['2027-04', '100', '110']]);
    expect(d.conflicts).toEqual([]);
    expect(d.problems).toEqual([]);
  });

  it('shows a conflict when Excel and Outlay changed the same cell to different amounts', () => {
    const d = diff(file([row(5, 'l1', [num(150), num(200), num(300)])], [['l1', ['100', '200', '300']]]), [
      line('l1', ['120', '200', '300']),
    ]);
    expect(d.changes).toEqual([]);
    expect(d.conflicts.map((c) => [c.key, c.base, c.excel, c.outlay])).toEqual([['l1|2027-04', '100', '150', '120']]);
  });

  it('refuses changes to the computed months of a driver-costed line, naming the driver', () => {
    const driver = { code: 'USERS', name: 'Headcount', startMonth: '2027-05', endMonth: null };
    const d = diff(file([row(7, 'l1', [num(101), num(201), num(300)])], [['l1', ['100', '200', '300']]]), [
      line('l1', ['100', '200', '300'], { driver }),
    ]);
    expect(d.changes.map((c) => c.month)).toEqual(['2027-04']);
    expect(d.problems.map((p) => p.message)).toEqual([
      'Sheet "Budget", row 7, column I (May 2027): line L l1 is costed from driver USERS (Headcount), so 2027-05 is computed and not changed from Excel; change the driver on the Drivers screen',
    ]);
  });

  it('adds a row without Line ID as a new line, taking codes written with their names and the account type', () => {
    const added = row(9, '', [num(1000), blank, text('250.50')], {
      costCenter: 'cc-100 · Servers',
      vendor: '',
      expenseType: '',
      currency: '',
      description: 'New in Excel',
    });
    const d = diff(file([added], []), []);
    expect(d.problems).toEqual([]);
    expect(d.newLines).toEqual([
      {
        key: 'row:9',
        fields: {
          costCenterId: 'cc-1',
          serviceId: 'svc-1',
          accountId: 'acc-1',
          vendorId: null,
          currency: 'EUR',
          expenseType: 'OpEx',
          description: 'New in Excel',
        },
        label: 'cc-100 · Servers · SVC-HOST · 6100 — New in Excel',
        amounts: ['1000', '0', '250.5'],
        total: '1250.5',
        place: { sheet: 'Budget', row: 9 },
      },
    ]);
  });

  it('names each unknown code of a new row by its column and adds nothing', () => {
    const bad = row(11, '', [num(1), blank, blank], { costCenter: 'CC-999', vendor: 'ACME', expenseType: 'Capital' });
    const d = diff(file([bad], []), []);
    expect(d.newLines).toEqual([]);
    expect(d.problems.map((p) => p.message)).toEqual([
      'Sheet "Budget", row 11, column A (Cost center): "CC-999" is not a cost center code of this workbook',
      'Sheet "Budget", row 11, column D (Vendor): "ACME" is not a vendor code of this workbook',
      'Sheet "Budget", row 11, column F (CapEx/OpEx): "Capital" is neither CapEx nor OpEx',
    ]);
  });

  it('proposes deleting exported lines whose rows are gone, and reports repeated or foreign Line IDs', () => {
    const f = file(
      [
        row(5, 'l1', [num(1), num(2), num(3)]),
        row(6, 'l1', [num(1), num(2), num(3)]),
        row(7, 'zz', [blank, blank, blank]),
      ],
      [
        ['l1', ['1', '2', '3']],
        ['l2', ['5', '0', '0']],
      ],
    );
    const d = diff(f, [line('l1', ['1', '2', '3']), line('l2', ['5', '0', '7'])]);
    expect(d.deletedLines).toEqual([{ lineId: 'l2', label: 'L l2', currency: 'EUR', total: '12' }]);
    expect(d.problems.map((p) => p.message)).toEqual([
      'Sheet "Budget", row 6, column L (Line ID): Line ID l1 is also on row 5; this row is not applied',
      'Sheet "Budget", row 7, column L (Line ID): Line ID zz is not a line of this export; clear the Line ID to add the row as a new line',
    ]);
  });
});

describe('the FY total of a row', () => {
  const base: [string, string[]][] = [['l1', ['100', '200', '300']]];
  const withTotal = (formula: string | null, value: RawCell) =>
    diff(file([row(5, 'l1', [num(100), num(200), num(300)], { total: { formula, value } })], base), [
      line('l1', ['100', '200', '300']),
    ]).problems.map((p) => p.message);

  it("is fine as the row's SUM whatever its cached value, or as a typed value equal to the months' sum", () => {
    expect(withTotal('SUM(H5:J5)', num(1))).toEqual([]);
    expect(withTotal('sum($H$5:$J$5)', num(600))).toEqual([]);
    expect(withTotal(null, num(600))).toEqual([]);
    expect(withTotal(null, blank)).toEqual([]);
  });

  it('is reported, not applied, when typed over or when its formula sums anything else', () => {
    expect(withTotal(null, num(650))).toEqual([
      'Sheet "Budget", row 5, column K (FY total): the FY total formula was overwritten with 650; the months are the inputs (they add up to 600), so the total is not applied. Change the month cells instead',
    ]);
    expect(withTotal('SUM(H6:J6)', num(600))[0]).toContain('the FY total formula was changed to =SUM(H6:J6);');
    expect(withTotal('SUM(H5:J5)+50', num(650))[0]).toContain('the FY total formula was changed to =SUM(H5:J5)+50;');
  });
});

describe('reading a month cell as an exact amount', () => {
  it('keeps the shortest text of the number and refuses anything finer than the currency', () => {
    expect(cellAmount(num(1234.5), 'EUR', 2)).toEqual({ amount: '1234.5' });
    expect(cellAmount(num(0.1 + 0.2), 'EUR', 2)).toEqual({
      why: '0.30000000000000004 has more decimals than EUR allows (2)',
    });
    expect(cellAmount(num(1500.5), 'JPY', 0)).toEqual({ why: '1500.5 has more decimals than JPY allows (0)' });
    expect(cellAmount(num(1e21), 'EUR', 2)).toEqual({ amount: '1000000000000000000000' });
    expect(cellAmount(text('(1,234.50)'), 'EUR', 2)).toEqual({ amount: '-1234.5' });
    expect(cellAmount(text('n/a'), 'EUR', 2)).toEqual({ why: '"n/a" is not an amount' });
    expect(cellAmount(blank, 'EUR', 2)).toEqual({ amount: '0' });
  });
});
