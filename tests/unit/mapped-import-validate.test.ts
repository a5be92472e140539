import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src-shared/money/decimal';
import { ExactSum } from '../../src-main/engine/mapped-import/exact-sum';
import type { ImportMapping } from '../../src-shared/model/imports';
import { sumMoney, toMoney } from '../../src-shared/money/money';
import { bindColumns } from '../../src-main/engine/mapped-import/columns';
import { guessHeaderRow, suggestMapping } from '../../src-main/engine/mapped-import/suggest';
import { ImportTally } from '../../src-main/engine/mapped-import/tally';
import { RowValidator, type ValidationEnv } from '../../src-main/engine/mapped-import/validate-row';
import type { Cell } from '../../src-main/engine/mapped-import/cells';

const ENV: ValidationEnv = {
  baseCurrency: 'EUR',
  codes: {
    costCenter: new Map([['CC-100', 'cc1']]),
    service: new Map([['SVC-HOST', 'svc1']]),
    account: new Map([['6100', 'acc1']]),
    vendor: new Map([['ACME', 'ven1']]),
  },
  currencies: new Map([
    ['EUR', 2],
    ['JPY', 0],
  ]),
  translations: new Map([['costCenter:K100', 'CC-100']]),
  closedMonths: new Set(['2027-01']),
  existingKeys: new Set(),
};

function validator(kind: 'actuals' | 'labour', headers: string[], mapping: ImportMapping, env = ENV) {
  const bound = bindColumns(kind, mapping, headers);
  expect(bound.problems).toEqual([]);
  return new RowValidator(kind, bound.columns, mapping, { decimal: 'comma', dateOrder: 'dmy' }, env);
}

const GL_HEADERS = ['Datum', 'Kostenstelle', 'Service', 'Konto', 'Betrag', 'Währung'];
const GL_MAP: ImportMapping = {
  headerRow: 1,
  columns: {
    date: 'Datum',
    costCenter: 'Kostenstelle',
    service: 'Service',
    account: 'Konto',
    amount: 'Betrag',
    currency: 'Währung',
  },
  defaults: {},
};

describe('suggested mappings', () => {
  it('maps common header names in English and German to fields, each header once', () => {
    const m = suggestMapping(
      'actuals',
      ['Posting Date', 'Cost Centre', 'IT Service', 'GL Account', 'Supplier', 'Amount (EUR)', 'Curr', 'Doc No'],
      2,
    );
    expect(m).toEqual({
      sheet: undefined,
      headerRow: 2,
      columns: {
        date: 'Posting Date',
        costCenter: 'Cost Centre',
        service: 'IT Service',
        account: 'GL Account',
        vendor: 'Supplier',
        amount: 'Amount (EUR)',
        currency: 'Curr',
        reference: 'Doc No',
      },
      defaults: {},
    });
    expect(suggestMapping('actuals', ['Buchungsdatum', 'Kostenstelle', 'Sachkonto', 'Betrag'], 1).columns).toEqual({
      date: 'Buchungsdatum',
      costCenter: 'Kostenstelle',
      account: 'Sachkonto',
      amount: 'Betrag',
    });
  });

  it('prefers the saved mapping of the source where its columns are still in the file', () => {
    const saved: ImportMapping = {
      headerRow: 4,
      columns: { amount: 'Value 2', costCenter: 'Gone' },
      defaults: { account: '6100' },
    };
    const m = suggestMapping('actuals', ['Amount', 'Value 2', 'CC'], 4, saved);
    expect(m.columns).toEqual({ amount: 'Value 2', costCenter: 'CC' });
    expect(m.defaults).toEqual({ account: '6100' });
  });

  it('finds the header row below a title block', () => {
    const rows: { row: number; cells: Cell[] }[] = [
      { row: 1, cells: ['GL export January'] },
      { row: 2, cells: [] },
      { row: 3, cells: ['Date', 'Cost Center', 'Amount'] },
      { row: 4, cells: ['2027-01-02', 'CC-100', '12.50'] },
    ];
    expect(guessHeaderRow(rows)).toBe(3);
  });

  it('refuses a mapping whose column is missing or that leaves a required field out', () => {
    const { problems } = bindColumns(
      'actuals',
      { headerRow: 1, columns: { amount: 'Betrag', costCenter: 'Nope' }, defaults: {} },
      GL_HEADERS,
    );
    expect(problems).toEqual([
      'Cost center: the column "Nope" is not in header row 1',
      'Cost center: map a column or give a default',
      'Service: map a column or give a default',
      'Account: map a column or give a default',
      'Date or period: map a column to one of them',
    ]);
  });
});

