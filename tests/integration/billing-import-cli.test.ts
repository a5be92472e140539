import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingImportResult } from '../../src-shared/ipc/billing-import-types';
import { writeFocusCsv, type SyntheticFocusRow } from '../../src-main/demo/cloud-billing';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { columnSum } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';
import { outlay, start, waitFor } from './cli-run';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let book: string;

beforeAll(() => {
  tmp = tempDir('outlay-billing-cli-');
  book = tmp.file('w.outlay');
  createWorkbook(book, { now: FIXED_NOW }).close();
});
afterAll(() => tmp.remove());

const imports = async () => {
  const s = openWorkbook(book);
  try {
    return await s.call('billing/list-imports', {});
  } finally {
    s.close();
  }
};

describe('outlay import-billing', () => {
  it('imports a FOCUS bill and prints rows, periods and each total from the file beside the imported one', async () => {
    const bill = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const r = await outlay(['import-billing', book, '--from', bill]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Rows: 1000 {2}aggregates: \d+/);
    const billed = columnSum(bill, 'BilledCost');
    expect(r.stdout).toMatch(new RegExp(`USD +BilledCost +${billed} +${billed} +equal`));
    expect(r.stdout).not.toContain('DIFFERENT');
    expect((await imports()).map((i) => i.fileName)).toEqual(['focus-1.0_sample_1000rows_aws-azure-oracle.csv']);
  });

  it('--json prints the result, and importing the same file again writes nothing', async () => {
    const bill = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const r = await outlay(['import-billing', book, '--from', bill, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as BillingImportResult;
    expect(result).toMatchObject({ alreadyImported: true, seq: null, totalsMatch: true });
    expect(await imports()).toHaveLength(1);
  });

  it('a bad row exits 1 with one line naming file, row and column', async () => {
    const bad = tmp.file('bad.csv');
    writeFileSync(
      bad,
      'BillingPeriodStart,ChargePeriodStart,BilledCost,EffectiveCost,BillingCurrency\n2026-01-01,2026-01-02,1.0,x1,USD\n',
    );
    const r = await outlay(['import-billing', book, '--from', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('outlay: bad.csv: row 2, column EffectiveCost: "x1" is not a number; nothing was imported\n');
    expect(await imports()).toHaveLength(1);
  });

  it('an unknown --format is a usage error (exit 2)', async () => {
    const r = await outlay(['import-billing', book, '--from', book, '--format', 'excel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format expects one of auto, focus');
  });

  it('Ctrl+C during a large import exits 130 and leaves the workbook unchanged', async () => {
    const big = tmp.file('big.csv');
    function* rows(): Generator<SyntheticFocusRow> {
      for (let i = 0; i < 400_000; i++) {
        yield {
          BillingPeriodStart: '2026-03-01T00:00:00Z',
          ChargePeriodStart: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`,
          ProviderName: 'AWS',
          BillingAccountId: `acct-${i % 7}`,
          SubAccountId: '',
          ServiceName: `svc-${i % 13}`,
          RegionId: 'eu-central-1',
          ResourceType: '',
          ChargeCategory: 'Usage',
          PricingCategory: 'Standard',
          CommitmentDiscountId: '',
          CommitmentDiscountType: '',
          CommitmentDiscountStatus: '',
          BillingCurrency: 'USD',
          BilledCost: `${i % 100}.${i % 997}`,
          EffectiveCost: `${i % 100}.${i % 997}`,
          ListCost: '',
          ContractedCost: '',
          Tags: '{}',
        };
      }
    }
    await writeFocusCsv(big, rows());
    const child = start(['import-billing', book, '--from', big]);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Importing .*big\.csv \(Ctrl\+C to stop\)/, 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled/);
    expect(await imports()).toHaveLength(1);
  }, 120_000);
});

describe('outlay import-billing --grain and --daily', () => {
  it('keeps only the dimensions asked for, by day, with the same totals', async () => {
    const bill = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const coarse = tmp.file('coarse.outlay');
    createWorkbook(coarse, { now: FIXED_NOW }).close();
    const r = await outlay(['import-billing', coarse, '--from', bill, '--grain', 'service', '--daily', '--json']);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as BillingImportResult;
    expect(result.totalsMatch).toBe(true);
    const full = JSON.parse(
      (await outlay(['import-billing', book, '--from', bill, '--json'])).stdout,
    ) as BillingImportResult;
    expect(result.fileTotals).toEqual(full.fileTotals);
    const s = openWorkbook(coarse);
    try {
      const [imp] = await s.call('billing/list-imports', {});
      expect([...imp!.grain].sort()).toEqual(['billingAccount', 'billingPeriod', 'chargeDay', 'provider', 'service']);
      const byRegion = await s.call('cloud/totals', { dimension: 'region', basis: 'cash' });
      // Region was not kept: every amount is under "no value".
      expect(JSON.stringify(byRegion)).not.toContain('us-east-1');
    } finally {
      s.close();
    }
  });

  it('refuses an unknown dimension with a usage error naming it', async () => {
    const bill = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const r = await outlay(['import-billing', book, '--from', bill, '--grain', 'service,colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"colour" is not one');
  });
});
