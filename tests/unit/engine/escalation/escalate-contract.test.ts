import { describe, expect, it } from 'vitest';
import { escalateContract, type ContractTerms } from '../../../../src-main/engine/escalation';

const USD = { minorUnits: 2 };

describe('annual percentage escalation', () => {
  // Compound growth, FV = PV × (1 + r)^t (Brealey, Myers & Allen, Principles of Corporate
  // Finance, ch. 2): 10,000 × 1.04 = 10,400; × 1.04² = 10,816. Total 12 × (10,000 + 10,400 + 10,816).
  const contract: ContractTerms = {
    id: 'C-100',
    baseAmount: '10000',
    billing: 'monthly',
    start: '2026-07-01',
    end: '2029-06-30',
    escalation: { kind: 'annual-percent', percent: '4' },
  };

  it('compounds on each anniversary of the start', () => {
    const s = escalateContract(contract, USD);
    expect(s.events).toHaveLength(36);
    expect(s.events.slice(0, 12).every((e) => e.amount === '10000')).toBe(true);
    expect(s.events.slice(12, 24).every((e) => e.amount === '10400')).toBe(true);
    expect(s.events.slice(24).every((e) => e.amount === '10816')).toBe(true);
    expect(s.total).toBe('374592');
    expect(s.prices.map((p) => [p.effective, p.price])).toEqual([
      ['2026-07-01', '10000'],
      ['2027-07-01', '10400'],
      ['2028-07-01', '10816'],
    ]);
  });

  it('explains every amount by the rule that produced it', () => {
    const s = escalateContract(contract, USD);
    expect(s.events[0]!.explanation).toBe('2026-07: 10,000.00 = base amount');
    expect(s.events[12]!.explanation).toBe('2027-07: 10,400.00 = 10,000.00 × (1 + 4%)');
    expect(s.events[13]!.explanation).toBe('2027-08: 10,400.00 = 10,000.00 × (1 + 4%) (in force since 2027-07-01)');
    expect(s.events[24]!.explanation).toBe('2028-07: 10,816.00 = 10,400.00 × (1 + 4%)');
  });

  it('rounds each new price to the minor unit before the next increase compounds on it', () => {
    // 100,001 JPY × 1.03 = 103,001.03 → 103,001; × 1.03 = 106,091.03 → 106,091.
    const s = escalateContract(
      {
        ...contract,
        baseAmount: '100001',
        billing: 'annual',
        end: '2029-06-30',
        escalation: { kind: 'annual-percent', percent: '3' },
      },
      { minorUnits: 0 },
    );
    expect(s.events.map((e) => e.amount)).toEqual(['100001', '103001', '106091']);
  });

  it('continues an auto-renewing contract to the forecast horizon', () => {
    const s = escalateContract(
      {
        ...contract,
        billing: 'annual',
        end: '2027-06-30',
        escalation: { kind: 'annual-percent', percent: '5' },
        renewal: { autoRenew: true, renewalTermMonths: 12 },
      },
      { ...USD, horizon: '2028-12-31' },
    );
    expect(s.end).toBe('2029-06-30');
    expect(s.events.map((e) => [e.date, e.amount])).toEqual([
      ['2026-07-01', '10000'],
      ['2027-07-01', '10500'],
      ['2028-07-01', '11025'],
    ]);
  });
});

describe('CPI escalation with a cap and a floor', () => {
  it('caps a 6.1% index rise at 5%, as the contract explains', () => {
    // Index 300 → 312 (+4%) → 331.032 (+6.1%); increases use the previous year's change.
    const s = escalateContract(
      {
        id: 'C-200',
        baseAmount: '10000',
        billing: 'monthly',
        start: '2026-07-01',
        end: '2029-06-30',
        escalation: {
          kind: 'index',
          values: { 2025: '300', 2026: '312', 2027: '331.032' },
          capPercent: '5',
          floorPercent: '0',
        },
      },
      USD,
    );
    const july2028 = s.events.find((e) => e.date === '2028-07-01')!;
    expect(july2028.amount).toBe('10920');
    expect(july2028.explanation).toBe('2028-07: 10,920.00 = 10,400.00 × (1 + 5% capped from CPI 6.1%)');
    expect(s.prices[1]).toMatchObject({ price: '10400', appliedPercent: '4', indexPercent: '4' });
    expect(s.prices[2]).toMatchObject({ appliedPercent: '5', indexPercent: '6.1' });
  });

  // BLS CPI-U, U.S. city average, all items, 1982–84 = 100, annual averages: 2019 255.657,
  // 2020 258.811, 2021 270.970, 2022 292.655. Percent change = (later − earlier) ÷ earlier × 100
  // (BLS, "How to Use the Consumer Price Index for Escalation").
  it('applies the published CPI-U changes of 2020, 2021 and 2022 within a 2% floor and 6% cap', () => {
    // 2021: 258.811 ÷ 255.657 = 1.012337… (+1.2337%) → floor 2%: 120,000 × 1.02 = 122,400.00
    // 2022: 270.970 ÷ 258.811 = 1.046980… (+4.6980%): 122,400 × 1.046980… = 128,150.38
    // 2023: 292.655 ÷ 270.970 = 1.080027… (+8.0027%) → cap 6%: 128,150.38 × 1.06 = 135,839.40
    const s = escalateContract(
      {
        id: 'C-201',
        baseAmount: '120000',
        billing: 'annual',
        start: '2020-01-01',
        end: '2023-12-31',
        escalation: {
          kind: 'index',
          indexName: 'CPI-U',
          values: { 2019: '255.657', 2020: '258.811', 2021: '270.970', 2022: '292.655' },
          capPercent: '6',
          floorPercent: '2',
        },
      },
      USD,
    );
    expect(s.events.map((e) => e.amount)).toEqual(['120000', '122400', '128150.38', '135839.4']);
    expect(s.events.map((e) => e.explanation)).toEqual([
      '2020-01: 120,000.00 = base amount',
      '2021-01: 122,400.00 = 120,000.00 × (1 + 2% floored from CPI-U 1.2337%)',
      '2022-01: 128,150.38 = 122,400.00 × (1 + 4.698% CPI-U)',
      '2023-01: 135,839.40 = 128,150.38 × (1 + 6% capped from CPI-U 8.0027%)',
    ]);
  });

  it('uses the same year’s index when the lag is zero', () => {
    const s = escalateContract(
      {
        id: 'C-202',
        baseAmount: '1000',
        billing: 'annual',
        start: '2026-01-01',
        end: '2027-12-31',
        escalation: { kind: 'index', values: { 2026: '100', 2027: '103' }, lagYears: 0 },
      },
      USD,
    );
    expect(s.events.map((e) => e.amount)).toEqual(['1000', '1030']);
  });
});

