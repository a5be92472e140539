import { describe, expect, it } from 'vitest';
import { computeTco } from '../../../../src-main/engine/tco';
import { D, toMoney } from '../../../../src-shared/money';
import { baseModel, byYear, cloud, dataCenter } from './fixtures';

const result = computeTco(baseModel([dataCenter(), cloud()]));
const dc = result.alternatives[0]!;
const cl = result.alternatives[1]!;

describe('a data center with one hardware purchase a year, by hand', () => {
  // Servers needed: ⌈400/20⌉ = 20 (year 1), ⌈440/20⌉ = 22 (year 2), ⌈484/20⌉ = ⌈24.2⌉ = 25 (year 3).
  // Purchases at 12,000: 20 → 240,000 in month 1; 2 → 24,000 in month 13; 3 → 36,000 in month 25.
  it('pays for hardware in the month it is bought (cash view)', () => {
    const hw = dc.cash.byCategory.hardware!;
    expect(hw[0]).toBe('240000');
    expect(hw[12]).toBe('24000');
    expect(hw[24]).toBe('36000');
    expect(byYear(hw)).toEqual(['240000', '24000', '36000']);
  });

  it('expenses depreciation instead in the P&L view (5-year straight line, full month)', () => {
    // 240,000 / 60 = 4,000 a month from month 1; 24,000 / 60 = 400 from month 13; 36,000 / 60 = 600 from month 25.
    // Year 1: 12 × 4,000 = 48,000. Year 2: 12 × 4,400 = 52,800. Year 3: 12 × 5,000 = 60,000.
    expect(dc.pnl.byCategory.hardware).toBeUndefined();
    expect(dc.cash.byCategory.depreciation).toBeUndefined();
    const dep = dc.pnl.byCategory.depreciation!;
    expect([dep[0], dep[12], dep[24]]).toEqual(['4000', '4400', '5000']);
    expect(byYear(dep)).toEqual(['48000', '52800', '60000']);
  });

  it('posts maintenance, power and space the same in both views', () => {
    // Maintenance 10 %/yr of the purchase price in service: 24,000; 26,400; 30,000.
    // Power: 0.5 kW × servers × PUE 1.5 × 730 h × 0.20: 10 kW → 2,190 a month → 26,280;
    //   11 kW → 2,409 → 28,908; 12.5 kW → 2,737.50 → 32,850.
    // Space: ⌈servers / 20⌉ racks × 1,000: 1 rack → 12,000; 2 racks → 24,000; 2 → 24,000.
    for (const view of [dc.cash, dc.pnl]) {
      expect(byYear(view.byCategory.maintenance)).toEqual(['24000', '26400', '30000']);
      expect(byYear(view.byCategory.power)).toEqual(['26280', '28908', '32850']);
      expect(byYear(view.byCategory.space)).toEqual(['12000', '24000', '24000']);
    }
    expect(dc.cash.byCategory.power![24]).toBe('2737.5');
  });

  it('totals each year in both views, and cash − P&L is the net book value left at the horizon', () => {
    // Cash: 240,000 + 24,000 + 26,280 + 12,000 = 302,280; 24,000 + 26,400 + 28,908 + 24,000 = 103,308;
    //       36,000 + 30,000 + 32,850 + 24,000 = 122,850; total 528,438.
    // P&L:  48,000 + 24,000 + 26,280 + 12,000 = 110,280; 52,800 + 26,400 + 28,908 + 24,000 = 132,108;
    //       60,000 + 30,000 + 32,850 + 24,000 = 146,850; total 389,238.
    expect(dc.years.map((y) => y.cash.total)).toEqual(['302280', '103308', '122850']);
    expect(dc.years.map((y) => y.pnl.total)).toEqual(['110280', '132108', '146850']);
    expect(dc.years.map((y) => y.cash.cumulative)).toEqual(['302280', '405588', '528438']);
    expect([dc.totalCash, dc.totalPnl]).toEqual(['528438', '389238']);
    // Bought 300,000, depreciated 160,800: 139,200 left = 528,438 − 389,238.
    expect(dc.nbvAtHorizon).toBe('139200');
    expect(dc.nbvAtStart).toBe('0');
  });

  it('divides each year by its demand for the cost per VM and per TB', () => {
    // 302,280 / 400 VMs = 755.70; 103,308 / 440 = 234.7909… → 234.79; 302,280 / 100 TB = 3,022.80.
    expect(dc.years[0]!.cash.perUnit).toEqual({ vms: '755.7', storageTb: '3022.8' });
    expect(dc.years[1]!.cash.perUnit.vms).toBe('234.79');
    expect(dc.years[0]!.pnl.perUnit.vms).toBe('275.7');
  });
});

