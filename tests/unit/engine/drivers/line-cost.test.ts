import { describe, expect, it } from 'vitest';
import { lineCost, type LineCostModel } from '../../../../src-main/engine/drivers';

const model: LineCostModel = {
  line: 'L-1',
  fixedAmount: '500',
  unitRate: '7.5',
  escalation: { kind: 'annual-percent', percent: '4' },
  tierSize: '50',
  tierAmount: '100',
  startMonth: '2026-01',
  endMonth: null,
};
const opts = { minorUnits: 2, rounding: 'HALF_UP' as const };

describe('the cost of a driver-based line', () => {
  it('splits each month into fixed, variable (escalated rate × driver) and step parts', () => {
    const months = lineCost(
      model,
      [
        { month: '2026-12', value: '120' },
        { month: '2027-01', value: '120' },
        { month: '2027-02', value: '151' },
      ],
      opts,
    );
    // Rate 7.50 until 2026-12, 7.80 from 2027-01 (+4 %); tiers: ceil(120/50)=3, ceil(151/50)=4.
    expect(months.map((m) => [m.unitRate, m.fixed, m.variable, m.step, m.total])).toEqual([
      ['7.5', '500', '900', '300', '1700'],
      ['7.8', '500', '936', '300', '1736'],
      ['7.8', '500', '1177.8', '400', '2077.8'],
    ]);
  });

  it('keeps a rate finer than a cent and rounds each part to the currency with the workbook mode', () => {
    const m = { ...model, unitRate: '0.0235', escalation: { kind: 'none' as const }, tierSize: null, tierAmount: null };
    // 0.0235 × 1234.5 = 29.01075 → 29.01; fixed 500.
    const [a] = lineCost(m, [{ month: '2026-03', value: '1234.5' }], opts);
    expect(a).toMatchObject({ variable: '29.01', step: '0', total: '529.01' });
    const [b] = lineCost(m, [{ month: '2026-03', value: '1000.5' }], { minorUnits: 2, rounding: 'HALF_EVEN' });
    // 0.0235 × 1000.5 = 23.51175 → 23.51
    expect(b!.variable).toBe('23.51');
    const [c] = lineCost({ ...m, fixedAmount: '0' }, [{ month: '2026-03', value: '50' }], {
      minorUnits: 0,
      rounding: 'HALF_EVEN',
    });
    // 0.0235 × 50 = 1.175 → 1 (0 decimals)
    expect(c!.variable).toBe('1');
  });

  it('leaves out months before the start and after the end', () => {
    const m = { ...model, startMonth: '2026-02', endMonth: '2026-03' };
    const series = ['2026-01', '2026-02', '2026-03', '2026-04'].map((month) => ({ month, value: '10' }));
    expect(lineCost(m, series, opts).map((x) => x.month)).toEqual(['2026-02', '2026-03']);
  });

  it('refuses a negative rate, a tier size of zero and a tier without an amount, naming the field', () => {
    const s = [{ month: '2026-01', value: '1' }];
    expect(() => lineCost({ ...model, unitRate: '-1' }, s, opts)).toThrow(/Line L-1: unitRate -1 is negative/);
    expect(() => lineCost({ ...model, tierSize: '0' }, s, opts)).toThrow(/Line L-1: tierSize 0 is not above zero/);
    expect(() => lineCost({ ...model, tierAmount: null }, s, opts)).toThrow(/tierAmount is missing/);
    expect(() => lineCost({ ...model, fixedAmount: '1.001' }, s, opts)).toThrow(/fixedAmount 1.001 has more decimals/);
  });
});
