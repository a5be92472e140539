import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import type { InvoiceView } from '../../src-shared/model/chargeback-invoices';
import { D } from '../../src-shared/money';
import { seedChargebackInputs, type SeededChargeback } from '../helpers/seed-chargeback-inputs';
import { dumpState, FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let master: string;
let seeded: SeededChargeback;
let path: string;
let s: WorkbookSession;
let u0: string;
let u1: string;
let u2: string;

const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new D(0)).toFixed();

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function invoiceOf(departmentId: string): Promise<InvoiceView> {
  const month = await s.call('chargeback/get-month', { month: seeded.month });
  const id = month.units.find((u) => u.departmentId === departmentId)!.invoice!.id;
  return s.call('chargeback/get-invoice', { invoiceId: id });
}
const amountOf = (v: InvoiceView, key: string) => v.invoice.lines.find((l) => l.key === key)?.amount;

async function dispute(departmentId: string, lineKey: string, reason = 'Not ours') {
  const inv = await invoiceOf(departmentId);
  return (await s.call('chargeback/raise-dispute', { invoiceId: inv.summary.id, lineKey, reason })).id;
}

beforeAll(() => {
  tmp = tempDir();
  master = tmp.file('master.outlay');
  createWorkbook(master, { demo: generateDemo({ seed: 1, asOf: '2026-11-20' }) }).close();
  seeded = seedChargebackInputs(master);
  [u0, u1, u2] = [seeded.units[0].id, seeded.units[1].id, seeded.units[2].id];
});
afterAll(() => tmp.remove());
beforeEach(async (ctx) => {
  path = tmp.file(`${ctx.task.id}.outlay`);
  copyFileSync(master, path);
  s = openWorkbook(path, { now: FIXED_NOW });
  await s.call('chargeback/issue', { month: seeded.month });
});
afterEach(() => s.close());

