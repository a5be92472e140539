import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceServices, recoveredOnQuantities, recoveryReport } from '../../src-main/engine/chargeback';
import { EngineInputError } from '../../src-main/engine/errors';
import { D } from '../../src-shared/money';

const opts = { basis: 'utilization' as const, markupPct: '0', precision: 4, minorUnits: 2 };

describe('recovery on separately billed quantities', () => {
  it('sums each quantity’s rounded amount, as the invoice lines add up, not the rounded sum', () => {
    // 3 × 0.333 = 0.999 → 1.00 on one line; three lines of 1 × 0.333 = 0.33 each → 0.99.
    expect(recoveredOnQuantities(['1', '1', '1'], '0.333', 2)).toBe('0.99');
    expect(recoveredOnQuantities(['3'], '0.333', 2)).toBe('1');
  });

  it('equals the sum of independently rounded lines for any quantities and rate', () => {
    const qty = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new D(n).div(100).toFixed());
    const rate = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new D(n).div(10_000).toFixed());
    fc.assert(
      fc.property(fc.array(qty, { maxLength: 20 }), rate, (qs, r) => {
        const expected = qs.reduce((a, q) => a.plus(new D(q).times(r).toDecimalPlaces(2, D.ROUND_HALF_UP)), new D(0));
        expect(new D(recoveredOnQuantities(qs, r, 2)).equals(expected)).toBe(true);
      }),
    );
  });

  it('makes the recovery report match the invoice lines when the month’s business-unit quantities are given', () => {
    const report = recoveryReport(
      [{ serviceId: 'vm', month: '2026-01', volume: '3', cost: '1', unitVolumes: ['1', '1', '1'] }],
      new Map([['vm', '0.333']]),
      2,
    );
    expect(report.rows[0]).toMatchObject({ recovered: '0.99', variance: '-0.01', status: 'under' });
    expect(report.rows[0]).not.toHaveProperty('unitVolumes');
  });
});

describe('pricing services for a period', () => {
  it('proposes cost ÷ usage at utilization and cost × markup ÷ capacity at peak', () => {
    const input = { serviceId: 'vm', cost: '1000', quantities: ['120', '80'], capacity: '250' };
    const [u] = priceServices([input], opts);
    expect(u).toMatchObject({
      usage: '200',
      volume: '200',
      proposedRate: '5',
      rate: '5',
      recovered: '1000',
      variance: '0',
    });
    const [c] = priceServices([input], { ...opts, basis: 'capacity', markupPct: '10' });
    expect(c).toMatchObject({ volume: '250', proposedRate: '4.4', recovered: '880', variance: '-120' });
  });

  it('uses a given rate instead of the proposal and reports its recovery', () => {
    const [p] = priceServices(
      [{ serviceId: 'vm', cost: '1000', quantities: ['120', '80'], capacity: '0', rate: '6.25' }],
      opts,
    );
    expect(p).toMatchObject({ proposedRate: '5', rate: '6.25', recovered: '1250', variance: '250' });
  });

  it('keeps a service without volume as a problem instead of stopping the others', () => {
    const rows = priceServices(
      [
        { serviceId: 'idle', cost: '500', quantities: [], capacity: '0' },
        { serviceId: 'vm', cost: '100', quantities: ['10'], capacity: '0' },
      ],
      opts,
    );
    expect(rows[0]).toMatchObject({ proposedRate: null, rate: null, recovered: '0', variance: '-500' });
    expect(rows[0]!.problem).toContain('idle');
    expect(rows[1]!.rate).toBe('10');
  });

  it('refuses a negative quantity or rate naming the service', () => {
    expect(() => priceServices([{ serviceId: 'vm', cost: '1', quantities: ['-1'], capacity: '0' }], opts)).toThrow(
      EngineInputError,
    );
    expect(() =>
      priceServices([{ serviceId: 'vm', cost: '1', quantities: ['1'], capacity: '0', rate: '-2' }], opts),
    ).toThrow(/vm: rate -2/);
  });
});