describe('checking rows before anything is written', () => {
  it('passes a good row with its codes resolved to ids and its amount exact', () => {
    const v = validator('actuals', GL_HEADERS, GL_MAP);
    const o = v.check(2, ['15.02.2027', 'k100', 'SVC-HOST', '6100', '1.234,50', '']);
    expect(o.problems).toEqual([]);
    expect(o.record).toMatchObject({
      month: '2027-02',
      date: '2027-02-15',
      costCenterId: 'cc1',
      amount: '1234.5',
      currency: 'EUR',
    });
  });

  it('reports each problem of a row with its column header and letter', () => {
    const v = validator('actuals', GL_HEADERS, GL_MAP);
    const o = v.check(7, ['31.02.2027', 'CC-999', '', '6100', '12,345', 'JPY']);
    expect(o.record).toBeNull();
    expect(o.problems.map((p) => [p.kind, p.letter, p.column])).toEqual([
      ['bad-date', 'A', 'Datum'],
      ['unknown-code', 'B', 'Kostenstelle'],
      ['missing', 'C', 'Service'],
      ['bad-amount', 'E', 'Betrag'],
    ]);
    expect(o.problems[3]!.message).toBe('Amount 12.345 has more than 0 decimals');
  });

  it('refuses rows in a closed month, duplicates in the file and rows imported before', () => {
    const key = validator('actuals', GL_HEADERS, GL_MAP).check(2, ['01.03.2027', 'CC-100', 'SVC-HOST', '6100', '5', ''])
      .record!.sourceKey;
    const v = validator('actuals', GL_HEADERS, GL_MAP, { ...ENV, existingKeys: new Set([key]) });
    expect(v.check(2, ['10.01.2027', 'CC-100', 'SVC-HOST', '6100', '5', '']).problems[0]).toMatchObject({
      kind: 'closed-period',
      letter: 'A',
    });
    const again = v.check(3, ['01.03.2027', 'CC-100', 'SVC-HOST', '6100', '5', '']);
    expect(again).toMatchObject({ already: true, record: null });
    v.check(4, ['02.03.2027', 'CC-100', 'SVC-HOST', '6100', '5', '']);
    expect(v.check(9, ['02.03.2027', 'CC-100', 'SVC-HOST', '6100', '5,00', '']).problems[0]).toMatchObject({
      kind: 'duplicate-in-file',
      message: 'Duplicate of row 4',
    });
  });

  it('checks labour amounts against hours × rate within one cent and computes a missing amount', () => {
    const headers = ['Monat', 'Person', 'Stunden', 'Satz', 'Betrag', 'KSt'];
    const map: ImportMapping = {
      headerRow: 1,
      columns: {
        period: 'Monat',
        personId: 'Person',
        hours: 'Stunden',
        rate: 'Satz',
        amount: 'Betrag',
        costCenter: 'KSt',
      },
      defaults: {},
    };
    const v = validator('labour', headers, map);
    expect(v.check(2, ['03/2027', 'C-1', '7,5', '95,5', '', 'CC-100']).record).toMatchObject({
      amount: '716.25',
      month: '2027-03',
      date: '',
    });
    expect(v.check(3, ['03/2027', 'C-2', '3', '33,333', '100,00', 'CC-100']).problems).toEqual([]);
    expect(v.check(4, ['03/2027', 'C-3', '3', '33,333', '100,01', 'CC-100']).problems[0]).toMatchObject({
      kind: 'hours-rate',
      letter: 'E',
      message: 'Amount 100.01 is not hours × rate (3 × 33.333 = 99.999)',
    });
  });

  it('keeps control totals where the file total is what is imported plus what is left out plus what came before', () => {
    const v = validator('actuals', GL_HEADERS, GL_MAP);
    const tally = new ImportTally();
    const rows: Cell[][] = [
      ['01.03.2027', 'CC-100', 'SVC-HOST', '6100', '100,10', ''],
      ['02.03.2027', 'CC-999', 'SVC-HOST', '6100', '(20,05)', ''],
      ['03.03.2027', 'CC-100', 'SVC-HOST', '6100', 'x', ''],
      ['03.03.2027', 'CC-100', 'SVC-HOST', '6100', '7', 'JPY'],
    ];
    rows.forEach((cells, i) => tally.add(v.check(i + 2, cells), i + 2));
    expect(tally.totals()).toEqual([
      {
        currency: 'EUR',
        fileTotal: sumMoney(['100.10', '-20.05']),
        importTotal: '100.1',
        leftOutTotal: '-20.05',
        alreadyImportedTotal: '0',
      },
      { currency: 'JPY', fileTotal: '7', importTotal: '7', leftOutTotal: '0', alreadyImportedTotal: '0' },
    ]);
    expect([tally.rowCount, tally.validCount, tally.leftOutCount]).toEqual([4, 2, 2]);
    expect(tally.leftOut.map((r) => [r.row, r.amount])).toEqual([
      [3, '-20.05'],
      [4, null],
    ]);
  });
});

describe('exact running sums', () => {
  it('equal decimal.js sums of any amounts, whatever their decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))),
        (parts) => {
          const amounts = parts.map(([u, s]) => toMoney(new D(u.toString()).div(new D(10).pow(s))));
          const sum = new ExactSum();
          amounts.forEach((a) => sum.add(a));
          expect(sum.value()).toBe(sumMoney(amounts));
        },
      ),
    );
  });
});
