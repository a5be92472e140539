import { describe, expect, it } from 'vitest';
import { actualFxEffect, createRateTable, splitVariance, sumVarianceSplits } from '../../../../src-main/engine/fx';
import { CURRENCIES, RATES } from './fx-fixtures';

const table = createRateTable({ baseCurrency: 'USD', currencies: CURRENCIES, rates: RATES });

// Hand-computed; method: actuals restated at budget rates (constant-currency analysis), so
// the difference to budget at budget rates is volume/price and the rest is FX.
describe('splitting a variance into volume/price and FX', () => {
  it('separates a EUR overspend from a weaker dollar', () => {
    // Budget 10,000 EUR × 1.08 = 10,800 USD. Actual 10,500 EUR: × 1.08 = 11,340; × 1.12 = 11,760.
    const split = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '10000', currency: 'EUR' },
      actual: { amount: '10500', currency: 'EUR' },
    });
    expect(split).toEqual({
      period: '2026-07',
      budgetBase: '10800',
      actualAtBudgetRate: '11340',
      actualAtActualRate: '11760',
      volumePriceVariance: '540',
      fxVariance: '420',
      totalVariance: '960',
    });
  });

  it('reports an FX gain as a negative variance when the foreign currency weakens', () => {
    // 3,000 GBP at budget 1.27 = 3,810.00; at actual 1.25 = 3,750.00: FX −60.00, no volume variance.
    expect(actualFxEffect(table, { amount: '3000', currency: 'GBP' }, '2026-07')).toEqual({
      atBudgetRate: '3810',
      atActualRate: '3750',
      fxVariance: '-60',
    });
    const split = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '3000', currency: 'GBP' },
      actual: { amount: '3000', currency: 'GBP' },
    });
    expect(split.volumePriceVariance).toBe('0');
    expect(split.totalVariance).toBe('-60');
  });

  it('has no FX variance on an actual in the base currency', () => {
    const split = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '500', currency: 'USD' },
      actual: { amount: '512.5', currency: 'USD' },
    });
    expect(split).toMatchObject({ fxVariance: '0', volumePriceVariance: '12.5', totalVariance: '12.5' });
  });

  it('compares a budget in one currency with an actual invoiced in another', () => {
    // Budget 1,000 USD; actual 150,000 JPY: ÷ 150 = 1,000.00 at budget rate, ÷ 155.5 = 964.63 at actual rate.
    const split = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '1000', currency: 'USD' },
      actual: { amount: '150000', currency: 'JPY' },
    });
    expect(split).toMatchObject({ volumePriceVariance: '0', fxVariance: '-35.37', totalVariance: '-35.37' });
  });

  it('adds splits up field by field and the total still reconciles', () => {
    const a = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '10000', currency: 'EUR' },
      actual: { amount: '10500', currency: 'EUR' },
    });
    const b = splitVariance(table, {
      period: '2026-07',
      budget: { amount: '3000', currency: 'GBP' },
      actual: { amount: '2900', currency: 'GBP' },
    });
    const sum = sumVarianceSplits([a, b], 'FY2027');
    expect(sum).toMatchObject({ budgetBase: '14610', actualAtActualRate: '15385', totalVariance: '775' });
    expect(sum.volumePriceVariance).toBe('413');
    expect(sum.fxVariance).toBe('362');
  });

  it('needs an actual rate for the period of an actual', () => {
    expect(() =>
      splitVariance(table, {
        period: '2026-08',
        budget: { amount: '1', currency: 'EUR' },
        actual: { amount: '1', currency: 'EUR' },
      }),
    ).toThrow('No actual FX rate for EUR/USD in period 2026-08');
  });
});
