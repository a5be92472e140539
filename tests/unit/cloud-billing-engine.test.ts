import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  BillingAggregator,
  bindFormat,
  billingDay,
  billingDecimal,
  detectFormat,
  formatSpec,
  TagNormalizer,
  tagHygiene,
  type AggregateOptions,
  type BillingFormat,
} from '../../src-main/engine/cloud-billing';

/** Aggregate CSV-like rows (header first) through the engine; rows are numbered from 2. */
function aggregate(format: BillingFormat, table: string[][], options: AggregateOptions) {
  const [header, ...rows] = table;
  const agg = new BillingAggregator(bindFormat(formatSpec(format), header!, 'bill.csv'), options);
  rows.forEach((cells, i) => agg.add(cells, i + 2));
  return agg.result();
}

const FOCUS_HEADER = [
  'BillingPeriodStart',
  'ChargePeriodStart',
  'ServiceName',
  'BilledCost',
  'EffectiveCost',
  'BillingCurrency',
  'Tags',
];
const focusRow = (day: string, service: string, billed: string, currency = 'USD', tags = ''): string[] => [
  '2026-09-01T00:00:00Z',
  `2026-09-${day}T10:00:00Z`,
  service,
  billed,
  billed,
  currency,
  tags,
];

describe('format detection and required columns', () => {
  it('recognises each supported export from its header row', () => {
    expect(detectFormat(FOCUS_HEADER)).toBe('focus');
    expect(detectFormat(['identity/LineItemId', 'lineItem/UnblendedCost'])).toBe('aws-cur');
    expect(detectFormat(['line_item_unblended_cost', 'bill_billing_period_start_date'])).toBe('aws-cur2');
    expect(detectFormat(['\uFEFFBillingAccountId', 'MeterCategory', 'Cost'])).toBe('azure-ea');
    expect(detectFormat(['MeterCategory', 'CostInBillingCurrency'])).toBe('azure-ea');
    expect(detectFormat(['lineItem/tenantId', 'cost/myCost'])).toBe('oci');
    expect(detectFormat(['billing_account_id', 'usage_start_time', 'cost', 'currency'])).toBe('gcp');
    expect(detectFormat(['Date', 'Amount'])).toBeNull();
  });

  it('names the file and every missing required column, alternatives included', () => {
    expect(() => bindFormat(formatSpec('azure-ea'), ['Date', 'MeterCategory'], 'azure.csv')).toThrow(
      'azure.csv: missing required Azure cost details (ActualCost) columns BillingPeriodStartDate, Cost|CostInBillingCurrency, BillingCurrency|BillingCurrencyCode',
    );
  });
});

describe('cell values', () => {
  it('reads the date shapes of real exports as UTC days and refuses impossible dates', () => {
    expect(billingDay('2024-09-01 00:00:00')).toBe('2024-09-01');
    expect(billingDay('2023-11-13T10:00Z')).toBe('2023-11-13');
    expect(billingDay('2023-11-01T00:00:00.000Z')).toBe('2023-11-01');
    expect(billingDay('2026-03-31T23:30:00-02:00')).toBe('2026-04-01');
    expect(billingDay('9/2/2023')).toBe('2023-09-02');
    expect(billingDay('4/1/25')).toBe('2025-04-01');
    expect(billingDay('2023-02-30')).toBeNull();
    expect(billingDay('yesterday')).toBeNull();
  });

  it('keeps every digit of a decimal and expands exponents exactly', () => {
    expect(billingDecimal('16.29693213663664462748541900')).toBe('16.29693213663664462748541900');
    expect(billingDecimal('1.5E-05')).toBe('0.000015');
    expect(billingDecimal('+.5')).toBe('0.5');
    expect(billingDecimal('1,5')).toBeNull();
    expect(billingDecimal('')).toBeNull();
  });
});

