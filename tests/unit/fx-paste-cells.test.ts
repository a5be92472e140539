import { describe, expect, it } from 'vitest';
import {
  detectDecimalSeparator,
  fxMonthOfPeriod,
  missingBudgetRates,
  parseMonthCell,
  parseRateCell,
} from '../../src-shared/fx';

describe('FX paste cells', () => {
  it.each([
    ['2026-07', '2026-07'],
    ['2026/7', '2026-07'],
    ['07/2026', '2026-07'],
    ['Jul 2026', '2026-07'],
    ['September 2026', '2026-09'],
    ['Sept-26', '2026-09'],
    ['2026-02-01', '2026-02'],
  ])('reads the month %s as %s', (text, month) => {
    expect(parseMonthCell(text)).toEqual({ ok: true, value: month });
  });

  it.each(['2026-13', '01/02/2026', 'Juneteenth 2026', '2026-02-30', ''])('refuses %j as a month', (text) => {
    expect(parseMonthCell(text).ok).toBe(false);
  });

  it('detects the decimal separator from the first cell that shows it', () => {
    expect(detectDecimalSeparator(['1,085', '0,92'])).toBe(',');
    expect(detectDecimalSeparator(['1,085', '1.0842'])).toBe('.');
    expect(detectDecimalSeparator(['1.234,5'])).toBe(',');
    expect(detectDecimalSeparator(['1,234,567'])).toBe('.');
    expect(detectDecimalSeparator(['1,085'])).toBe('.');
  });

  it('keeps every digit of a rate and refuses zero, negatives and text', () => {
    expect(parseRateCell('0.000000123456789123456789', '.')).toEqual({ ok: true, value: '0.000000123456789123456789' });
    expect(parseRateCell('  ', '.')).toBeNull();
    expect(parseRateCell('0', '.')).toMatchObject({ ok: false });
    expect(parseRateCell('(1.2)', '.')).toMatchObject({ ok: false });
    expect(parseRateCell('1.2.3', '.')).toMatchObject({ ok: false });
  });
});

describe('missing budget rates', () => {
  it('lists, per currency in use other than the base, the months with no rate either way', () => {
    const rates = [
      { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.1', actualRate: null },
      { from: 'USD', to: 'INR', period: '2026-08', budgetRate: '83', actualRate: null },
      { from: 'EUR', to: 'GBP', period: '2026-08', budgetRate: '0.85', actualRate: null },
    ];
    expect(
      missingBudgetRates({
        currencies: ['USD', 'INR', 'EUR', 'EUR'],
        baseCurrency: 'USD',
        months: ['2026-07', '2026-08'],
        rates,
      }),
    ).toEqual([
      { currency: 'EUR', months: ['2026-08'] },
      { currency: 'INR', months: ['2026-07'] },
    ]);
  });

  it('converts a retail period at the month of its middle day', () => {
    expect(fxMonthOfPeriod({ start: '2026-03-29', days: 35 })).toBe('2026-04');
    expect(fxMonthOfPeriod({ start: '2026-07-01', days: 31 })).toBe('2026-07');
  });
});
