import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { computeTco, type ColocationAlternative, type TcoModel } from '../../../../src-main/engine/tco';
import { byYear } from './fixtures';

/**
 * Colocation with fees in EUR, escalating 5 % a year, from July 2026. VMs: 100 in year 1,
 * overridden to 150 in year 2, then +10 % → 165 in year 3. Servers of 10 VMs at 5,000, 1 kW, 10 a rack:
 * 10 servers (1 rack, 10 kW), then 15 (2 racks, 15 kW), then ⌈16.5⌉ = 17 (2 racks, 17 kW).
 */
const colo: ColocationAlternative = {
  id: 'colo',
  name: 'Colocation',
  kind: 'colocation',
  hardware: [
    {
      name: 'servers',
      driver: 'vms',
      capacityPerUnit: '10',
      unitCost: '5000',
      refreshYears: 5,
      depreciationYears: 5,
      maintenancePercent: '0',
      kwPerUnit: '1',
      unitsPerRack: '10',
    },
  ],
  colocation: {
    rackFeeMonth: { amount: '1000', currency: 'EUR' },
    powerFeePerKwMonth: '100',
    crossConnects: '2',
    crossConnectFeeMonth: { amount: '250', currency: 'EUR' },
    remoteHandsHoursMonth: '0',
    remoteHandsRate: '0',
    escalationPercent: '5',
  },
  staff: [{ name: 'Migration team', fte: '1', loadedCostPerYear: '120000', fromMonth: 4, toMonth: 9 }],
};

const model: TcoModel = {
  currency: 'USD',
  minorUnits: 2,
  startMonth: '2026-07',
  years: 3,
  discountRatePercent: '5',
  demand: { vms: { start: '100', growthPercent: '10', overrides: { 2: '150' } } },
  alternatives: [colo],
};

/** 1 EUR = 1.10 USD in 2026, 1.20 from 2027. */
const rates = (currency: string, month: string) => (currency !== 'EUR' ? null : month < '2027' ? '1.1' : '1.2');

describe('inputs in other currencies and contract escalations', () => {
  const a = computeTco(model, { rates }).alternatives[0]!;

  it('grows demand from an override', () => {
    expect(computeTco(model, { rates }).demand.vms).toEqual(['100', '150', '165']);
    // 10 servers in month 1, 5 more in month 13, 2 more in month 25, at 5,000 each.
    expect(byYear(a.cash.byCategory.hardware)).toEqual(['50000', '25000', '10000']);
  });

  it('converts each month at that month’s rate and escalates once a model year', () => {
    // Month 1 (2026-07): 1 rack × 1,000 EUR × 1.1 = 1,100 + 10 kW × 100 = 2,100.
    // Month 7 (2027-01): 1,000 × 1.2 = 1,200 + 1,000 = 2,200. Year 1: 6 × 2,100 + 6 × 2,200 = 25,800.
    // Year 2 (×1.05): 2 × 1,000 × 1.2 × 1.05 = 2,520 + 15 × 100 × 1.05 = 1,575 → 4,095 a month → 49,140.
    // Year 3 (×1.1025): 2,646 + 17 × 110.25 = 1,874.25 → 4,520.25 a month → 54,243.
    const fees = a.cash.byCategory.colocation!;
    expect([fees[0], fees[6], fees[12], fees[24]]).toEqual(['2100', '2200', '4095', '4520.25']);
    expect(byYear(fees)).toEqual(['25800', '49140', '54243']);
    // Cross-connects: 2 × 250 EUR: 550 then 600 in year 1 (6,900); 630 a month in year 2; 661.50 in year 3.
    expect(byYear(a.cash.byCategory.network)).toEqual(['6900', '7560', '7938']);
  });

  it('pays a team only in the months it is hired for', () => {
    const staff = a.cash.byCategory.staff!;
    expect(staff.slice(0, 10)).toEqual(['0', '0', '0', ...Array(6).fill('10000'), '0']);
    expect(byYear(staff)).toEqual(['60000', '0', '0']);
  });

  it('names the field and the month when a rate is missing', () => {
    const only2026 = (currency: string, month: string) => (month < '2027' ? rates(currency, month) : null);
    expect(() => computeTco(model, { rates: only2026 })).toThrow(EngineInputError);
    expect(() => computeTco(model, { rates: only2026 })).toThrow(
      'colo: colocation.rackFeeMonth is in EUR, and there is no EUR→USD rate for 2027-01',
    );
  });
});
