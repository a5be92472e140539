import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountingWorkbook, closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

describe('deleting a dimension used by accounting items', () => {
  it('is refused while assets, contracts and invoices use it, counting each, and nothing is written', async () => {
    const links = { costCenterId: f.b.costCenterId, vendorId: f.b.vendorId };
    const asset = await f.s.call('assets/save', {
      code: 'SRV-1',
      name: 'Database server',
      assetClass: 'server',
      cost: '12400',
      currency: 'USD',
      inServiceDate: '2026-08-01',
      ...links,
    });
    await f.s.call('contracts/save', {
      code: 'C-1',
      name: 'Support',
      currency: 'USD',
      baseAmount: '1000',
      billing: 'quarterly',
      start: '2026-07-01',
      end: '2028-06-30',
      ...links,
    });
    for (const reference of ['INV-1', 'INV-2']) {
      await f.s.call('cost-items/save', {
        reference,
        amount: '250',
        currency: 'USD',
        expenseType: 'OpEx',
        invoiceDate: '2026-09-01',
        paymentTerms: 'net 30',
        serviceStart: '2026-09-01',
        serviceEnd: '2026-09-30',
        ...links,
      });
    }

    const e = await refused(f, 'dimensions/delete', { kind: 'vendor', id: f.b.vendorId });
    expect(e).toMatchObject({ code: 'conflict', details: { references: { assets: 1, contracts: 1, cost_items: 2 } } });
    expect(e.message).toBe(
      'Vendor "ACME" is used by 1 asset, 1 contract and 2 invoices and purchases; reassign or delete those first.',
    );
    const cc = await refused(f, 'dimensions/delete', { kind: 'cost-center', id: f.b.costCenterId });
    expect(cc.details).toMatchObject({ references: { assets: 1, contracts: 1, cost_items: 2 } });

    // Once the asset no longer points at the vendor, it is no longer counted.
    const { id: _id, classificationRule: _r, expenseType: _t, events: _e, ...input } = asset.asset;
    await f.s.call('assets/save', { id: asset.asset.id, ...input, vendorId: null });
    const again = await refused(f, 'dimensions/delete', { kind: 'vendor', id: f.b.vendorId });
    expect(again.details).toEqual({ id: f.b.vendorId, references: { contracts: 1, cost_items: 2 } });
  });
});

describe('deleting a business unit used by chargeback', () => {
  it('is refused while it has service usage, naming it, and nothing is written', async () => {
    const svc = await f.s.call('rates/save-service', {
      code: 'VM',
      name: 'Virtual server',
      unit: 'vcpu-month',
      node: 'svc:SVC-HOST',
      active: true,
    });
    await f.s.call('rates/set-usage', {
      cells: [{ month: '2026-10', departmentId: f.b.departmentId, serviceId: svc.id, quantity: '12' }],
    });
    const e = await refused(f, 'dimensions/delete', { kind: 'department', id: f.b.departmentId });
    expect(e.code).toBe('conflict');
    expect(e.details).toMatchObject({ references: { cost_centers: 1, service_usage: 1 } });
    expect(e.message).toContain('1 cost center and 1 service usage figure');
  });
});