describe('a cloud with 60 % reserved coverage at 30 % off, by hand', () => {
  // Each VM costs 100 × (0.6 × 0.7 + 0.4) = 82 a month.
  // Compute: 400 × 82 = 32,800 a month (393,600 a year); 440 × 82 = 36,080 (432,960); 484 × 82 = 39,688 (476,256).
  // Storage 100 TB × 20 = 2,000 a month; egress 5 TB × 90 = 450 a month.
  it('prices compute, storage and egress month by month', () => {
    expect(cl.cash.byCategory['cloud-compute']!.slice(11, 13)).toEqual(['32800', '36080']);
    expect(byYear(cl.cash.byCategory['cloud-compute'])).toEqual(['393600', '432960', '476256']);
    expect(byYear(cl.cash.byCategory['cloud-storage'])).toEqual(['24000', '24000', '24000']);
    expect(byYear(cl.cash.byCategory.egress)).toEqual(['5400', '5400', '5400']);
    // Nothing is capitalised, so cash and P&L agree.
    expect(cl.pnl).toEqual(cl.cash);
    expect(cl.totalCash).toBe('1391016');
  });

  it('discounts the cash flows monthly at 8 % a year, as the annuity closed form says', () => {
    // v = 1.08^(−1/12); twelve end-of-month payments of C are worth C × v(1 − v¹²)/(1 − v) at the
    // start of their year, and v¹² = 1/1.08, so NPV = a × (35,250 + 38,530/1.08 + 42,138/1.08²).
    const v = new D('1.08').pow(new D(-1).div(12));
    const a = v.times(new D(1).minus(new D(1).div('1.08'))).div(new D(1).minus(v));
    const closed = a.times(new D(35250).plus(new D(38530).div('1.08')).plus(new D(42138).div(new D('1.08').pow(2))));
    expect(cl.npv).toBe(toMoney(closed.toDecimalPlaces(2, D.ROUND_HALF_UP)));
    expect(cl.npv).toBe('1232479.86');
  });

  it('at a 0 % discount rate the NPV is the cash total', () => {
    const flat = computeTco(baseModel([cloud()], { discountRatePercent: '0' }));
    expect(flat.alternatives[0]!.npv).toBe('1391016');
  });
});

describe('break-even between the two, by hand', () => {
  // DC month 1: 240,000 + 2,000 maintenance + 2,190 power + 1,000 space = 245,190; months 2…12: 5,190.
  // Cloud: 35,250 a month. 245,190 + 5,190 (m − 1) < 35,250 m ⇔ 240,000 < 30,060 m ⇔ m ≥ 8:
  // month 7: 276,330 vs 246,750; month 8: 281,520 vs 282,000. After that the gap only widens.
  it('finds the month from which the data center stays cheaper, and none the other way', () => {
    expect(dc.cash.cumulative[7]).toBe('281520');
    expect(cl.cash.cumulative[7]).toBe('282000');
    expect(result.breakEven).toEqual([
      { cheaper: 'dc', than: 'cloud', month: 8, monthLabel: '2026-08' },
      { cheaper: 'cloud', than: 'dc', month: null, monthLabel: null },
    ]);
  });

  it('labels every model month', () => {
    expect(result.months).toHaveLength(36);
    expect([result.months[0], result.months[11], result.months[35]]).toEqual(['2026-01', '2026-12', '2028-12']);
    expect(result.demand.vms).toEqual(['400', '440', '484']);
  });
});
