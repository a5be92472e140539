import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import type { Invoice, InvoiceView } from '../../src-shared/model/chargeback-invoices';
import { D } from '../../src-shared/money';
import { seedChargebackInputs, type SeededChargeback } from '../helpers/seed-chargeback-inputs';
import { dumpState, FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let master: string;
let seeded: SeededChargeback;
let path: string;
let s: WorkbookSession;

const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new D(0)).toFixed();
const money = (x: string) => new D(x).toFixed();

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** The stored current invoice of a unit, through the contract. */
async function invoiceOf(departmentId: string): Promise<InvoiceView> {
  const month = await s.call('chargeback/get-month', { month: seeded.month });
  const id = month.units.find((u) => u.departmentId === departmentId)!.invoice!.id;
  return s.call('chargeback/get-invoice', { invoiceId: id });
}
const lineOf = (inv: Invoice, key: string) => inv.lines.find((l) => l.key === key);

beforeAll(() => {
  tmp = tempDir();
  master = tmp.file('master.outlay');
  createWorkbook(master, { demo: generateDemo({ seed: 1, asOf: '2026-11-20' }) }).close();
  seeded = seedChargebackInputs(master);
});
afterAll(() => tmp.remove());
beforeEach((ctx) => {
  path = tmp.file(`${ctx.task.id}.outlay`);
  copyFileSync(master, path);
  s = openWorkbook(path, { now: FIXED_NOW });
});
afterEach(() => s.close());

