import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount, createRateTable, splitVariance } from '../../../../src-main/engine/fx';
import { D } from '../../../../src-shared/money';
import { CURRENCIES } from './fx-fixtures';

const code = fc.constantFrom(...CURRENCIES.map((c) => c.code));
const units = (c: string) => CURRENCIES.find((x) => x.code === c)!.minorUnits;
// A positive rate with up to six decimals, from 0.0001 to 2,000.
const rate = fc.integer({ min: 1, max: 2_000_000_000 }).map((n) => new D(n).div(1_000_000).toFixed());
const amountIn = (minorUnits: number) =>
  fc
    .bigInt({ min: -(10n ** 13n), max: 10n ** 13n })
    .map((n) => new D(n.toString()).div(new D(10).pow(minorUnits)).toFixed());

describe('FX invariants', () => {
  it('round-trips A→B→A within half a minor unit of each side, and within one minor unit of A when B is finer', () => {
    const pairAndAmount = fc
      .tuple(code, code)
      .filter(([a, b]) => a !== b)
      .chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), amountIn(units(a))));
    fc.assert(
      fc.property(pairAndAmount, rate, ([a, b, amount], r) => {
        const table = createRateTable({
          baseCurrency: 'USD',
          currencies: CURRENCIES,
          rates: [{ from: a, to: b, period: '2026-07', budgetRate: r }],
        });
        const there = convertAmount(table, { amount, currency: a }, b, '2026-07', 'budget');
        const back = convertAmount(table, { amount: there, currency: b }, a, '2026-07', 'budget');
        const uA = new D(10).pow(-units(a));
        const uB = new D(10).pow(-units(b));
        const err = new D(back).minus(amount).abs();
        expect(err.lte(uA.div(2).plus(uB.div(2).div(r)).plus('1e-20'))).toBe(true);
        if (uB.div(r).lte(uA)) expect(err.lte(uA)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('splits every variance into parts that add up exactly to the total', () => {
    fc.assert(
      fc.property(code, code, rate, rate, amountIn(2), amountIn(2), (bc, ac, br, ar, budget, actual) => {
        const rates = [
          ...(bc === 'USD' ? [] : [{ from: bc, to: 'USD', period: '2026-07', budgetRate: br, actualRate: ar }]),
          ...(ac === 'USD' || ac === bc
            ? []
            : [{ from: 'USD', to: ac, period: '2026-07', budgetRate: ar, actualRate: br }]),
        ];
        const table = createRateTable({ baseCurrency: 'USD', currencies: CURRENCIES, rates });
        const s = splitVariance(table, {
          period: '2026-07',
          budget: { amount: budget, currency: bc },
          actual: { amount: new D(actual).toDecimalPlaces(units(ac)).toFixed(), currency: ac },
        });
        expect(new D(s.volumePriceVariance).plus(s.fxVariance).eq(s.totalVariance)).toBe(true);
        expect(new D(s.actualAtActualRate).minus(s.budgetBase).eq(s.totalVariance)).toBe(true);
        for (const m of [s.budgetBase, s.actualAtBudgetRate, s.actualAtActualRate]) {
          expect(new D(m).decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});
