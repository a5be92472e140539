import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFocusCsv, type SyntheticFocusRow } from '../../src-main/demo/cloud-billing';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { D } from '../../src-shared/money';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

/**
 * The whole of issue 6 on one real workbook, through the same channels the screens use and
 * without fixtures: a cloud bill is imported, allocated by tag and by a driver, a service is
 * priced on a published rate card, and the month's invoices charge exactly what was billed
 * and consumed; a disputed line is credited on a new revision.
 */

const MONTH = '2026-10';
const row = (tags: string, effective: string, billed: string): SyntheticFocusRow => ({
  BillingPeriodStart: `${MONTH}-01T00:00:00Z`,
  ChargePeriodStart: `${MONTH}-05T00:00:00Z`,
  ProviderName: 'AWS',
  BillingAccountId: '111122223333',
  SubAccountId: '444455556666',
  ServiceName: 'Amazon Elastic Compute Cloud',
  RegionId: 'eu-central-1',
  ResourceType: 'Compute Instance',
  ChargeCategory: 'Usage',
  PricingCategory: 'Standard',
  CommitmentDiscountId: '',
  CommitmentDiscountType: '',
  CommitmentDiscountStatus: '',
  BillingCurrency: 'USD',
  BilledCost: billed,
  EffectiveCost: effective,
  ListCost: billed,
  ContractedCost: billed,
  Tags: tags,
});
// Provider precision (11 decimals) on purpose: rounding happens where money becomes chargeable.
const BILL = [
  row('{"CostCenter":"CC-FIN"}', '100.12345678901', '100.12345678901'),
  row('{"cost-center":"CC-HR"}', '50.5', '50.5'),
  row('{"Application":"erp"}', '33.33333333333', '33.33333333333'),
];
const exactTotal = BILL.reduce((s, r) => s.plus(r.EffectiveCost), new D(0));

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let fin: string;
let hr: string;

