import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingImportFormat } from '../../src-shared/ipc/billing-import-types';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { columnSum, sameNumber } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

interface Case {
  file: [string, string];
  format?: BillingImportFormat;
  stored: string;
  rows: number;
  /** Result measure → source column summed independently. */
  columns: Partial<Record<'billedCost' | 'effectiveCost' | 'listCost' | 'contractedCost', string>>;
}

const CASES: Case[] = [
  {
    file: ['focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv'],
    stored: 'focus',
    rows: 1000,
    columns: {
      billedCost: 'BilledCost',
      effectiveCost: 'EffectiveCost',
      listCost: 'ListCost',
      contractedCost: 'ContractedCost',
    },
  },
  {
    file: ['focus', 'focus-spec-example_saas_spend_agreements_b2.csv'],
    stored: 'focus',
    rows: 14,
    columns: { billedCost: 'BilledCost', effectiveCost: 'EffectiveCost', listCost: 'ListCost' },
  },
  {
    file: ['billing-native', 'aws-cur-legacy_anonymized_1281rows.csv'],
    stored: 'aws-cur',
    rows: 1281,
    columns: { billedCost: 'lineItem/UnblendedCost', listCost: 'pricing/publicOnDemandCost' },
  },
  {
    file: ['billing-native', 'azure-cm-ea-actualcost_11rows.csv'],
    stored: 'azure-actual',
    rows: 11,
    // An actual-cost export has no amortized cost: both bases carry its Cost.
    columns: { billedCost: 'Cost', effectiveCost: 'Cost' },
  },
  {
    file: ['billing-native', 'azure-cm-ea-amortizedcost_28rows.csv'],
    format: 'azure-amortized',
    stored: 'azure-amortized',
    rows: 28,
    columns: { billedCost: 'Cost', effectiveCost: 'Cost' },
  },
  {
    file: ['billing-native', 'azure-ea-usage-export_anonymized_27rows.csv'],
    stored: 'azure-actual',
    rows: 27,
    columns: { billedCost: 'CostInBillingCurrency' },
  },
  {
    file: ['billing-native', 'oci-cost-report_506rows.csv'],
    stored: 'oci',
    rows: 506,
    columns: { billedCost: 'cost/myCost', effectiveCost: 'cost/myCost' },
  },
];

let tmp: ReturnType<typeof tempDir>;
let n = 0;
const sessions: WorkbookSession[] = [];
function fresh(): WorkbookSession {
  const s = createWorkbook(tmp.file(`w${++n}.outlay`), { now: FIXED_NOW });
  sessions.push(s);
  return s;
}

beforeAll(() => {
  tmp = tempDir('outlay-billing-');
});
afterAll(() => {
  for (const s of sessions) s.close();
  tmp.remove();
});

describe('importing the reference bills', () => {
  for (const c of CASES) {
    it(`${c.file[1]}: the stored aggregates hold exactly the file's own column sums`, async () => {
      const s = fresh();
      const path = referenceFile(...c.file);
      const r = await s.call('billing/import', { file: { kind: 'path', path }, format: c.format ?? 'auto' });
      expect(r.format).toBe(c.stored);
      expect(r.rows).toBe(c.rows);
      expect(r.fileTotals).toHaveLength(1);
      expect(r.totalsMatch).toBe(true);
      expect(r.storedTotals).toEqual(r.fileTotals);
      const total = r.storedTotals[0]!;
      expect(total.rows).toBe(c.rows);
      for (const [measure, column] of Object.entries(c.columns) as [keyof typeof c.columns, string][]) {
        const expected = columnSum(path, column);
        expect(sameNumber(total[measure], expected), `${measure}: ${total[measure]} vs ${expected}`).toBe(true);
      }
      const [listed] = await s.call('billing/list-imports', {});
      expect(listed).toMatchObject({ id: r.importId, fileName: c.file[1], rowCount: c.rows, replacedBy: null });
      expect(listed!.totals).toEqual(r.fileTotals);
      expect(listed!.periods).toEqual(r.periods);
    });
  }

  it('the FOCUS sample keeps its commitment rows at the commitment grain with the same totals', async () => {
    const s = fresh();
    const path = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    const r = await s.call('billing/import', { file: { kind: 'path', path } });
    expect(r.commitments).toBeGreaterThan(0);
    expect(r.periods.length).toBeGreaterThan(0);
  });
});