describe('disputes', () => {
  it('resolved by a credit reissue the invoice as revision 2 with a credit line, the old revision superseded', async () => {
    const vm = `service:${seeded.services[0]!.id}`;
    const before = await invoiceOf(u0);
    const id = await dispute(u0, vm, 'Two VMs were test machines');
    const r = await s.call('chargeback/resolve-dispute', {
      disputeId: id,
      resolution: { kind: 'credit', amount: '83', note: 'Test VMs' },
    });
    expect(r.invoices).toHaveLength(1);
    expect(r.invoices[0]!.diff.added.map((l) => [l.kind, l.amount, l.creditedLine])).toEqual([['credit', '-83', vm]]);
    expect(r.invoices[0]!.diff.totalChange).toBe('-83');
    const after = await invoiceOf(u0);
    expect(after.summary.revision).toBe(2);
    expect(after.invoice.total).toBe(new D(before.invoice.total).minus(83).toFixed());
    expect(after.revisions.map((x) => x.status)).toEqual(['superseded', 'issued']);
    expect(after.diff!.added).toHaveLength(1);
    expect(after.disputes.find((d) => d.id === id)).toMatchObject({
      status: 'resolved',
      resolvedInvoiceId: after.summary.id,
    });
    // The credit stays with the month: a later reissue keeps it.
    await s.call('chargeback/issue', { month: seeded.month, reissue: true });
    expect((await invoiceOf(u0)).invoice.total).toBe(after.invoice.total);
  });

  it('refuses a credit larger than the line, naming the amount', async () => {
    const vm = `service:${seeded.services[0]!.id}`;
    const id = await dispute(u0, vm);
    const before = dumpState(path);
    const e = await refusal(() =>
      s.call('chargeback/resolve-dispute', { disputeId: id, resolution: { kind: 'credit', amount: '10000' } }),
    );
    expect(e.code).toBe('validation');
    expect(e.message).toContain('exceeds what is left of the line');
    expect(e.details).toMatchObject({ field: 'amount' });
    expect(dumpState(path)).toEqual(before);
  });

  it('moving a shared cost reissues both units and keeps Σ shared lines equal to the run', async () => {
    const id = await dispute(u1, 'shared:network:headcount', 'Half of it is the other unit’s');
    const r = await s.call('chargeback/resolve-dispute', {
      disputeId: id,
      resolution: { kind: 'move', amount: '50', toDepartmentId: u2 },
    });
    expect(r.invoices.map((i) => [i.summary.departmentId, i.summary.revision])).toEqual([
      [u1, 2],
      [u2, 2],
    ]);
    expect(amountOf(await invoiceOf(u1), 'shared:network:headcount')).toBe('300');
    const to = await invoiceOf(u2);
    expect(amountOf(to, 'shared:network:headcount')).toBe('50');
    expect(to.diff!.added.map((l) => l.key)).toEqual(['shared:network:headcount']);
    const why = await s.call('chargeback/explain-line', {
      invoiceId: to.summary.id,
      lineKey: 'shared:network:headcount',
    });
    expect(why.adjustments).toEqual([`50 moved here from ${seeded.units[1].code} by a dispute.`]);
    const month = await s.call('chargeback/get-month', { month: seeded.month });
    const all = await Promise.all(
      month.units.map((u) => s.call('chargeback/get-invoice', { invoiceId: u.invoice!.id })),
    );
    expect(sum(all.map((v) => v.invoice.sharedTotal))).toBe(new D(seeded.allocatedToUnits).toFixed());
    expect(month.reconciliation!.balanced).toBe(true);
  });

  it('re-tagging usage moves the units to the other unit’s invoice at the same rate', async () => {
    const sto = seeded.services[1]!;
    const id = await dispute(u0, `service:${sto.id}`);
    await s.call('chargeback/resolve-dispute', {
      disputeId: id,
      resolution: { kind: 'retag', quantity: '50.5', toDepartmentId: u2 },
    });
    const from = (await invoiceOf(u0)).invoice.lines.find((l) => l.key === `service:${sto.id}`)!;
    const to = (await invoiceOf(u2)).invoice.lines.find((l) => l.key === `service:${sto.id}`)!;
    expect([from.quantity, from.amount]).toEqual(['200', new D(200).times(sto.rate).toDecimalPlaces(2).toFixed()]);
    expect([to.quantity, to.amount]).toEqual(['150.5', new D('150.5').times(sto.rate).toDecimalPlaces(2).toFixed()]);
  });

  it('rejected, closes the dispute without a new revision', async () => {
    const id = await dispute(u0, 'shared:network:headcount');
    const r = await s.call('chargeback/resolve-dispute', {
      disputeId: id,
      resolution: { kind: 'reject', note: 'Headcount is right' },
    });
    expect(r.invoices).toEqual([]);
    const v = await invoiceOf(u0);
    expect(v.summary.revision).toBe(1);
    expect(v.disputes[0]).toMatchObject({
      status: 'rejected',
      resolution: { kind: 'reject', note: 'Headcount is right' },
    });
  });

  it('cannot be raised twice on the same line while open, nor on a credit line', async () => {
    await dispute(u0, 'shared:network:headcount');
    const e = await refusal(() => dispute(u0, 'shared:network:headcount'));
    expect(e.message).toContain('already has an open dispute');
    const e2 = await refusal(() => dispute(u0, 'credit:nope'));
    expect(e2.details).toMatchObject({ field: 'lineKey' });
  });

  it('explain a shared line by the stored postings, back through a step-down to the pool that fed the node', async () => {
    const inv = await invoiceOf(u0);
    const net = await s.call('chargeback/explain-line', {
      invoiceId: inv.summary.id,
      lineKey: 'shared:network:headcount',
    });
    expect(net.steps.map((x) => [x.rule, x.amount, x.quantity, x.driverTotal])).toEqual([
      ['network', '400.00', '40', '100'],
      ['network', '250.00', '25', '100'],
    ]);
    expect(net.steps[0]!.aggregateCount).toBe(2);
    const desk = await s.call('chargeback/explain-line', {
      invoiceId: inv.summary.id,
      lineKey: 'shared:svc:DESK:tickets',
    });
    expect(desk.steps.map((x) => [x.rule, x.from, x.target, x.amount])).toEqual([
      ['desk-in', 'desk', 'svc:DESK', '600.00'],
      ['desk-out', 'svc:DESK', `bu:${seeded.units[0]!.code}`, '200.00'],
    ]);
  });
});

describe('undo of a resolution', () => {
  it('puts back the dispute, the superseded revision and the adjustments exactly', async () => {
    const id = await dispute(u0, 'shared:network:headcount');
    const before = dumpState(path);
    await s.call('chargeback/resolve-dispute', {
      disputeId: id,
      resolution: { kind: 'move', amount: '10', toDepartmentId: u1 },
    });
    expect(dumpState(path)).not.toEqual(before);
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });
});
