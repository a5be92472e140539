import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTco, demoTcoModels, postLine, type TcoModel } from '../../../../src-main/engine/tco';
import { D, sumMoney } from '../../../../src-shared/money';
import { expectConserved } from './conservation';
import { baseModel, byYear, cloud, dataCenter } from './fixtures';

/** Awkward numbers everywhere: fractional prices, escalations, FX-denominated inputs. */
const awkward: TcoModel = baseModel(
  [
    dataCenter({
      facility: { pue: '1.37', pricePerKwh: { amount: '0.1731', currency: 'EUR' }, spacePerRackMonth: '987.65' },
      staff: [{ name: 'Ops', fte: '1.5', loadedCostPerYear: '100000.01', escalationPercent: '3.3' }],
      recurring: [
        { name: 'Hypervisor', category: 'licences', monthly: '13.337', per: 'vms', escalationPercent: '4.1' },
      ],
    }),
    cloud({
      compute: { pricePerVmMonth: '97.123', reservedCoveragePercent: '62.5', reservedDiscountPercent: '31.7' },
      priceChangePercent: '-1.9',
      oneOffs: [{ name: 'Migration', amount: { amount: '250000', currency: 'EUR' }, month: 5 }],
    }),
  ],
  { years: 4, discountRatePercent: '7.25' },
);
const eurRate = (currency: string, month: string) =>
  currency === 'EUR' ? (month < '2027' ? '1.0831' : '1.1097') : null;

describe('posted lines add up', () => {
  it('splits a yearly amount over its months by largest remainder, ties to the earliest month', () => {
    // One FTE at 100,000.01 a year: 10,000,001 cents / 12 = 833,333 rem 5 → the first five months get a cent more.
    const r = computeTco(
      baseModel([cloud({ staff: [{ name: 'Ops', fte: '1', loadedCostPerYear: '100000.01' }] })], {
        discountRatePercent: '0',
      }),
    );
    const staff = r.alternatives[0]!.cash.byCategory.staff!;
    expect(staff.slice(0, 12)).toEqual([...Array(5).fill('8333.34'), ...Array(7).fill('8333.33')]);
    expect(byYear(staff)).toEqual(['100000.01', '100000.01', '100000.01']);
  });

  it('keeps every identity for a model of awkward numbers in two currencies', () => {
    expectConserved(computeTco(awkward, { rates: eurRate }));
  });

  it('keeps every identity for the demo models', () => {
    const demo = demoTcoModels();
    expectConserved(computeTco(demo.infrastructure));
    expectConserved(computeTco(demo.erp));
  });

  it('leaves a whole month unchanged when a large month sits next to fractional ones (seed 830975787)', () => {
    // The property below once failed here: a proportional split of the rounded year gave
    // the whole month 140592302192.00 a cent (posted .01), one full minor unit off exact.
    const values = [
      '0',
      '0.14285714285714285714',
      '140592302192.00000000000000000000',
      '27582091439.14285714285714285714',
      ...Array<string>(8).fill('0'),
    ];
    const posted = postLine(
      values.map((v) => new D(v)),
      2,
    );
    // Two equal fractions of 0.29 cents compete for the one missing cent: the earlier wins.
    expect(posted.slice(0, 4)).toEqual(['0', '0.15', '140592302192', '27582091439.14']);
    expect(sumMoney(posted)).toBe('168174393631.29');
    posted.forEach((p, i) => expect(new D(p).minus(values[i]!).abs().lessThan('0.01')).toBe(true));
  });

  it('posts each year of a line as its exact total rounded once, each month within a minor unit of exact', () => {
    const exactArb = fc.array(
      fc.oneof(
        fc.constant('0'),
        fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => new D(n.toString()).div(7).toFixed(20)),
      ),
      { minLength: 12, maxLength: 36 },
    );
    fc.assert(
      fc.property(exactArb, fc.integer({ min: 0, max: 3 }), (values, mu) => {
        const exact = values.map((v) => new D(v));
        const posted = postLine(exact, mu);
        for (let start = 0; start < exact.length; start += 12) {
          const year = exact.slice(start, start + 12).reduce((a, b) => a.plus(b), new D(0));
          expect(sumMoney(posted.slice(start, start + 12))).toBe(
            sumMoney([year.toDecimalPlaces(mu, D.ROUND_HALF_UP).toFixed()]),
          );
        }
        const unit = new D(10).pow(-mu);
        posted.forEach((p, i) => expect(new D(p).minus(exact[i]!).abs().lessThan(unit)).toBe(true));
      }),
      { numRuns: 200 },
    );
  });
});

describe('cash and P&L differ by the net book value of hardware', () => {
  const hardwareArb = fc.record({
    years: fc.integer({ min: 3, max: 10 }),
    vms: fc.integer({ min: 0, max: 5000 }),
    growth: fc.integer({ min: -30, max: 60 }),
    capacity: fc.integer({ min: 1, max: 60 }),
    costCents: fc.integer({ min: 0, max: 10_000_000 }),
    refreshYears: fc.integer({ min: 1, max: 7 }),
    depreciationYears: fc.integer({ min: 1, max: 8 }),
    method: fc.constantFrom(
      'straight-line' as const,
      'declining-balance' as const,
      'double-declining-balance' as const,
      'sum-of-the-years-digits' as const,
    ),
    installed: fc.option(fc.record({ units: fc.integer({ min: 0, max: 50 }), age: fc.integer({ min: 1, max: 200 }) })),
    priceChange: fc.integer({ min: -20, max: 20 }),
  });

  it('cash total − P&L total = NBV at the horizon − NBV at the start, to the cent', () => {
    fc.assert(
      fc.property(hardwareArb, (h) => {
        const refreshMonths = h.refreshYears * 12;
        const model = baseModel(
          [
            dataCenter({
              hardware: [
                {
                  name: 'servers',
                  driver: 'vms',
                  capacityPerUnit: String(h.capacity),
                  unitCost: new D(h.costCents).div(100).toFixed(),
                  unitCostChangePercent: String(h.priceChange),
                  refreshYears: h.refreshYears,
                  depreciationYears: h.depreciationYears,
                  method: h.method,
                  maintenancePercent: '9',
                  kwPerUnit: '0.4',
                  unitsPerRack: '18',
                  ...(h.installed && {
                    installed: {
                      units: h.installed.units,
                      unitCost: '7777.77',
                      ageMonths: 1 + (h.installed.age % (refreshMonths - 1)),
                    },
                  }),
                },
              ],
            }),
          ],
          { years: h.years, demand: { vms: { start: String(h.vms), growthPercent: String(h.growth) } } },
        );
        const a = computeTco(model).alternatives[0]!;
        const capex = sumMoney(a.cash.byCategory.hardware ?? []);
        const expensed = sumMoney([...(a.pnl.byCategory.depreciation ?? []), ...(a.pnl.byCategory['write-off'] ?? [])]);
        // What was bought or on the books at the start is either expensed or still on the books.
        expect(sumMoney([capex, a.nbvAtStart])).toBe(sumMoney([expensed, a.nbvAtHorizon]));
        expect(new D(a.totalCash).minus(a.totalPnl).toFixed()).toBe(
          new D(a.nbvAtHorizon).minus(a.nbvAtStart).toFixed(),
        );
      }),
      { numRuns: 100 },
    );
    // Generous: the machine is shared, and a hundred models of up to ten years take a few seconds.
  }, 30_000);
});
