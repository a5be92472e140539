import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { FocusMeasure } from '../../src-main/engine/cloud-billing';
import { readBillingFile, type ReadBillingOptions } from '../../src-main/io/cloud-billing/read-billing';
import { columnSum } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';

const same = (a: string | undefined, b: string): boolean => a !== undefined && new Decimal(a).equals(b);

interface Case {
  file: string[];
  options?: Partial<ReadBillingOptions>;
  format: string;
  currency: string;
  rows: number;
  /** Measure → source column summed independently. */
  measures: Partial<Record<FocusMeasure, string>>;
  /** The check total SOURCES.md gives for the first measure. */
  documented: string;
}

const CASES: Case[] = [
  {
    file: ['focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv'],
    format: 'focus',
    currency: 'USD',
    rows: 1000,
    measures: {
      BilledCost: 'BilledCost',
      EffectiveCost: 'EffectiveCost',
      ListCost: 'ListCost',
      ContractedCost: 'ContractedCost',
    },
    documented: '20.52022672899',
  },
  {
    file: ['focus', 'focus-spec-example_saas_spend_agreements_b2.csv'],
    format: 'focus',
    currency: 'USD',
    rows: 14,
    measures: { BilledCost: 'BilledCost', EffectiveCost: 'EffectiveCost', ListCost: 'ListCost' },
    documented: '1200',
  },
  {
    file: ['focus', 'focus-spec-example_commitment_discount_flexibility_2_resources.csv'],
    options: { defaultCurrency: 'USD' },
    format: 'focus',
    currency: 'USD',
    rows: 3,
    measures: { BilledCost: 'BilledCost', EffectiveCost: 'EffectiveCost', ListCost: 'ListCost' },
    documented: '2',
  },
  {
    file: ['billing-native', 'aws-cur-legacy_anonymized_1281rows.csv'],
    format: 'aws-cur',
    currency: 'USD',
    rows: 1281,
    measures: {
      BilledCost: 'lineItem/UnblendedCost',
      EffectiveCost: 'lineItem/UnblendedCost',
      ListCost: 'pricing/publicOnDemandCost',
    },
    documented: '1.6823086974',
  },
  {
    file: ['billing-native', 'azure-cm-ea-actualcost_11rows.csv'],
    format: 'azure-ea',
    currency: 'USD',
    rows: 11,
    measures: { BilledCost: 'Cost' },
    documented: '8.5450077867419368',
  },
  {
    file: ['billing-native', 'azure-cm-ea-amortizedcost_28rows.csv'],
    options: { azureCost: 'amortized' },
    format: 'azure-ea',
    currency: 'USD',
    rows: 28,
    measures: { EffectiveCost: 'Cost' },
    documented: '16.296932136636644627485419',
  },
  {
    file: ['billing-native', 'azure-ea-usage-export_anonymized_27rows.csv'],
    format: 'azure-ea',
    currency: 'CAD',
    rows: 27,
    measures: { BilledCost: 'CostInBillingCurrency' },
    documented: '1.26136926505726',
  },
  {
    file: ['billing-native', 'oci-cost-report_506rows.csv'],
    format: 'oci',
    currency: 'USD',
    rows: 506,
    measures: { BilledCost: 'cost/myCost', EffectiveCost: 'cost/myCost' },
    documented: '2.523589325400648027',
  },
];

