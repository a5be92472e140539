import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeRate,
  currentRateCard,
  draftRateCard,
  publishRateCard,
  type RateInput,
  ratesOf,
  recoveredAmount,
  recoveryReport,
  whatIfRates,
} from '../../src-main/engine/chargeback';
import { EngineInputError } from '../../src-main/engine/errors';
import { D, sumMoney } from '../../src-shared/money';

const vm: RateInput = {
  serviceId: 'vm',
  costPool: '12000',
  actualVolume: '950',
  plannedCapacity: '1000',
  basis: 'utilization',
  markupPct: '0',
  precision: 2,
};

function refusal(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('the input was accepted');
}

describe('rate calculation', () => {
  it('spreads the pool over the actual volume at average utilisation (12000 / 950 = 12.6315… → 12.63)', () => {
    expect(computeRate(vm)).toEqual({
      serviceId: 'vm',
      rate: '12.63',
      exactRate: new D(12000).div(950).toFixed(),
      volume: '950',
      target: '12000',
    });
  });

  it('spreads the pool over planned capacity at peak (12000 / 1000 = 12)', () => {
    expect(computeRate({ ...vm, basis: 'capacity' }).rate).toBe('12');
  });

  it('adds the markup to the pool before dividing (12600 / 950 = 13.263… → 13.26)', () => {
    const r = computeRate({ ...vm, markupPct: '5' });
    expect(r.target).toBe('12600');
    expect(r.rate).toBe('13.26');
  });

  it('rounds to the stated precision, half up by default or up when asked', () => {
    expect(computeRate({ ...vm, precision: 4 }).rate).toBe('12.6316');
    expect(computeRate({ ...vm, precision: 0 }).rate).toBe('13');
    expect(computeRate({ ...vm, rounding: 'UP' }).rate).toBe('12.64');
  });

  it('refuses a zero or missing volume, a markup of -100 % and a precision out of range, naming the field', () => {
    expect(refusal(() => computeRate({ ...vm, actualVolume: '0' })).field).toBe('actualVolume');
    const { plannedCapacity: _omit, ...noCapacity } = vm;
    expect(refusal(() => computeRate({ ...noCapacity, basis: 'capacity' })).message).toBe(
      'vm: plannedCapacity is missing',
    );
    expect(refusal(() => computeRate({ ...vm, markupPct: '-100' })).field).toBe('markupPct');
    expect(refusal(() => computeRate({ ...vm, precision: 11 })).field).toBe('precision');
    expect(refusal(() => computeRate({ ...vm, costPool: '1,200' })).field).toBe('costPool');
  });

  it('never publishes a rate that under-recovers the pool at the planned volume when rounding up (property)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => new D(c.toString()).div(100).toFixed());
    const volume = fc.integer({ min: 1, max: 10_000_000 }).map((v) => new D(v).div(10).toFixed());
    fc.assert(
      fc.property(cents, volume, fc.integer({ min: 0, max: 6 }), (pool, vol, precision) => {
        const r = computeRate({ ...vm, costPool: pool, actualVolume: vol, precision, rounding: 'UP' });
        expect(new D(recoveredAmount(vol, r.rate, 2)).gte(pool)).toBe(true);
        expect(new D(r.rate).minus(r.exactRate).abs().lt(new D(10).pow(-precision))).toBe(true);
      }),
    );
  });
});

