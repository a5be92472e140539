import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { BillingImportResult } from '../../src-shared/ipc/billing-import-types';
import type { WorkbookSession } from '../services';
import { Prng } from './prng';

/** The FOCUS columns synthetic bills carry (a subset of FOCUS 1.0, enough for every screen). */
export const SYNTHETIC_FOCUS_COLUMNS = [
  'BillingPeriodStart',
  'ChargePeriodStart',
  'ProviderName',
  'BillingAccountId',
  'SubAccountId',
  'ServiceName',
  'RegionId',
  'ResourceType',
  'ChargeCategory',
  'PricingCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountType',
  'CommitmentDiscountStatus',
  'BillingCurrency',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'Tags',
] as const;
export type SyntheticFocusRow = Record<(typeof SYNTHETIC_FOCUS_COLUMNS)[number], string>;

const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** One CSV line (no newline) of a synthetic FOCUS row. */
export function focusCsvLine(row: SyntheticFocusRow): string {
  return SYNTHETIC_FOCUS_COLUMNS.map((c) => quote(row[c])).join(',');
}

/** Write rows as a FOCUS CSV file, streaming (so a million rows never sit in memory). */
export async function writeFocusCsv(path: string, rows: Iterable<SyntheticFocusRow>): Promise<void> {
  const out = createWriteStream(path);
  let buffer = SYNTHETIC_FOCUS_COLUMNS.join(',') + '\n';
  for (const row of rows) {
    buffer += focusCsvLine(row) + '\n';
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** A non-negative amount with 4 decimals from a count of 1/10,000ths (exact text, no float). */
const ten4 = (units: number): string => `${Math.floor(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;

function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export interface DemoBillOptions {
  /** Cost center codes the CostCenter tag uses (the demo workbook's). */
  costCenters: readonly string[];
  /** Last of the three billed months, 'YYYY-MM'. */
  lastMonth: string;
  currency: string;
  seed?: number;
}

const APPS = ['erp', 'crm', 'webshop', 'data-lake', 'intranet'];
const SERVICES = {
  AWS: [
    ['Amazon Elastic Compute Cloud', 'Compute Instance', 'eu-central-1'],
    ['Amazon Simple Storage Service', 'Storage Bucket', 'eu-central-1'],
    ['Amazon Relational Database Service', 'Database Instance', 'eu-west-1'],
  ],
  Microsoft: [
    ['Virtual Machines', 'Virtual Machine', 'westeurope'],
    ['Storage', 'Storage Account', 'westeurope'],
  ],
} as const;
const ACCOUNTS = { AWS: ['111122223333', '444455556666'], Microsoft: ['ea-7788'] } as const;
const SAVINGS_PLAN = 'arn:aws:savingsplans::111122223333:savingsplan/sp-demo-1';
/** The savings plan's monthly fee in 1/10,000ths (300.0000). */
const SP_FEE = 3_000_000;

/**
 * A small deterministic FOCUS bill for the demo: three months, AWS and Azure, tags CostCenter
 * and Application from the workbook's cost centers, a few untagged rows, a few mis-tagged
 * ones (unknown code, variant key spelling, lower-case value) and a savings plan with its
 * monthly purchase and Used/Unused rows, whose amortized cost equals the fee each month.
 */
export function* demoBillRows(opts: DemoBillOptions): Generator<SyntheticFocusRow> {
  const rng = new Prng(opts.seed ?? 6);
  const base = { PricingCategory: 'Standard', CommitmentDiscountId: '', CommitmentDiscountType: '' };
  for (let k = 2; k >= 0; k--) {
    const month = addMonths(opts.lastMonth, -k);
    const period = `${month}-01T00:00:00Z`;
    for (const provider of ['AWS', 'Microsoft'] as const) {
      for (const account of ACCOUNTS[provider]) {
        for (const [service, type, region] of SERVICES[provider]) {
          for (let i = 0; i < 6; i++) {
            const cc = rng.pick(opts.costCenters);
            const roll = rng.int(0, 19);
            const tags =
              roll === 0
                ? {}
                : roll === 1
                  ? { CostCenter: 'CC-9999', Application: rng.pick(APPS) }
                  : roll === 2
                    ? { 'cost-centre': cc, Application: rng.pick(APPS) }
                    : roll === 3
                      ? { costcenter: cc.toLowerCase() }
                      : { CostCenter: cc, Application: rng.pick(APPS) };
            const units = rng.int(50_000, 9_000_000);
            const list = Math.round(units * 1.08);
            yield {
              ...base,
              BillingPeriodStart: period,
              ChargePeriodStart: `${month}-${String(rng.int(1, 28)).padStart(2, '0')}T00:00:00Z`,
              ProviderName: provider,
              BillingAccountId: account,
              SubAccountId: `${account}-${rng.int(1, 2)}`,
              ServiceName: service,
              RegionId: region,
              ResourceType: type,
              ChargeCategory: 'Usage',
              CommitmentDiscountStatus: '',
              BillingCurrency: opts.currency,
              BilledCost: ten4(units),
              EffectiveCost: ten4(units),
              ListCost: ten4(list),
              ContractedCost: ten4(units),
              Tags: JSON.stringify(tags),
            };
          }
        }
      }
    }
    yield* savingsPlanRows(rng, month, opts);
  }
}

function* savingsPlanRows(rng: Prng, month: string, opts: DemoBillOptions): Generator<SyntheticFocusRow> {
  const used = rng.int(SP_FEE / 2, SP_FEE - 100_000);
  const sp = {
    BillingPeriodStart: `${month}-01T00:00:00Z`,
    ChargePeriodStart: `${month}-01T00:00:00Z`,
    ProviderName: 'AWS',
    BillingAccountId: '111122223333',
    SubAccountId: '111122223333-1',
    ServiceName: 'Amazon Elastic Compute Cloud',
    RegionId: 'eu-central-1',
    ResourceType: 'Compute Instance',
    CommitmentDiscountId: SAVINGS_PLAN,
    CommitmentDiscountType: 'Savings Plan',
    BillingCurrency: opts.currency,
    ContractedCost: '',
    Tags: JSON.stringify({ CostCenter: opts.costCenters[0] ?? '', Application: 'erp' }),
  };
  yield {
    ...sp,
    ChargeCategory: 'Purchase',
    PricingCategory: 'Committed',
    CommitmentDiscountStatus: '',
    BilledCost: ten4(SP_FEE),
    EffectiveCost: '0',
    ListCost: '0',
  };
  yield {
    ...sp,
    ChargeCategory: 'Usage',
    PricingCategory: 'Committed',
    CommitmentDiscountStatus: 'Used',
    BilledCost: '0',
    EffectiveCost: ten4(used),
    ListCost: ten4(Math.round(used * 1.35)),
  };
  yield {
    ...sp,
    ChargeCategory: 'Usage',
    PricingCategory: 'Committed',
    CommitmentDiscountStatus: 'Unused',
    BilledCost: '0',
    EffectiveCost: ten4(SP_FEE - used),
    ListCost: '0',
    Tags: '{}',
  };
}

/**
 * Write the demo bill into `dir` and import it into the open workbook through the billing
 * import service (one undoable command), so the cloud screens have data. Tags are aggregated
 * on the workbook's selected tag keys (select CostCenter and Application first to see them).
 */
export async function importDemoCloudBill(
  session: WorkbookSession,
  dir: string,
  opts: DemoBillOptions,
): Promise<BillingImportResult> {
  const path = join(dir, `demo-cloud-bill-${opts.lastMonth}.csv`);
  await writeFocusCsv(path, demoBillRows(opts));
  return session.call('billing/import', { file: { kind: 'path', path } });
}