const tmp = mkdtempSync(join(tmpdir(), 'outlay-billing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reference billing files', () => {
  for (const c of CASES) {
    it(`${c.file[1]} aggregates to exactly the sum of its cost columns`, async () => {
      const path = referenceFile(...c.file);
      const result = await readBillingFile(path, { grain: ['billingPeriod', 'provider', 'service'], ...c.options });
      expect(result.format).toBe(c.format);
      expect(result.errors).toEqual([]);
      expect(result.rows).toBe(c.rows);
      expect(Object.keys(result.totals)).toEqual([c.currency]);
      const total = result.totals[c.currency]!;
      const first = Object.values(c.measures)[0]!;
      expect(columnSum(path, first)).toBe(new Decimal(c.documented).toFixed());
      for (const [measure, column] of Object.entries(c.measures) as [FocusMeasure, string][]) {
        const expected = columnSum(path, column);
        expect(same(total.sums[measure], expected), `${measure}: ${total.sums[measure]} vs ${expected}`).toBe(true);
        let fromAggregates = new (Decimal.clone({ precision: 200 }))(0);
        for (const a of result.aggregates) fromAggregates = fromAggregates.plus(a.sums[measure] ?? '0');
        expect(fromAggregates.toFixed()).toBe(new Decimal(expected).toFixed());
      }
      expect(result.aggregates.reduce((n, a) => n + a.rows, 0)).toBe(c.rows);
      expect(result.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    });
  }

  it('a header-only Azure export has no rows and no aggregates', async () => {
    const result = await readBillingFile(referenceFile('billing-native', 'azure-cm-ea-header-only_0rows.csv'), {
      grain: ['service'],
    });
    expect(result.format).toBe('azure-ea');
    expect(result.rows).toBe(0);
    expect(result.aggregates).toEqual([]);
  });

  it('the FOCUS sample splits by provider exactly as SOURCES.md documents', async () => {
    const path = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const result = await readBillingFile(path, { grain: ['provider'] });
    const byProvider = Object.fromEntries(result.aggregates.map((a) => [a.key.provider, a.sums.BilledCost]));
    expect(new Decimal(byProvider.AWS!).toFixed()).toBe('18.0066386184');
    expect(new Decimal(byProvider.Microsoft!).toFixed()).toBe('1.97651418586');
    expect(new Decimal(byProvider.Oracle!).toFixed()).toBe('0.53707392473');
  });
});

describe('compressed and broken files', () => {
  it('a .csv.gz reads to the same totals, hashes the compressed bytes and reports progress', async () => {
    const source = referenceFile('billing-native', 'aws-cur-legacy_anonymized_1281rows.csv');
    const gz = join(tmp, 'cur.csv.gz');
    const bytes = gzipSync(readFileSync(source));
    writeFileSync(gz, bytes);
    const seen: number[] = [];
    const result = await readBillingFile(gz, { grain: ['chargeDay'], onProgress: (p) => seen.push(p.bytesRead) });
    expect(result.gzip).toBe(true);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(new Decimal(result.totals.USD!.sums.BilledCost!).toFixed()).toBe(
      columnSum(source, 'lineItem/UnblendedCost'),
    );
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it('a truncated gzip is refused with an error naming the file', async () => {
    const gz = join(tmp, 'truncated.csv.gz');
    const bytes = gzipSync(readFileSync(referenceFile('billing-native', 'oci-cost-report_506rows.csv')));
    writeFileSync(gz, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readBillingFile(gz, { grain: ['service'] })).rejects.toThrow(
      /truncated\.csv\.gz: the gzip file is truncated/,
    );
  });

  it('a FOCUS file missing required columns names the file and every missing column', async () => {
    const path = join(tmp, 'partial-focus.csv');
    writeFileSync(path, 'ChargePeriodStart,BilledCost,BillingCurrency\n2024-09-01,1.00,USD\n');
    await expect(readBillingFile(path, { grain: ['service'] })).rejects.toThrow(
      'partial-focus.csv: missing required FOCUS 1.0–1.3 columns BillingPeriodStart, EffectiveCost',
    );
  });

  it('an aborted import stops with a cancelled error', async () => {
    const controller = new AbortController();
    controller.abort();
    const path = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    await expect(readBillingFile(path, { grain: ['service'], signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('an import aborted from its progress callback stops part-way with a cancelled error', async () => {
    const sample = readFileSync(referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv'), 'utf8');
    const [header, ...rows] = sample.split('\n');
    const path = join(tmp, 'focus-x6.csv');
    writeFileSync(
      path,
      [header, ...Array.from({ length: 6 }, () => rows.filter((r) => r !== '').join('\n'))].join('\n'),
    );
    const controller = new AbortController();
    const seen: number[] = [];
    const run = readBillingFile(path, {
      grain: ['service'],
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.rows);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: 'focus-x6.csv: import cancelled' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(6000);
  });
});