describe('tag normalisation', () => {
  it('joins case, whitespace, separator and alias spellings of a key and maps values', () => {
    const n = new TagNormalizer(['CostCenter'], { values: { CostCenter: { 'cc-200': 'CC-200' } } });
    for (const k of ['CostCenter', 'cost-center', ' Cost Center', 'COST_CENTER', 'costcentre']) {
      expect(n.key(k)).toBe('CostCenter');
    }
    expect(n.key('env')).toBeUndefined();
    expect(n.value('CostCenter', ' cc-200 ')).toBe('CC-200');
    expect(n.value('CostCenter', ' CC-900 ')).toBe('CC-900');
    expect(n.value('CostCenter', '  ')).toBeNull();
  });

  it('aggregates on selected tag keys with untagged rows marked null, from JSON and Azure tag cells', () => {
    const result = aggregate(
      'focus',
      [
        FOCUS_HEADER,
        focusRow('01', 'EC2', '1.10', 'USD', '{"CostCenter":"CC-1"}'),
        focusRow('02', 'EC2', '2.20', 'USD', '"cost-center": "cc-1","env": "prod"'),
        focusRow('03', 'EC2', '3.30', 'USD', '{"costcentre":"CC-2"}'),
        focusRow('04', 'EC2', '4.40', 'USD', 'NULL'),
        focusRow('05', 'EC2', '5.50', 'USD', '{"env":"dev"}'),
      ],
      { grain: ['service'], tagKeys: ['CostCenter'], tagRules: { values: { CostCenter: { 'cc-1': 'CC-1' } } } },
    );
    const byTag = Object.fromEntries(result.aggregates.map((a) => [String(a.tags.CostCenter), a.sums.BilledCost]));
    expect(byTag).toEqual({ 'CC-1': '3.3', 'CC-2': '3.3', null: '9.9' });
  });
});

describe('aggregation', () => {
  it('sums to the grain exactly and keeps per-file totals and row counts', () => {
    const result = aggregate(
      'focus',
      [
        FOCUS_HEADER,
        focusRow('01', 'EC2', '0.1'),
        focusRow('01', 'EC2', '0.2'),
        focusRow('02', 'EC2', '0.00000000000000000001'),
        focusRow('02', 'S3', '-0.3'),
      ],
      { grain: ['chargeMonth', 'service'] },
    );
    expect(result.aggregates).toEqual([
      expect.objectContaining({
        key: { chargeMonth: '2026-09', service: 'EC2' },
        rows: 3,
        sums: expect.objectContaining({ BilledCost: '0.30000000000000000001' }),
      }),
      expect.objectContaining({
        key: { chargeMonth: '2026-09', service: 'S3' },
        rows: 1,
        sums: expect.objectContaining({ BilledCost: '-0.3' }),
      }),
    ]);
    expect(result.totals.USD).toEqual({
      rows: 4,
      sums: { BilledCost: '0.00000000000000000001', EffectiveCost: '0.00000000000000000001' },
    });
  });

  it('refuses rows with an unparseable number, a bad date or no currency, naming row and column', () => {
    const result = aggregate(
      'focus',
      [
        FOCUS_HEADER,
        focusRow('01', 'EC2', '1.00'),
        focusRow('02', 'EC2', '12,50'),
        focusRow('32', 'EC2', '1'),
        focusRow('03', 'EC2', '1', ''),
      ],
      { grain: ['service'] },
    );
    expect(result.errors).toEqual([
      { row: 3, column: 'BilledCost', message: '"12,50" is not a number' },
      { row: 4, column: 'ChargePeriodStart', message: '"2026-09-32T10:00:00Z" is not a date' },
      { row: 5, column: 'BillingCurrency', message: 'missing currency' },
    ]);
    expect(result.rows).toBe(1);
  });

  it('refuses a second currency without exchange rates and keeps currencies apart with them', () => {
    const table = [FOCUS_HEADER, focusRow('01', 'EC2', '1'), focusRow('02', 'EC2', '2', 'EUR')];
    expect(aggregate('focus', table, { grain: ['service'] }).errors).toEqual([
      { row: 3, column: 'BillingCurrency', message: 'currency EUR in a USD file and no exchange rate for it' },
    ]);
    const rated = aggregate('focus', table, { grain: ['service'], ratedCurrencies: ['EUR'] });
    expect(rated.errors).toEqual([]);
    expect(Object.keys(rated.totals).sort()).toEqual(['EUR', 'USD']);
  });

  it('derives AWS effective cost from reservation and Savings Plan columns and zeroes the fees they replace', () => {
    const header = [
      'bill/BillingPeriodStartDate',
      'lineItem/UsageStartDate',
      'lineItem/LineItemType',
      'lineItem/UnblendedCost',
      'lineItem/CurrencyCode',
      'reservation/EffectiveCost',
      'savingsPlan/SavingsPlanEffectiveCost',
    ];
    const row = (type: string, unblended: string, ri: string, sp: string) => [
      '2023-11-01T00:00:00Z',
      '2023-11-02T00:00:00Z',
      type,
      unblended,
      'USD',
      ri,
      sp,
    ];
    const result = aggregate(
      'aws-cur',
      [
        header,
        row('Usage', '1.5', '', ''),
        row('DiscountedUsage', '0', '0.7', ''),
        row('SavingsPlanCoveredUsage', '2', '', '1.2'),
        row('RIFee', '5', '', ''),
      ],
      { grain: ['chargeCategory'] },
    );
    const byCategory = Object.fromEntries(result.aggregates.map((a) => [a.key.chargeCategory, a.sums]));
    expect(byCategory.Usage).toEqual({ BilledCost: '3.5', EffectiveCost: '3.4' });
    expect(byCategory.Purchase).toEqual({ BilledCost: '5', EffectiveCost: '0' });
  });

  it('maps a GCP flat billing export (no real sample: documented column names) with invoice month as period', () => {
    const header = [
      'billing_account_id',
      'service.description',
      'project.id',
      'usage_start_time',
      'invoice.month',
      'cost',
      'currency',
      'cost_type',
    ];
    const result = aggregate(
      'gcp',
      [
        header,
        ['01AB', 'Compute Engine', 'p1', '2026-08-31T23:00:00Z', '202609', '0.125', 'EUR', 'regular'],
        ['01AB', 'Compute Engine', 'p1', '2026-09-01T00:00:00Z', '202609', '0.875', 'EUR', 'tax'],
      ],
      { grain: ['billingPeriod', 'provider', 'subAccount'] },
    );
    expect(result.aggregates).toHaveLength(1);
    expect(result.aggregates[0]!.key).toEqual({
      billingPeriod: '2026-09-01',
      provider: 'Google Cloud',
      subAccount: 'p1',
    });
    expect(new Decimal(result.aggregates[0]!.sums.BilledCost!).toFixed()).toBe('1');
  });
});

