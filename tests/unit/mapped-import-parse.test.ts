import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src-shared/money/decimal';
import { toMoney } from '../../src-shared/money/money';
import { parseUserAmount } from '../../src-shared/money/parse-user-amount';
import { parseDecimalCell } from '../../src-main/engine/mapped-import/parse-amount';
import { excelSerialDate, parseDateCell, parsePeriodCell } from '../../src-main/engine/mapped-import/parse-date';
import { columnLetter } from '../../src-main/engine/mapped-import/cells';

const value = (r: ReturnType<typeof parseDecimalCell>) => (r.ok ? r.value : `!${r.reason}`);

describe('amounts read from other systems’ files', () => {
  it('reads decimal points and commas, thousands separators, parentheses, minus signs and currency symbols', () => {
    expect(value(parseDecimalCell('1,234.56', 'point'))).toBe('1234.56');
    expect(value(parseDecimalCell('1.234,56', 'comma'))).toBe('1234.56');
    expect(value(parseDecimalCell('(1.234,50)', 'comma'))).toBe('-1234.5');
    expect(value(parseDecimalCell('-0,01', 'comma'))).toBe('-0.01');
    expect(value(parseDecimalCell('500,00-', 'comma'))).toBe('-500');
    expect(value(parseDecimalCell('€ 1 234,50', 'comma'))).toBe('1234.5');
    expect(value(parseDecimalCell('USD 99.90', 'point'))).toBe('99.9');
    expect(value(parseDecimalCell('0007', 'point'))).toBe('7');
    expect(value(parseDecimalCell('-0.00', 'point'))).toBe('0');
    expect(value(parseDecimalCell('', 'point'))).toBe(null);
    expect(value(parseDecimalCell(null, 'point'))).toBe(null);
  });

  it('refuses text that is not a number, and more decimals than the currency has', () => {
    expect(value(parseDecimalCell('12,3,4', 'comma'))).toMatch(/^!"12,3,4" is not a number/);
    expect(value(parseDecimalCell('abc', 'point'))).toMatch(/is not a number/);
    expect(value(parseDecimalCell('1.2.3', 'point'))).toMatch(/is not a number/);
    expect(value(parseDecimalCell('10.005', 'point', 2))).toBe('!10.005 has more than 2 decimals');
    expect(value(parseDecimalCell('10.50', 'point', 2))).toBe('10.5');
    expect(value(parseDecimalCell(true, 'point'))).toMatch(/true\/false value is not a number/);
  });

  it('reads .xlsx numbers through their shortest text, never by arithmetic', () => {
    expect(value(parseDecimalCell(12500.5, 'comma'))).toBe('12500.5');
    expect(value(parseDecimalCell(0.1 + 0.2, 'point'))).toBe('0.30000000000000004');
    expect(value(parseDecimalCell(0.1 + 0.2, 'point', 2))).toMatch(/more than 2 decimals/);
    expect(value(parseDecimalCell(1e21, 'point'))).toBe('1000000000000000000000');
    expect(value(parseDecimalCell(-5e-7, 'point'))).toBe('-0.0000005');
  });

  it('reads any amount written with thousands separators and either decimal separator back exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom<'point' | 'comma'>('point', 'comma'),
        fc.boolean(),
        (units, scale, decimal, parens) => {
          const exact = toMoney(new D(units.toString()).div(new D(10).pow(scale)));
          const abs = exact.replace('-', '');
          const [int, frac] = abs.split('.');
          const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, decimal === 'comma' ? '.' : ',');
          const body = frac ? `${grouped}${decimal === 'comma' ? ',' : '.'}${frac}` : grouped;
          const neg = exact.startsWith('-');
          const text = neg ? (parens ? `(${body})` : `-${body}`) : body;
          expect(value(parseDecimalCell(text, decimal))).toBe(exact);
        },
      ),
    );
  });

  it('agrees with the app’s user-amount parser on every text it accepts (property)', () => {
    const chars = fc.constantFrom('0', '1', '5', '9', '.', ',', '-', ' ', '(', ')', '€');
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 12 }),
        fc.constantFrom<'point' | 'comma'>('point', 'comma'),
        (s, d) => {
          let expected: string | null;
          try {
            expected = parseUserAmount(s, { decimalSeparator: d === 'comma' ? ',' : '.' });
          } catch {
            expected = 'error';
          }
          const r = parseDecimalCell(s, d);
          expect(r.ok ? r.value : 'error').toBe(expected);
        },
      ),
    );
  });
});

describe('dates and periods', () => {
  it('reads ISO dates always and text dates in the order chosen for the file', () => {
    expect(value(parseDateCell('2027-03-31', 'dmy'))).toBe('2027-03-31');
    expect(value(parseDateCell('2027-03-31T00:00:00Z', 'mdy'))).toBe('2027-03-31');
    expect(value(parseDateCell('03/04/2027', 'dmy'))).toBe('2027-04-03');
    expect(value(parseDateCell('03/04/2027', 'mdy'))).toBe('2027-03-04');
    expect(value(parseDateCell('31.03.27', 'dmy'))).toBe('2027-03-31');
    expect(value(parseDateCell('5 Mar 2027', 'ymd'))).toBe('2027-03-05');
    expect(value(parseDateCell('31/03/2027', 'mdy'))).toMatch(
      /^!"31\/03\/2027" is not a date \(expected month\/day\/year\)/,
    );
    expect(value(parseDateCell('2027-02-29', 'ymd'))).toMatch(/is not a date/);
    expect(value(parseDateCell('soon', 'ymd'))).toMatch(/is not a date/);
  });

  it('reads .xlsx Date cells as calendar dates and Excel serial numbers', () => {
    expect(value(parseDateCell(new Date(Date.UTC(2026, 2, 2)), 'dmy'))).toBe('2026-03-02');
    expect(excelSerialDate(1)).toBe('1899-12-31');
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(value(parseDateCell(46090, 'ymd'))).toBe('2026-03-09');
    expect(value(parseDateCell(46090.75, 'ymd'))).toBe('2026-03-09');
    expect(value(parseDateCell(-3, 'ymd'))).toMatch(/is not a date/);
  });

  it('maps every serial day to the next calendar day after the one before (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (n) => {
        const a = new Date(`${excelSerialDate(n)}T00:00:00Z`).getTime();
        const b = new Date(`${excelSerialDate(n + 1)}T00:00:00Z`).getTime();
        expect(b - a).toBe(86_400_000);
      }),
    );
  });

  it('reads periods written as 2027-03, 03/2027, Mar 2027, March-27, 202703 or a full date', () => {
    for (const p of [
      '2027-03',
      '2027/03',
      '03/2027',
      '3.2027',
      'Mar 2027',
      'March-27',
      'mar 27',
      '202703',
      '2027 Mar',
      '2027-03-15',
    ])
      expect(value(parsePeriodCell(p, 'ymd')), p).toBe('2027-03');
    expect(value(parsePeriodCell('13/2027', 'ymd'))).toMatch(/is not a month/);
    expect(value(parsePeriodCell('Q1 2027', 'ymd'))).toMatch(/is not a month/);
  });

  it('names columns as a spreadsheet does', () => {
    expect([1, 2, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
