import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import { D } from '../../src-shared/money';
import { computeTco } from '../../src-main/engine/tco';
import { accountingWorkbook, closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';
import { ownServers, publicCloud, smallTcoModel } from './helpers/tco-model';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook('tco-fx.outlay')));
afterEach(() => closeFixture(f));

/** The 36 months of the small model (July 2026 – June 2029). */
const MONTHS = Array.from({ length: 36 }, (_, i) => addMonths('2026-07', i));
/** USD per EUR at budget: 1.08 in model year 1, 1.10 in year 2, 1.12 in year 3. */
const eurUsd = (month: string) => ['1.08', '1.1', '1.12'][Math.floor(MONTHS.indexOf(month) / 12)]!;

async function saveEurRates(rate: (month: string) => string = eurUsd): Promise<void> {
  await f.s.call('fx/save-rates', {
    rates: MONTHS.map((period) => ({ from: 'EUR', to: 'USD', period, budgetRate: rate(period) })),
  });
}

/** The cloud priced in euros: 92 per VM-month and 18 per TB-month. */
const euroCloud = () =>
  smallTcoModel({
    alternatives: [
      ownServers(),
      publicCloud({
        compute: {
          pricePerVmMonth: { amount: '92', currency: 'EUR' },
          reservedCoveragePercent: '60',
          reservedDiscountPercent: '30',
        },
        storage: { pricePerTbMonth: { amount: '18', currency: 'EUR' } },
      }),
    ],
  });

describe('TCO inputs in other currencies', () => {
  it('convert at the workbook’s budget rate of the month they are used in', async () => {
    await saveEurRates();
    const model = euroCloud();
    const { id } = await f.s.call('tco/save', { name: 'Euro cloud', model });
    const r = await f.s.call('tco/compute', { id });
    expect(r).toEqual(computeTco(model, { rates: (c, m) => (c === 'EUR' ? eurUsd(m) : null) }));
    // 200 VMs in year 1 at 92 EUR less 60 % × 30 % reserved, times 1.08 USD per EUR, for 12 months.
    const compute = new D(200).times(92).times(new D(1).minus('0.18')).times('1.08').times(12);
    expect(r.alternatives[1]!.years[0]!.cash.byCategory['cloud-compute']).toBe(compute.toFixed());

    // A new rate for the third year changes that year only.
    await saveEurRates((m) => (MONTHS.indexOf(m) >= 24 ? '1.2' : eurUsd(m)));
    const again = await f.s.call('tco/compute', { id });
    const cloudYears = (x: typeof r) => x.alternatives[1]!.years.map((y) => y.cash.total);
    expect(cloudYears(again).slice(0, 2)).toEqual(cloudYears(r).slice(0, 2));
    expect(new D(cloudYears(again)[2]!).greaterThan(cloudYears(r)[2]!)).toBe(true);
  });

  it('convert into a model currency other than the base through the inverse rate', async () => {
    await saveEurRates();
    const model = smallTcoModel({
      currency: 'EUR',
      alternatives: [
        ownServers({ hardware: [{ ...ownServers().hardware[0]!, unitCost: { amount: '13000', currency: 'USD' } }] }),
      ],
    });
    const r = await f.s.call('tco/compute', { model });
    expect(r).toEqual(computeTco(model, { rates: (c, m) => (c === 'USD' ? new D(1).div(eurUsd(m)).toFixed() : null) }));
    expect(r.currency).toBe('EUR');
  });

  it('refuses a model needing a rate the workbook lacks, naming the pair and month, and saves nothing', async () => {
    await saveEurRates();
    await f.s.call('fx/delete-rates', { keys: [{ from: 'EUR', to: 'USD', period: '2027-02' }] });
    const e = await refused(f, 'tco/save', { name: 'Euro cloud', model: euroCloud() });
    expect(e.code).toBe('validation');
    expect(e.details).toEqual({
      item: 'cloud',
      field: 'compute.pricePerVmMonth',
      pair: 'EUR/USD',
      month: '2027-02',
    });
    expect(e.message).toMatch(/EUR/);
    expect(e.message).toMatch(/2027-02/);
    expect(await refused(f, 'tco/compute', { model: euroCloud() })).toMatchObject({ details: { month: '2027-02' } });
  });
});
