import Database from 'better-sqlite3';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBillRows, importDemoCloudBill } from '../../src-main/demo/cloud-billing';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const COST_CENTERS = ['CC-1310', 'CC-1400', 'CC-2300'];
const OPTS = { costCenters: COST_CENTERS, lastMonth: '2026-02', currency: 'EUR' };
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let book: string;

beforeAll(() => {
  tmp = tempDir('outlay-billing-demo-');
  book = tmp.file('demo.outlay');
  createWorkbook(book, { now: FIXED_NOW, baseCurrency: 'EUR' }).close();
  // The tag keys are another screen's setting; selected here directly so the import aggregates on them.
  const db = new Database(book);
  db.prepare('INSERT INTO billing_tag_keys (canonical_key, position) VALUES (?, ?), (?, ?)').run(
    'CostCenter',
    1,
    'Application',
    2,
  );
  db.close();
  s = openWorkbook(book, { now: FIXED_NOW });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

const sum = (xs: readonly string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

describe('the demo cloud bill', () => {
  it('is the same bill on every run (deterministic)', () => {
    expect([...demoBillRows(OPTS)]).toEqual([...demoBillRows(OPTS)]);
  });

  it('imports three months of AWS and Azure with exact totals, tags on the selected keys and a savings plan', async () => {
    const rows = [...demoBillRows(OPTS)];
    const r = await importDemoCloudBill(s, tmp.dir, OPTS);
    expect(r.rows).toBe(rows.length);
    expect(r.periods).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(r.totalsMatch).toBe(true);
    expect(new Decimal(r.fileTotals[0]!.billedCost).equals(sum(rows.map((x) => x.BilledCost)))).toBe(true);
    expect(new Decimal(r.fileTotals[0]!.effectiveCost).equals(sum(rows.map((x) => x.EffectiveCost)))).toBe(true);
    // Cash and accrual agree over a month: the fee is spread over Used and Unused.
    expect(r.fileTotals[0]!.billedCost).toBe(r.fileTotals[0]!.effectiveCost);

    const db = new Database(book, { readonly: true });
    const tags = db.prepare('SELECT tags FROM billing_aggregates').pluck().all() as string[];
    const providers = db.prepare('SELECT DISTINCT provider FROM billing_aggregates ORDER BY 1').pluck().all();
    const sp = db
      .prepare(
        `SELECT charge_month, charge_category, commitment_discount_status AS status, billed_cost, effective_cost
           FROM billing_commitments WHERE commitment_discount_id IS NOT NULL ORDER BY 1, 2, 3`,
      )
      .all() as { charge_month: string; charge_category: string; status: string | null; effective_cost: string }[];
    db.close();
    expect(providers).toEqual(['AWS', 'Microsoft']);
    const parsed = tags.map((t) => JSON.parse(t) as Record<string, string | null>);
    expect(parsed.every((t) => Object.keys(t).join() === 'CostCenter,Application')).toBe(true);
    const centers = new Set(parsed.map((t) => t.CostCenter));
    expect(centers.has(null)).toBe(true);
    expect(centers.has('CC-9999')).toBe(true);
    for (const cc of COST_CENTERS) expect(centers.has(cc)).toBe(true);
    // Lower-case codes stay as typed (mis-tagged) until a value mapping says otherwise.
    expect([...centers].some((c) => typeof c === 'string' && c !== c.toUpperCase())).toBe(true);
    expect(sp).toHaveLength(9);
    for (const month of r.periods) {
      const used = sp.filter((x) => x.charge_month === month && x.charge_category === 'Usage');
      expect(used.map((x) => x.status).sort()).toEqual(['Unused', 'Used']);
      expect(sum(used.map((x) => x.effective_cost)).toFixed(4)).toBe('300.0000');
    }
  });
});