describe('issuing a month', () => {
  it('is refused with a clear message when the month has no current allocation run', async () => {
    const e = await refusal(() => s.call('chargeback/issue', { month: '2026-09' }));
    expect(e.code).toBe('validation');
    expect(e.message).toContain('no current allocation run for 2026-09');
  });

  it('is refused when the fiscal year has no published rate card', async () => {
    s.close();
    const db = new Database(path);
    db.prepare("UPDATE rate_cards SET status = 'draft'").run();
    db.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    const e = await refusal(() => s.call('chargeback/issue', { month: seeded.month }));
    expect(e.message).toContain(`no published rate card for fiscal year ${seeded.fiscalYear}`);
  });

  it('is refused when the run posted to a unit in another currency than the workbook’s, naming the rule', async () => {
    s.close();
    const db = new Database(path);
    db.prepare("UPDATE allocation_postings SET currency = 'JPY' WHERE rule = 'security'").run();
    db.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    const e = await refusal(() => s.call('chargeback/issue', { month: seeded.month }));
    expect(e.message).toContain('rule security');
    expect(e.details).toMatchObject({ field: 'currency' });
  });

  it('writes revision 1 for every unit: usage × published rate and the run’s postings to the unit and its cost centers', async () => {
    const depts = (await s.call('dimensions/get-all', {})).departments;
    const r = await s.call('chargeback/issue', { month: seeded.month });
    expect(r.issued).toHaveLength(depts.length);
    expect(r.issued.every((i) => i.revision === 1 && i.status === 'issued')).toBe(true);

    const [u0, u1, u2] = seeded.units;
    const rate = (code: string) => seeded.services.find((x) => x.code === code)!;
    const inv0 = (await invoiceOf(u0.id)).invoice;
    const vm = lineOf(inv0, `service:${rate('VM').id}`)!;
    expect(vm).toMatchObject({ quantity: '12', rate: money(rate('VM').rate) });
    expect(vm.amount).toBe(new D('12').times(rate('VM').rate).toDecimalPlaces(2).toFixed());
    // 250.5 × 0.0725 = 18.16125: rounded once, on the line.
    expect(lineOf(inv0, `service:${rate('STO').id}`)!.amount).toBe('18.16');
    // Network went 400 to the unit and 250 to its cost center, both by headcount: one line.
    expect(lineOf(inv0, 'shared:network:headcount')).toMatchObject({
      quantity: '65',
      amount: '650',
      ruleId: 'network',
    });
    // The desk node was closed by step-down: the line names the node, not the pool that fed it.
    expect(lineOf(inv0, 'shared:svc:DESK:tickets')).toMatchObject({ quantity: '10', amount: '200' });
    expect(inv0.total).toBe(sum(inv0.lines.map((l) => l.amount)));
    expect(lineOf((await invoiceOf(u1.id)).invoice, 'shared:security:percent')).toMatchObject({
      quantity: '50',
      amount: '150.5',
    });
    expect((await invoiceOf(u2.id)).invoice.sharedTotal).toBe('550.5');

    // Σ shared lines of the stored invoices = what the run left on business units.
    const month = await s.call('chargeback/get-month', { month: seeded.month });
    const stored = await Promise.all(
      month.units.map((u) => s.call('chargeback/get-invoice', { invoiceId: u.invoice!.id })),
    );
    expect(sum(stored.map((v) => v.invoice.sharedTotal))).toBe(money(seeded.allocatedToUnits));
    expect(r.reconciliation).toMatchObject({ allocatedToUnits: money(seeded.allocatedToUnits), balanced: true });
    expect(r.reconciliation.serviceInvoiced).toBe(sum(stored.map((v) => v.invoice.serviceTotal)));
    expect(r.reconciliation.unmatchedTargets).toEqual([{ target: 'bu:NOPE', amount: '12.34' }]);
  });

  it('charges a run kept at more decimals in cents that add up to the rounded allocated total', async () => {
    s.close();
    const db = new Database(path);
    const set = db.prepare('UPDATE allocation_postings SET amount = ? WHERE rule = ? AND target LIKE ?');
    const [u0, u1] = seeded.units;
    set.run('400.00333333333', 'network', `bu:${u0.code}`);
    set.run('349.99333333333', 'network', `bu:${u1.code}`);
    set.run('250.00333333334', 'network', 'cc:%');
    const bal = db.prepare('UPDATE allocation_balances SET amount = ? WHERE target = ?');
    bal.run('600.00333333333', `bu:${u0.code}`);
    bal.run('500.49333333333', `bu:${u1.code}`);
    bal.run('250.00333333334', `cc:${seeded.costCenterCode}`);
    db.close();
    s = openWorkbook(path, { now: FIXED_NOW });
    const r = await s.call('chargeback/issue', { month: seeded.month });
    const views = await Promise.all(r.issued.map((i) => s.call('chargeback/get-invoice', { invoiceId: i.id })));
    const shared = views.flatMap((v) => v.invoice.lines.filter((l) => l.kind === 'shared'));
    expect(shared.every((l) => new D(l.amount).decimalPlaces() <= 2)).toBe(true);
    const exact = sum(['600.00333333333', '500.49333333333', '250.00333333334', '550.5']);
    expect(sum(shared.map((l) => l.amount))).toBe(new D(exact).toDecimalPlaces(2).toFixed());
    expect(r.reconciliation.balanced).toBe(true);
  });

  it('reuses issued invoices, and reissues only the units whose inputs changed', async () => {
    await s.call('chargeback/issue', { month: seeded.month });
    const again = await s.call('chargeback/issue', { month: seeded.month });
    expect(again.issued).toEqual([]);
    const [u0] = seeded.units;
    await s.call('chargeback/set-unit-mode', { departmentId: u0.id, mode: 'showback' });
    const r = await s.call('chargeback/issue', { month: seeded.month, reissue: true });
    expect(r.issued.map((i) => [i.departmentId, i.revision, i.mode])).toEqual([[u0.id, 2, 'showback']]);
    const view = await invoiceOf(u0.id);
    expect(view.invoice.informationOnly).toBe(true);
    expect(view.revisions.map((x) => x.status)).toEqual(['superseded', 'issued']);
  });

  it('is one undoable command: undo leaves the workbook as before', async () => {
    const before = dumpState(path);
    await s.call('chargeback/issue', { month: seeded.month });
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });

  it('writes nothing when cancelled', async () => {
    const before = dumpState(path);
    const ac = new AbortController();
    ac.abort();
    const e = await refusal(() => s.call('chargeback/issue', { month: seeded.month }, { signal: ac.signal }));
    expect(e.code).toBe('cancelled');
    expect(dumpState(path)).toEqual(before);
  });
});
