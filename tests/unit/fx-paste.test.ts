import { describe, expect, it } from 'vitest';
import { parseFxPaste, ratesToSave, type FxPasteOptions } from '../../src-shared/fx';
import type { FxRateRecord } from '../../src-shared/model';

const stored: FxRateRecord[] = [
  { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.08', actualRate: '1.0812' },
  { from: 'GBP', to: 'USD', period: '2026-07', budgetRate: '1.27', actualRate: null },
];
const opts: FxPasteOptions = { baseCurrency: 'USD', currencies: ['USD', 'EUR', 'GBP', 'JPY', 'INR'], existing: stored };
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

describe('pasting FX rates in list form', () => {
  it('reads a block with a recognised header: inserts, replacements with their old values, unchanged rows', () => {
    const p = parseFxPaste(
      tsv([
        ['From', 'To', 'Month', 'Budget rate', 'Actual rate'],
        ['EUR', 'USD', '2026-07', '1.0900', ''],
        ['GBP', 'USD', '2026-07', '1.27', ''],
        ['eur', 'usd', 'Aug 2026', '1.0842', '1.08419'],
      ]),
      opts,
    );
    expect(p).toMatchObject({ form: 'list', headerRow: true, decimalSeparator: '.', problems: [], error: null });
    expect(p.rows).toEqual([
      {
        line: 2,
        status: 'replace',
        rate: { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.09', actualRate: '1.0812' },
        old: stored[0],
        reverse: null,
      },
      { line: 3, status: 'unchanged', rate: stored[1], old: stored[1], reverse: null },
      {
        line: 4,
        status: 'insert',
        rate: { from: 'EUR', to: 'USD', period: '2026-08', budgetRate: '1.0842', actualRate: '1.08419' },
        old: null,
        reverse: null,
      },
    ]);
    expect(ratesToSave(p).map((r) => r.period)).toEqual(['2026-07', '2026-08']);
  });

  it('follows the header names when the columns come in another order', () => {
    const p = parseFxPaste(
      tsv([
        ['Month', 'Budget', 'From currency', 'To currency'],
        ['2026-09', '150.25', 'USD', 'JPY'],
      ]),
      opts,
    );
    expect(p.rows[0]!.rate).toEqual({
      from: 'USD',
      to: 'JPY',
      period: '2026-09',
      budgetRate: '150.25',
      actualRate: null,
    });
  });

  it('reads rows without a header in the order From, To, Month, Budget rate, Actual rate', () => {
    const p = parseFxPaste('EUR\tUSD\t2026/10\t1.1\r\nUSD\tINR\t11/2026\t83.125\t83.5\r\n', opts);
    expect(p.headerRow).toBe(false);
    expect(p.rows.map((r) => [r.rate.from, r.rate.to, r.rate.period, r.rate.budgetRate, r.rate.actualRate])).toEqual([
      ['EUR', 'USD', '2026-10', '1.1', null],
      ['USD', 'INR', '2026-11', '83.125', '83.5'],
    ]);
  });

  it('names the row, column and reason of every cell it cannot read, and still reads the good rows', () => {
    const p = parseFxPaste(
      tsv([
        ['From', 'To', 'Month', 'Budget rate', 'Actual rate'],
        ['EUR', 'USD', '2026-13', '1.1', ''],
        ['EUR', 'USD', '2026-11', 'abc', ''],
        ['EUR', 'USD', '2026-12', '-1.1', ''],
        ['CHF', 'USD', '2026-12', '0.9', ''],
        ['EUR', 'EUR', '2026-12', '1', ''],
        ['EUR', 'USD', '2027-01', '0', ''],
        ['GBP', 'USD', '2027-01', '1.25', ''],
      ]),
      opts,
    );
    expect(p.problems.map((x) => [x.line, x.column, x.columnName])).toEqual([
      [2, 3, 'Month'],
      [3, 4, 'Budget rate'],
      [4, 4, 'Budget rate'],
      [5, 1, 'From'],
      [6, 2, 'To'],
      [7, 4, 'Budget rate'],
    ]);
    expect(p.problems[0]!.reason).toMatch(/not a month/);
    expect(p.problems[1]!.reason).toMatch(/not a number/);
    expect(p.problems[2]!.reason).toMatch(/positive/);
    expect(p.problems[3]!.reason).toMatch(/unknown currency CHF/);
    expect(p.problems[4]!.reason).toMatch(/from = to/);
    expect(p.problems[5]!.reason).toMatch(/positive/);
    expect(p.rows.map((r) => r.line)).toEqual([8]);
  });

  it('refuses a pair and month given twice in the block on the later row', () => {
    const p = parseFxPaste('EUR\tUSD\t2026-10\t1.1\r\nEUR\tUSD\tOct-26\t1.2\r\n', opts);
    expect(p.rows).toHaveLength(1);
    expect(p.problems).toEqual([
      expect.objectContaining({ line: 2, column: 3, reason: expect.stringMatching(/already on row 1/) }),
    ]);
  });

  it('reads decimal commas and thousands separators as exact decimal strings', () => {
    const comma = parseFxPaste('EUR\tUSD\t2026-10\t1,0842\t\r\nUSD\tINR\t2026-10\t1.234,56789\t\r\n', opts);
    expect(comma.decimalSeparator).toBe(',');
    expect(comma.rows.map((r) => r.rate.budgetRate)).toEqual(['1.0842', '1234.56789']);
    const point = parseFxPaste('USD\tINR\t2026-10\t16,250.123456789012345\r\n', opts);
    expect(point.rows[0]!.rate.budgetRate).toBe('16250.123456789012345');
    const forced = parseFxPaste('EUR\tUSD\t2026-10\t1,085\r\n', { ...opts, decimalSeparator: ',' });
    expect(forced.rows[0]!.rate.budgetRate).toBe('1.085');
  });

  it('refuses a block it cannot lay out as a whole', () => {
    expect(parseFxPaste('', opts).error).toMatch(/no rates/);
    expect(parseFxPaste('1.1\t1.2\r\n', opts).error).toMatch(/From, To, Month and Budget rate/);
  });
});

describe('pasting FX rates in matrix form', () => {
  it('reads months down and currency codes across as budget rates into the base currency, keeping stored actual rates', () => {
    const p = parseFxPaste(
      tsv([
        ['Month', 'EUR', 'GBP', 'JPY'],
        ['2026-07', '1.09', '1.27', '0.0067'],
        ['2026-08', '1.1', '', '0.0068'],
      ]),
      opts,
    );
    expect(p).toMatchObject({ form: 'matrix', headerRow: true, problems: [] });
    expect(
      p.rows.map((r) => [r.status, r.rate.from, r.rate.to, r.rate.period, r.rate.budgetRate, r.rate.actualRate]),
    ).toEqual([
      ['replace', 'EUR', 'USD', '2026-07', '1.09', '1.0812'],
      ['unchanged', 'GBP', 'USD', '2026-07', '1.27', null],
      ['insert', 'JPY', 'USD', '2026-07', '0.0067', null],
      ['insert', 'EUR', 'USD', '2026-08', '1.1', null],
      ['insert', 'JPY', 'USD', '2026-08', '0.0068', null],
    ]);
  });

  it('names a base-currency or unknown column in the header and a bad month or rate in the body', () => {
    const p = parseFxPaste(
      tsv([
        ['', 'EUR', 'USD', 'XYZ'],
        ['July 2026', '1,09', '1', '2'],
        ['someday', '1,1', '1', '2'],
        ['2026-09', 'n/a', '1', '2'],
      ]),
      opts,
    );
    expect(p.decimalSeparator).toBe(',');
    expect(p.problems.map((x) => [x.line, x.column, x.columnName])).toEqual([
      [1, 3, 'USD'],
      [1, 4, 'XYZ'],
      [3, 1, 'Month'],
      [4, 2, 'EUR'],
    ]);
    expect(p.problems[0]!.reason).toMatch(/from = to/);
    expect(p.rows.map((r) => [r.rate.period, r.rate.budgetRate])).toEqual([['2026-07', '1.09']]);
  });

  it('keeps a stored reverse pair and shows it next to the pasted rate', () => {
    const eurBase = { ...opts, baseCurrency: 'EUR' };
    const p = parseFxPaste('Month\tUSD\r\n2026-07\t0.92\r\n', eurBase);
    expect(p.rows).toEqual([
      {
        line: 2,
        status: 'insert',
        rate: { from: 'USD', to: 'EUR', period: '2026-07', budgetRate: '0.92', actualRate: null },
        old: null,
        reverse: stored[0],
      },
    ]);
  });
});