describe('over/under-recovery per service per month', () => {
  const months = [
    { serviceId: 'vm', month: '2026-10', volume: '80', cost: '1000' },
    { serviceId: 'vm', month: '2026-11', volume: '75.5', cost: '1000' },
    { serviceId: 'desk', month: '2026-10', volume: '40', cost: '740' },
  ];
  const rates = new Map([
    ['vm', '12.63'],
    ['desk', '18.5'],
  ]);

  it('is recovered (volume × rate, rounded to cents) minus cost, per month and per service', () => {
    const report = recoveryReport(months, rates, 2);
    expect(report.rows.map((r) => [r.month, r.serviceId, r.recovered, r.variance, r.status])).toEqual([
      ['2026-10', 'vm', '1010.4', '10.4', 'over'],
      ['2026-11', 'vm', '953.57', '-46.43', 'under'],
      ['2026-10', 'desk', '740', '0', 'exact'],
    ]);
    expect(report.byService).toEqual([
      { serviceId: 'vm', cost: '2000', recovered: '1963.97', variance: '-36.03' },
      { serviceId: 'desk', cost: '740', recovered: '740', variance: '0' },
    ]);
  });

  it('has service totals that are exact sums of the monthly rows', () => {
    const report = recoveryReport(months, rates, 2);
    const vmRows = report.rows.filter((r) => r.serviceId === 'vm');
    expect(sumMoney(vmRows.map((r) => r.variance))).toBe(report.byService[0]!.variance);
  });

  it('refuses a month of a service without a published rate, naming the service', () => {
    const e = refusal(() => recoveryReport(months, new Map([['vm', '12.63']]), 2));
    expect(e.item).toBe('desk');
    expect(e.message).toBe('desk: no published rate for 2026-10');
  });
});

describe('what-if rates', () => {
  it('prices the same cost and volume at the current and at a candidate rate', () => {
    const [row] = whatIfRates(
      [{ serviceId: 'vm', cost: '1000', volume: '80', currentRate: '12.63', candidateRate: '12.5' }],
      2,
    );
    expect(row).toMatchObject({
      currentRecovered: '1010.4',
      currentVariance: '10.4',
      candidateRecovered: '1000',
      candidateVariance: '0',
      change: '-10.4',
      breakEvenRate: '12.5',
    });
  });

  it('has no break-even rate without volume and refuses a negative candidate', () => {
    const [row] = whatIfRates([{ serviceId: 'vm', cost: '10', volume: '0', currentRate: '1', candidateRate: '2' }], 2);
    expect(row!.breakEvenRate).toBeNull();
    const bad = { serviceId: 'vm', cost: '10', volume: '1', currentRate: '1', candidateRate: '-2' };
    expect(refusal(() => whatIfRates([bad], 2)).field).toBe('candidateRate');
  });
});

describe('rate cards per fiscal year and version', () => {
  const catalogue = [
    { id: 'vm', name: 'Virtual machine', unit: 'vcpu-month' as const },
    { id: 'desk', name: 'Service desk', unit: 'ticket' as const },
  ];

  it('versions a year’s cards and prices with the highest published version', () => {
    const v1 = publishRateCard(draftRateCard([], 2027, [{ serviceId: 'vm', rate: '12.630' }], catalogue));
    const v2 = draftRateCard([v1], 2027, [{ serviceId: 'vm', rate: '12.5' }], catalogue);
    const other = draftRateCard([v1, v2], 2028, [{ serviceId: 'desk', rate: '19' }], catalogue);
    expect([v1.version, v2.version, other.version]).toEqual([1, 2, 1]);
    expect(currentRateCard([v1, v2, other], 2027)).toBe(v1);
    const v2p = publishRateCard(v2);
    expect(ratesOf(currentRateCard([v1, v2p], 2027)!).get('vm')).toBe('12.5');
    expect(ratesOf(v1).get('vm')).toBe('12.63');
    expect(currentRateCard([v1, v2p], 2028)).toBeNull();
  });

  it('refuses a service outside the catalogue, a service priced twice and republishing', () => {
    expect(refusal(() => draftRateCard([], 2027, [{ serviceId: 'tape', rate: '1' }], catalogue)).message).toBe(
      'tape: not in the service catalogue',
    );
    const twice = [
      { serviceId: 'vm', rate: '1' },
      { serviceId: 'vm', rate: '2' },
    ];
    expect(refusal(() => draftRateCard([], 2027, twice, catalogue)).field).toBe('serviceId');
    const v1 = publishRateCard(draftRateCard([], 2027, [], catalogue));
    expect(refusal(() => publishRateCard(v1)).field).toBe('status');
  });
});