describe('step increases', () => {
  it('applies absolute and percentage steps from the next billing period on or after their date', () => {
    // Quarterly 3,000; +250 from 2026-07-01; +2% on 2027-01-15 → from the 2027-04 quarter: 3,315.
    const s = escalateContract(
      {
        id: 'C-300',
        baseAmount: '3000',
        billing: 'quarterly',
        start: '2026-01-01',
        end: '2027-12-31',
        escalation: {
          kind: 'steps',
          steps: [
            { date: '2027-01-15', change: { type: 'percent', percent: '2' } },
            { date: '2026-07-01', change: { type: 'absolute', amount: '250' } },
          ],
        },
      },
      USD,
    );
    expect(s.events.map((e) => [e.date, e.amount])).toEqual([
      ['2026-01-01', '3000'],
      ['2026-04-01', '3000'],
      ['2026-07-01', '3250'],
      ['2026-10-01', '3250'],
      ['2027-01-01', '3250'],
      ['2027-04-01', '3315'],
      ['2027-07-01', '3315'],
      ['2027-10-01', '3315'],
    ]);
    expect(s.total).toBe('25695');
    expect(s.events[2]!.explanation).toBe('2026-07: 3,250.00 = 3,000.00 + 250.00 (step on 2026-07-01)');
    expect(s.events[5]!.explanation).toBe('2027-04: 3,315.00 = 3,250.00 × (1 + 2% step on 2027-01-15)');
  });
});

describe('billing periods', () => {
  it('bills a last period cut short by the contract end pro rata by days', () => {
    // March: 1,000 × 15/31 = 483.870… → 483.87.
    const s = escalateContract(
      {
        id: 'C-400',
        baseAmount: '1000',
        billing: 'monthly',
        start: '2026-01-01',
        end: '2026-03-15',
        escalation: { kind: 'none' },
      },
      USD,
    );
    expect(s.events.map((e) => e.amount)).toEqual(['1000', '1000', '483.87']);
    expect(s.events[2]).toMatchObject({
      serviceStart: '2026-03-01',
      serviceEnd: '2026-03-15',
      serviceDays: 15,
      fullPeriodDays: 31,
    });
    expect(s.events[2]!.explanation).toBe('2026-03: 483.87 = 1,000.00 × 15/31 days; 1,000.00 = base amount');
    expect(s.total).toBe('2483.87');
  });

  it('rounds a half minor unit of proration by the rounding mode asked for', () => {
    // 0.01 × 15/30 days = 0.005: half up → 0.01, half even → 0.00.
    const c: ContractTerms = {
      id: 'C-402',
      baseAmount: '0.01',
      billing: 'monthly',
      start: '2026-04-01',
      end: '2026-04-15',
      escalation: { kind: 'none' },
    };
    expect(escalateContract(c, USD).events[0]!.amount).toBe('0.01');
    expect(escalateContract(c, { ...USD, rounding: 'HALF_EVEN' }).events[0]!.amount).toBe('0');
  });

  it('keeps a month-end start on month ends instead of drifting', () => {
    const s = escalateContract(
      {
        id: 'C-401',
        baseAmount: '10',
        billing: 'monthly',
        start: '2026-01-31',
        end: '2026-05-30',
        escalation: { kind: 'none' },
      },
      USD,
    );
    expect(s.events.map((e) => e.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(s.events[1]!.serviceEnd).toBe('2026-03-30');
  });
});
