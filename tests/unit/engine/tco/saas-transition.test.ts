import { describe, expect, it } from 'vitest';
import { computeTco, type LegacySystem, type SaasAlternative, type TcoModel } from '../../../../src-main/engine/tco';
import { addMoney } from '../../../../src-shared/money';
import { byYear } from './fixtures';

/**
 * The system today: 2 servers bought 24 months before the start at 12,000 each, 5-year straight
 * line (400 a month for both, so 9,600 depreciated and 14,400 left at the start); 10 %
 * maintenance (200 a month); 1 kW at PUE 1 × 730 h × 0.10 = 73 a month; one rack at 500;
 * a licence at 300 a month; one administrator at 60,000 a year (5,000 a month).
 * Running cost: 200 + 73 + 500 + 300 + 5,000 = 6,073 a month.
 */
const legacy: LegacySystem = {
  kind: 'data-center',
  hardware: [
    {
      name: 'ERP servers',
      driver: 'users',
      capacityPerUnit: '100',
      unitCost: '12000',
      refreshYears: 5,
      depreciationYears: 5,
      maintenancePercent: '10',
      kwPerUnit: '0.5',
      unitsPerRack: '20',
      installed: { units: 2, unitCost: '12000', ageMonths: 24 },
    },
  ],
  facility: { pue: '1', pricePerKwh: '0.1', spacePerRackMonth: '500' },
  recurring: [{ name: 'ERP licence', category: 'licences', monthly: '300' }],
  staff: [{ name: 'Administrator', fte: '1', loadedCostPerYear: '60000' }],
};

/**
 * Users 100, 130, 169 (+30 %/yr). Tiers: 10 a user, 9 from 120 users, 8 from 160 users.
 * Go-live in month 4, 3 months of dual running: the legacy system runs through month 6.
 */
const saas: SaasAlternative = {
  id: 'saas',
  name: 'SaaS',
  kind: 'saas',
  subscription: {
    tiers: [
      { fromUsers: '0', pricePerUserMonth: '10' },
      { fromUsers: '120', pricePerUserMonth: '9' },
      { fromUsers: '160', pricePerUserMonth: '8' },
    ],
    escalationPercent: '10',
  },
  goLiveMonth: 4,
  dualRunningMonths: 3,
  legacy,
  oneOffs: [{ name: 'Migration', amount: '20000', month: 3 }],
};

const model: TcoModel = {
  currency: 'USD',
  minorUnits: 2,
  startMonth: '2026-01',
  years: 3,
  discountRatePercent: '8',
  demand: { users: { start: '100', growthPercent: '30' } },
  alternatives: [{ id: 'stay', name: 'Stay on premises', ...legacy }, saas],
};

const result = computeTco(model);
const stay = result.alternatives[0]!;
const move = result.alternatives[1]!;

describe('an on-premises → SaaS transition with dual running and decommissioning', () => {
  it('charges the subscription from go-live at the tier price, escalated every 12 months after go-live', () => {
    // Months 4–12: 100 × 10 = 1,000 → 9,000.
    // Months 13–15: 130 users ≥ 120 → 9 each: 1,170 × 3 = 3,510; months 16–24 (×1.1): 1,287 × 9 = 11,583 → 15,093.
    // Months 25–27: 169 ≥ 160 → 8 × 1.1 × 169 = 1,487.20 × 3 = 4,461.60; months 28–36 (×1.21): 1,635.92 × 9 = 14,723.28 → 19,184.88.
    const sub = move.cash.byCategory.subscription!;
    expect(sub.slice(0, 4)).toEqual(['0', '0', '0', '1000']);
    expect([sub[14], sub[15], sub[26], sub[27]]).toEqual(['1170', '1287', '1487.2', '1635.92']);
    expect(byYear(sub)).toEqual(['9000', '15093', '19184.88']);
  });

  it('runs the legacy system through its decommissioning month and nothing of it afterwards', () => {
    expect(move.decommissionMonth).toBe(6);
    for (const c of ['maintenance', 'power', 'space', 'licences', 'staff'] as const) {
      const line = move.cash.byCategory[c]!;
      expect(line.slice(6).every((v) => v === '0')).toBe(true);
    }
    expect(move.cash.byCategory.staff!.slice(0, 6)).toEqual(Array(6).fill('5000'));
    expect(move.cash.byCategory.power![5]).toBe('73');
  });

  it('writes off the remaining net book value in the decommissioning month (P&L only)', () => {
    // 14,400 at the start − 6 × 400 = 12,000 left after month 6's depreciation.
    expect(move.nbvAtStart).toBe('14400');
    expect(move.pnl.byCategory['write-off']![5]).toBe('12000');
    expect(move.pnl.byCategory.depreciation!.slice(5, 7)).toEqual(['400', '0']);
    expect(move.cash.byCategory['write-off']).toBeUndefined();
    expect(move.nbvAtHorizon).toBe('0');
  });

  it('totals the first year in both views', () => {
    // Cash: 6 × 6,073 = 36,438 legacy + 9,000 subscription + 20,000 migration = 65,438.
    // P&L: 36,438 + 6 × 400 depreciation + 12,000 write-off + 9,000 + 20,000 = 79,838.
    expect(move.years[0]!.cash.total).toBe('65438');
    expect(move.years[0]!.pnl.total).toBe('79838');
    // Cash − P&L over the horizon = NBV at the horizon − NBV at the start = 0 − 14,400.
    expect(move.totalPnl).toBe(addMoney(move.totalCash, '14400'));
  });

  it('keeps the stay alternative depreciating the installed servers without buying new ones', () => {
    // No refresh inside the horizon (due in month 1 − 24 + 60 = 37). 6,073 a month in cash.
    expect(stay.cash.byCategory.hardware).toBeUndefined();
    expect(stay.years.map((y) => y.cash.total)).toEqual(['72876', '72876', '72876']);
    // 14,400 − 36 × 400 = 0 left at the horizon.
    expect([stay.nbvAtStart, stay.nbvAtHorizon]).toEqual(['14400', '0']);
  });

  it('breaks even in the month the SaaS cumulative cash cost drops below staying', () => {
    // SaaS: 6,073 × 2 + 26,073 + 7,073 × 3 = 59,438 by month 6, then + 1,000 a month;
    // staying: 6,073 m. 59,438 + 1,000 (m − 6) < 6,073 m ⇔ 53,438 < 5,073 m ⇔ m ≥ 11 (64,438 < 66,803).
    expect(result.breakEven.find((b) => b.cheaper === 'saas')).toEqual({
      cheaper: 'saas',
      than: 'stay',
      month: 11,
      monthLabel: '2026-11',
    });
  });
});