describe('tag hygiene report', () => {
  it('lists untagged and mis-tagged spend by account and service, largest first', () => {
    const header = [
      'BillingPeriodStart',
      'ChargePeriodStart',
      'BillingAccountId',
      'ServiceName',
      'BilledCost',
      'EffectiveCost',
      'BillingCurrency',
      'Tags',
    ];
    const row = (account: string, service: string, billed: string, tags: string) => [
      '2026-09-01',
      '2026-09-02',
      account,
      service,
      billed,
      billed,
      'USD',
      tags,
    ];
    const result = aggregate(
      'focus',
      [
        header,
        row('A', 'EC2', '10.05', '{"CostCenter":"CC-1"}'),
        row('A', 'EC2', '2.50', '{}'),
        row('A', 'EC2', '0.25', '{"env":"prod"}'),
        row('B', 'S3', '7.10', '{"cost center":"CC-X"}'),
        row('B', 'S3', '-1.00', '{"CostCenter":""}'),
      ],
      { grain: ['billingAccount', 'service'], tagKeys: ['CostCenter'] },
    );
    expect(tagHygiene(result.aggregates, 'CostCenter', { allowed: ['CC-1', 'CC-2'] })).toEqual([
      { billingAccount: 'B', service: 'S3', currency: 'USD', value: 'CC-X', amount: '7.1', rows: 1 },
      { billingAccount: 'A', service: 'EC2', currency: 'USD', value: null, amount: '2.75', rows: 2 },
      { billingAccount: 'B', service: 'S3', currency: 'USD', value: null, amount: '-1', rows: 1 },
    ]);
    expect(tagHygiene(result.aggregates, 'CostCenter').map((l) => l.value)).toEqual([null, null]);
  });
});