beforeAll(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('pipeline.outlay'), { now: FIXED_NOW, userName: 'ann' });
  await seedBasics(s);
  const dims = await s.call('dimensions/get-all', {});
  const pool = dims.costPools[0]!.id;
  const tower = dims.towers[0]!.id;
  const unit = async (code: string) => {
    const d = await s.call('dimensions/save', { kind: 'department', row: { code, name: code, owner: '' } });
    await s.call('dimensions/save', {
      kind: 'cost-center',
      row: { code: `CC-${code}`, name: `${code} costs`, departmentId: d.id, parentId: null, owner: '' },
    });
    return d.id;
  };
  fin = await unit('FIN');
  hr = await unit('HR');
  expect(pool && tower).toBeTruthy();
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('a month from cloud bill to invoices', () => {
  it('imports the bill with the CostCenter tag under its variant spelling, file total = stored total', async () => {
    await s.call('cloud/save-tag-key', { canonicalKey: 'CostCenter' });
    const path = tmp.file('bill.csv');
    await writeFocusCsv(path, BILL);
    const r = await s.call('billing/import', { file: { kind: 'path', path } });
    expect(r.totalsMatch).toBe(true);
    const usd = r.storedTotals.find((t) => t.currency === 'USD')!;
    expect(new D(usd.effectiveCost).eq(exactTotal)).toBe(true);
    const byTag = await s.call('cloud/totals', { dimension: 'tag', tagKey: 'CostCenter', basis: 'accrual' });
    expect(JSON.stringify(byTag)).toContain('CC-HR');
  });

  it('allocates tagged cost to its cost center and the untagged rest by headcount, conserving the rounded total', async () => {
    const drv = await s.call('allocation/save-driver', { code: 'HEADCOUNT', name: 'Employees', unit: 'FTE' });
    await s.call('allocation/set-driver-values', {
      driverId: drv.id,
      period: '',
      values: [
        { target: 'bu:FIN', quantity: '30' },
        { target: 'bu:HR', quantity: '10' },
      ],
    });
    await s.call('allocation/save-rule', {
      name: 'Untagged cloud by headcount',
      source: { kind: 'untagged', key: 'tag:CostCenter' },
      method: { kind: 'driver', driver: 'HEADCOUNT' },
      enabled: true,
      note: '',
    });
    await s.call('allocation/save-rule', {
      name: 'Cloud by cost center tag',
      source: { kind: 'match', dims: {} },
      method: { kind: 'direct', key: 'tag:CostCenter', nodeKind: 'cc' },
      enabled: true,
      note: '',
    });
    const run = await s.call('allocation/run', { period: MONTH, basis: 'effective' });
    expect(run.conserved).toBe(true);
    expect(run.inputTotal).toBe(exactTotal.toDecimalPlaces(2).toFixed(2));
    expect(run.unallocatedTotal).toMatch(/^0(\.00)?$/);
    const held = run.balances.reduce((t, b) => t.plus(b.amount), new D(0));
    expect(held.toFixed(2)).toBe(run.inputTotal);
  });

  it('prices the service on a published card and invoices every unit exactly what was allocated and consumed', async () => {
    const vm = await s.call('rates/save-service', {
      code: 'VM',
      name: 'Virtual server',
      unit: 'vcpu-month',
      node: 'svc:SVC-HOST',
      active: true,
    });
    await s.call('rates/set-usage', {
      cells: [
        { month: MONTH, departmentId: fin, serviceId: vm.id, quantity: '10' },
        { month: MONTH, departmentId: hr, serviceId: vm.id, quantity: '5' },
      ],
    });
    const pricing = { fiscalYear: 2026, basis: 'utilization', markupPct: '0', measure: 'effective' } as const;
    const card = await s.call('rates/draft-card', { ...pricing, note: '' });
    await s.call('rates/save-draft', { cardId: card.id, ...pricing, note: '', rates: { [vm.id]: '12.5' } });
    await s.call('rates/publish-card', { cardId: card.id });

    const issued = await s.call('chargeback/issue', { month: MONTH });
    const rec = issued.reconciliation;
    expect(rec.balanced).toBe(true);
    expect(rec.unmatchedTargets).toEqual([]);
    expect(rec.allocatedToUnits).toBe(exactTotal.toDecimalPlaces(2).toFixed(2));
    expect(rec.sharedInvoiced).toBe(rec.allocatedToUnits);
    expect(new D(rec.serviceInvoiced).eq('187.50')).toBe(true);
    const invoiced = issued.issued.reduce((t, i) => t.plus(i.total), new D(0));
    expect(invoiced.eq(new D(rec.allocatedToUnits).plus('187.50'))).toBe(true);

    const finInvoice = issued.issued.find((i) => i.departmentId === fin)!;
    const view = await s.call('chargeback/get-invoice', { invoiceId: finInvoice.id });
    const shared = view.invoice.lines.filter((l) => l.kind === 'shared');
    expect(shared.length).toBeGreaterThan(0);
    // FIN holds its tagged cost plus 30/40 of the untagged rest; the trace names rule and driver.
    const untaggedShare = shared.find((l) => l.driver === 'HEADCOUNT')!;
    const trace = await s.call('chargeback/explain-line', { invoiceId: finInvoice.id, lineKey: untaggedShare.key });
    expect(trace.steps.some((st) => st.driver === 'HEADCOUNT' && st.quantity === '30' && st.driverTotal === '40')).toBe(
      true,
    );
  });

  it('credits a disputed line on a new revision whose total drops by the credit', async () => {
    const month = await s.call('chargeback/get-month', { month: MONTH });
    const unit = month.units.find((u) => u.departmentId === fin)!;
    const before = await s.call('chargeback/get-invoice', { invoiceId: unit.invoice!.id });
    const line = before.invoice.lines.find((l) => l.kind === 'service')!;
    const dispute = await s.call('chargeback/raise-dispute', {
      invoiceId: unit.invoice!.id,
      lineKey: line.key,
      reason: 'Two VMs were switched off on the 3rd',
    });
    const resolved = await s.call('chargeback/resolve-dispute', {
      disputeId: dispute.id,
      resolution: { kind: 'credit', amount: '25', note: 'Two vCPU-months' },
    });
    const rev2 = resolved.invoices.find((i) => i.summary.departmentId === fin)!;
    expect(rev2.summary.revision).toBe(2);
    expect(new D(before.summary.total).minus(rev2.summary.total).eq(25)).toBe(true);
    const after = await s.call('chargeback/get-month', { month: MONTH });
    expect(after.units.find((u) => u.departmentId === fin)!.invoice!.revision).toBe(2);
  });
});
