import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { D } from '../../src-shared/money';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

// As `outlay new --demo` makes it: with the cloud bill, allocation set-up and rate design.
const demo = generateDemo({ seed: 3, asOf: '2026-11-20', lines: 120, assets: 4, contracts: 4, chargeback: true });
const LAST = '2026-10';
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;

beforeAll(() => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('demo.outlay'), { now: FIXED_NOW, demo });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('the demo workbook with cloud and chargeback data', () => {
  it('starts with one cloud bill of the three months before asOf, stored to the exact file total, and nothing to undo', async () => {
    const imports = await s.call('billing/list-imports', {});
    expect(imports).toHaveLength(1);
    const bill = demo.cloudBill!;
    const exact = bill.rows.reduce((t, r) => t.plus(r.EffectiveCost), new D(0));
    const totals = await s.call('cloud/totals', { dimension: 'provider', basis: 'accrual' });
    expect(JSON.stringify(totals)).toContain('AWS');
    const stored = imports[0]!.totals.find((t) => t.currency === demo.settings.baseCurrency)!;
    expect(new D(stored.effectiveCost).eq(exact)).toBe(true);
    expect(imports[0]!.periods).toEqual(['2026-08', '2026-09', '2026-10']);
    expect((await s.call('journal/get-undo-state', {})).canUndo).toBe(false);
    // The demo bill carries untagged and mis-tagged spend on purpose, for the hygiene report.
    const hygiene = await s.call('cloud/tag-hygiene', { key: 'CostCenter', basis: 'accrual' });
    expect(hygiene.allowedFrom).toBe('cost-centers');
    const t = hygiene.totals[0]!;
    expect(new D(t.untagged).gt(0) && new D(t.mistagged).gt(0)).toBe(true);
    const commitments = await s.call('cloud/commitments', {});
    expect(JSON.stringify(commitments)).toContain('sp-demo-1');
  });

  it('allocates the last billed month by the demo rules, conserving money to the cent', async () => {
    const run = await s.call('allocation/run', { period: LAST, basis: 'effective' });
    expect(run.conserved).toBe(true);
    expect(run.balances.some((b) => b.target.startsWith('bu:'))).toBe(true);
    const held = run.balances.filter((b) => b.target.startsWith('svc:')).map((b) => b.target);
    const recovered = (await s.call('rates/list-services', {})).map((x) => x.node);
    expect(held.every((t) => recovered.includes(t))).toBe(true);
  });

  it('recovers the rated services on the published demo card and issues balanced invoices for every unit', async () => {
    const recovery = await s.call('rates/recovery', { fiscalYear: 2026, measure: 'effective' });
    expect(recovery.card?.status).toBe('published');
    // Only the allocated month is compared; the others' cost is not known yet.
    expect(recovery.months).toEqual([LAST]);
    expect(recovery.notAllocated).toHaveLength(11);
    const october = recovery.rows.filter((r) => r.month === LAST);
    expect(october.some((r) => new D(r.cost).gt(0))).toBe(true);
    const issued = await s.call('chargeback/issue', { month: LAST });
    expect(issued.reconciliation.balanced).toBe(true);
    expect(issued.issued).toHaveLength(demo.departments.length);
    expect(new D(issued.reconciliation.serviceInvoiced).gt(0)).toBe(true);
  });
});
