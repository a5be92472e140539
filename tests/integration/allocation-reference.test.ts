import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllocationSummary } from '../../src-shared/model/allocation';
import { readBillingFile } from '../../src-main/io/cloud-billing/read-billing';
import { parseCsv } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';
import { seedAggregates } from '../helpers/seed-aggregates';
import { accountingWorkbook, closeFixture, type AccountingFixture } from './helpers/accounting-fixture';

const FILE = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
const Exact = Decimal.clone({ precision: 200 });

/** EffectiveCost per business_unit tag of the raw file, summed here from the CSV without the app's parser. */
function effectiveByUnit(): { byUnit: Map<string | null, Decimal>; total: Decimal } {
  const [header, ...body] = parseCsv(readFileSync(FILE, 'utf8'));
  const cost = header!.indexOf('EffectiveCost');
  const tags = header!.indexOf('Tags');
  const byUnit = new Map<string | null, Decimal>();
  let total = new Exact(0);
  for (const r of body) {
    if (r.length < header!.length) continue;
    const v = new Exact(r[cost] || 0);
    let unit: string | null = null;
    try {
      unit = (JSON.parse(r[tags] || '{}') as Record<string, string>).business_unit ?? null;
    } catch {
      unit = null;
    }
    byUnit.set(unit, (byUnit.get(unit) ?? new Exact(0)).plus(v));
    total = total.plus(v);
  }
  return { byUnit, total };
}

let f: AccountingFixture;
let run: AllocationSummary;
let aggregatesPerUnit: Map<string | null, number>;

beforeAll(async () => {
  f = await accountingWorkbook('reference.outlay');
  const result = await readBillingFile(FILE, {
    grain: ['billingPeriod', 'chargeMonth', 'provider', 'billingAccount', 'subAccount', 'service', 'region'],
    tagKeys: ['business_unit'],
  });
  expect(result.errors).toEqual([]);
  aggregatesPerUnit = new Map();
  seedAggregates(
    f.path,
    result.aggregates.map((a, i) => {
      const unit = a.tags.business_unit ?? null;
      aggregatesPerUnit.set(unit, (aggregatesPerUnit.get(unit) ?? 0) + 1);
      return {
        id: `ref${String(i).padStart(5, '0')}`,
        chargePeriod: a.key.chargeMonth!,
        provider: a.key.provider ?? '',
        billingAccount: a.key.billingAccount ?? '',
        subAccount: a.key.subAccount ?? null,
        service: a.key.service ?? null,
        region: a.key.region ?? null,
        tags: a.tags,
        currency: a.currency,
        billedCost: a.sums.BilledCost!,
        effectiveCost: a.sums.EffectiveCost!,
      };
    }),
  );
  for (const [code, name] of [
    ['DATA', 'Peoria Data'],
    ['AI', 'Tempe AI'],
  ] as const) {
    await f.s.call('dimensions/save', { kind: 'department', row: { code, name, owner: '' } });
  }
  await f.s.call('allocation/save-rule', {
    name: 'Cloud by business unit tag',
    source: { kind: 'match', dims: { origin: 'cloud' } },
    method: { kind: 'direct', key: 'tag:business_unit', map: { PeoriaData: 'bu:DATA', TempeAI: 'bu:AI' } },
    enabled: true,
    note: '',
  });
  run = await f.s.call('allocation/run', { period: '2024-09', basis: 'effective' });
}, 60_000);
afterAll(() => closeFixture(f));

describe('allocating the real FOCUS 1.0 sample', () => {
  it('conserves the file’s EffectiveCost total, rounded to the cent', () => {
    const { total } = effectiveByUnit();
    expect(run.inputTotal).toBe(total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
    expect(run.conserved).toBe(true);
  });

  it('charges each mapped business unit its tagged spend, and sets untagged and unmapped spend aside', () => {
    const { byUnit, total } = effectiveByUnit();
    const near = (amount: string, exact: Decimal, parts: number) =>
      expect(new Exact(amount).minus(exact).abs().lte(new Exact('0.01').times(parts)), `${amount} vs ${exact}`).toBe(
        true,
      );
    // A zero balance or bucket is not listed (most of the sample's rows cost nothing).
    const balance = (t: string) => run.balances.find((b) => b.target === t)?.amount ?? '0';
    const bucket = (reason: string) => run.unallocated.find((u) => u.reason === reason)?.amount ?? '0';
    near(balance('bu:DATA'), byUnit.get('PeoriaData')!, aggregatesPerUnit.get('PeoriaData')!);
    near(balance('bu:AI'), byUnit.get('TempeAI') ?? new Exact(0), aggregatesPerUnit.get('TempeAI') ?? 1);
    near(bucket('untagged'), byUnit.get(null)!, aggregatesPerUnit.get(null)!);
    const mapped = byUnit.get('PeoriaData')!.plus(byUnit.get('TempeAI')!).plus(byUnit.get(null)!);
    near(bucket('unmapped'), total.minus(mapped), run.inputCount);
    expect(new Exact(balance('bu:DATA')).isZero()).toBe(false);
  });
});
