import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { convertAmount, convertToBase, createRateTable, MissingFxRateError } from '../../../../src-main/engine/fx';
import { CURRENCIES, RATES } from './fx-fixtures';

const table = createRateTable({ baseCurrency: 'USD', currencies: CURRENCIES, rates: RATES });

// IAS 21.21–22: a foreign-currency amount is recorded by applying the exchange rate to it;
// an average rate for a month may be used when rates do not fluctuate significantly.
// Each expected figure is the amount times the month's rate, rounded half up to the cent.
describe('converting an amount to the base currency per period', () => {
  it('uses the direct rate of the pair', () => {
    expect(convertToBase(table, { amount: '1000', currency: 'EUR' }, '2026-07', 'budget')).toBe('1080');
    expect(convertToBase(table, { amount: '1000', currency: 'EUR' }, '2026-07', 'actual')).toBe('1120');
    expect(convertToBase(table, { amount: '2500.55', currency: 'GBP' }, '2026-07', 'budget')).toBe('3175.7');
  });

  it('inverts the reverse rate when only the other direction is quoted', () => {
    // 15,000 JPY ÷ 150 = 100.00 USD; 1,000,000 INR ÷ 83.95 = 11,911.852… USD.
    expect(convertToBase(table, { amount: '15000', currency: 'JPY' }, '2026-07', 'budget')).toBe('100');
    expect(convertToBase(table, { amount: '1000000', currency: 'INR' }, '2026-07', 'actual')).toBe('11911.85');
    expect(convertAmount(table, { amount: '1080', currency: 'USD' }, 'EUR', '2026-07', 'budget')).toBe('1000');
  });

  it('crosses through the base currency when neither direction is quoted', () => {
    // 1,000 EUR × 1.08 ÷ 1.27 = 850.3937… GBP; 1,000 EUR × 1.08 × 150 = 162,000 JPY.
    expect(convertAmount(table, { amount: '1000', currency: 'EUR' }, 'GBP', '2026-07', 'budget')).toBe('850.39');
    expect(convertAmount(table, { amount: '1000', currency: 'EUR' }, 'JPY', '2026-07', 'budget')).toBe('162000');
  });

  it('rounds to the target currency minor units: none for JPY, three for BHD', () => {
    // 12.34 USD × 150 = 1,851 JPY; 12.34 USD × 0.376 = 4.63984 → 4.640 BHD; 0.03 USD × 150 = 4.5 JPY.
    expect(convertAmount(table, { amount: '12.34', currency: 'USD' }, 'JPY', '2026-07', 'budget')).toBe('1851');
    expect(convertAmount(table, { amount: '12.34', currency: 'USD' }, 'BHD', '2026-07', 'budget')).toBe('4.64');
    expect(convertAmount(table, { amount: '12.345', currency: 'USD' }, 'BHD', '2026-07', 'budget')).toBe('4.642');
    expect(convertAmount(table, { amount: '0.03', currency: 'USD' }, 'JPY', '2026-07', 'budget')).toBe('5');
    expect(
      convertAmount(table, { amount: '0.03', currency: 'USD' }, 'JPY', '2026-07', 'budget', { rounding: 'HALF_EVEN' }),
    ).toBe('4');
    expect(convertAmount(table, { amount: '-0.03', currency: 'USD' }, 'JPY', '2026-07', 'budget')).toBe('-5');
  });

  it('leaves an amount already in the base currency as it is', () => {
    expect(convertToBase(table, { amount: '99.99', currency: 'USD' }, '2030-01', 'actual')).toBe('99.99');
  });
});

describe('bad FX input', () => {
  it('names the currency pair and period of a missing rate', () => {
    const err = (() => {
      try {
        convertToBase(table, { amount: '10', currency: 'EUR' }, '2026-08', 'actual');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MissingFxRateError);
    expect(err).toBeInstanceOf(EngineInputError);
    expect(err).toMatchObject({ item: 'EUR/USD', field: 'actualRate', period: '2026-08' });
    expect((err as Error).message).toBe('No actual FX rate for EUR/USD in period 2026-08');
    expect(() => convertToBase(table, { amount: '10', currency: 'GBP' }, '2026-09', 'budget')).toThrow(
      'No budget FX rate for GBP/USD in period 2026-09',
    );
  });

  it('rejects an unknown currency and an amount that is not a decimal string', () => {
    expect(() => convertToBase(table, { amount: '10', currency: 'XYZ' }, '2026-07', 'budget')).toThrow(
      expect.objectContaining({ item: 'XYZ', field: 'currency' }),
    );
    expect(() =>
      convertToBase(table, { amount: '1,000', currency: 'EUR' }, '2026-07', 'budget', { item: 'contract C-7' }),
    ).toThrow(expect.objectContaining({ item: 'contract C-7', field: 'amount' }));
  });

  it.each([
    [{ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '0' }, 'budgetRate'],
    [{ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.1', actualRate: '-1' }, 'actualRate'],
    [{ from: 'EUR', to: 'EUR', period: '2026-07', budgetRate: '1' }, 'to'],
    [{ from: 'EUR', to: 'USD', period: 'July', budgetRate: '1.1' }, 'period'],
    [{ from: 'XYZ', to: 'USD', period: '2026-07', budgetRate: '1.1' }, 'from'],
  ])('refuses the rate row %j, naming its %s', (row, field) => {
    expect(() => createRateTable({ baseCurrency: 'USD', currencies: CURRENCIES, rates: [row] })).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('refuses the same pair and period twice, and an unknown base currency', () => {
    const twice = [RATES[0]!, { ...RATES[0]!, budgetRate: '1.09' }];
    expect(() => createRateTable({ baseCurrency: 'USD', currencies: CURRENCIES, rates: twice })).toThrow(
      /appears twice/,
    );
    expect(() => createRateTable({ baseCurrency: 'CHF', currencies: CURRENCIES, rates: [] })).toThrow(
      expect.objectContaining({ field: 'baseCurrency' }),
    );
  });

  it('accepts fiscal period keys as periods', () => {
    const t = createRateTable({
      baseCurrency: 'USD',
      currencies: CURRENCIES,
      rates: [{ from: 'EUR', to: 'USD', period: 'FY2027-P01', budgetRate: '1.1' }],
    });
    expect(convertToBase(t, { amount: '10', currency: 'EUR' }, 'FY2027-P01', 'budget')).toBe('11');
  });
});
