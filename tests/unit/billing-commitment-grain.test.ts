import { describe, expect, it } from 'vitest';
import { BillingAggregator, bindFormat, formatSpec } from '../../src-main/engine/cloud-billing';

const HEADER = [
  'BillingPeriodStart',
  'ChargePeriodStart',
  'ProviderName',
  'BillingAccountId',
  'ChargeCategory',
  'PricingCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'BillingCurrency',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
];

function run(rows: string[][], hasRate?: (c: string, m: string) => boolean) {
  const agg = new BillingAggregator(bindFormat(formatSpec('focus'), HEADER, 'sp.csv'), {
    grain: ['billingPeriod', 'service'],
    commitments: true,
    ...(hasRate ? { hasRate } : {}),
  });
  rows.forEach((cells, i) => agg.add(cells, i + 2));
  return agg.result();
}

const row = (
  status: string,
  category: string,
  pricing: string,
  billed: string,
  effective: string,
  list: string,
  currency = 'USD',
  month = '10',
): string[] => [
  `2026-${month}-01`,
  `2026-${month}-05T00:00:00Z`,
  'AWS',
  '1111',
  category,
  pricing,
  pricing === 'Standard' ? '' : 'sp-1',
  pricing === 'Standard' ? '' : 'Savings Plan',
  status,
  currency,
  billed,
  effective,
  list,
];

describe('the commitment grain', () => {
  it('keeps purchase, used and unused commitment rows apart and folds on-demand rows together, summed exactly', () => {
    const r = run([
      row('', 'Purchase', 'Committed', '300', '0', '0'),
      row('Used', 'Usage', 'Committed', '0', '120.0000000001', '180'),
      row('Used', 'Usage', 'Committed', '0', '100', '150.5'),
      row('Unused', 'Usage', 'Committed', '0', '79.9999999999', '0'),
      row('', 'Usage', 'Standard', '12.5', '12.5', '12.5'),
      row('', 'Usage', 'Standard', '0.25', '0.25', '0.25'),
    ]);
    const byKey = Object.fromEntries(
      r.commitments!.map((c) => [
        `${c.key.chargeCategory}/${c.key.pricingCategory}/${c.key.commitmentDiscountStatus ?? '-'}`,
        { rows: c.rows, ...c.sums },
      ]),
    );
    expect(byKey).toEqual({
      'Purchase/Committed/-': { rows: 1, BilledCost: '300', EffectiveCost: '0', ListCost: '0' },
      'Usage/Committed/Used': { rows: 2, BilledCost: '0', EffectiveCost: '220.0000000001', ListCost: '330.5' },
      'Usage/Committed/Unused': { rows: 1, BilledCost: '0', EffectiveCost: '79.9999999999', ListCost: '0' },
      'Usage/Standard/-': { rows: 2, BilledCost: '12.75', EffectiveCost: '12.75', ListCost: '12.75' },
    });
    expect(r.commitments![0]!.key).toMatchObject({
      billingPeriod: '2026-10',
      chargeMonth: '2026-10',
      provider: 'AWS',
      billingAccount: '1111',
      commitmentDiscountId: 'sp-1',
      commitmentDiscountType: 'Savings Plan',
    });
  });

  it('asks for an exchange rate per second currency and month', () => {
    const asked: string[] = [];
    const r = run(
      [
        row('', 'Usage', 'Standard', '1', '1', '1', 'USD', '10'),
        row('', 'Usage', 'Standard', '2', '2', '2', 'EUR', '10'),
        row('', 'Usage', 'Standard', '3', '3', '3', 'EUR', '11'),
      ],
      (c, m) => {
        asked.push(`${c} ${m}`);
        return m === '2026-10';
      },
    );
    expect(asked).toEqual(['EUR 2026-10', 'EUR 2026-11']);
    expect(r.errors).toEqual([
      {
        row: 4,
        column: 'BillingCurrency',
        message: 'currency EUR in a USD file and no exchange rate for it in 2026-11',
      },
    ]);
  });
});
