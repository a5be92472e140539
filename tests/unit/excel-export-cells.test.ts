import { describe, expect, it } from 'vitest';
import { csvField } from '../../src-main/cli/commands/forecast-series-csv';
import { cellRate, colLetter, convertLikeExcel, moneyFormat } from '../../src-main/io/excel-export/formats';
import { csvSafeText, startsLikeFormula, textCell } from '../../src-main/io/excel-export/formula-text';
import { D } from '../../src-shared/money';

describe('spreadsheet-injection rule', () => {
  it('takes text starting with =, +, -, @, tab or CR for a formula, and nothing else', () => {
    for (const t of ['=HYPERLINK("http://x","y")', '+1', '-2', '@x', '\tcmd', '\rcmd']) {
      expect(startsLikeFormula(t)).toBe(true);
    }
    for (const t of ['Laptops', ' =1', '1-2', 'a=b', '', 'ÉTÉ']) expect(startsLikeFormula(t)).toBe(false);
  });

  it("prefixes formula-like CSV text with ' and leaves other text, and xlsx text, as it is", () => {
    expect(csvSafeText('=1+1')).toBe("'=1+1");
    expect(csvSafeText('Laptops')).toBe('Laptops');
    expect(textCell('=1+1')).toBe('=1+1');
  });

  it('applies to the CSV writer of outlay forecast-series, quoting after the prefix', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('-5,2')).toBe(`"'-5,2"`);
    expect(csvField('series 1')).toBe('series 1');
  });
});

describe('export cell helpers', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(colLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('formats money with the currency code, its minor units, thousands separators and negatives in parentheses', () => {
    expect(moneyFormat('EUR', 2)).toBe('"EUR "#,##0.00_);("EUR "#,##0.00)');
    expect(moneyFormat('JPY', 0)).toBe('"JPY "#,##0_);("JPY "#,##0)');
  });

  it('keeps 15 significant digits of a rate and rounds conversions half away from zero like ROUND', () => {
    expect(cellRate(new D(1).div('0.8516')).toFixed()).toBe('1.17426021606388');
    expect(convertLikeExcel('0.5', new D('0.01'), 2)).toBe('0.01');
    expect(convertLikeExcel('-0.5', new D('0.01'), 2)).toBe('-0.01');
    expect(convertLikeExcel('100', new D('1.17426021606388'), 2)).toBe('117.43');
  });
});
