import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import type { DemoData } from '../../src-main/demo/types';
import { defaultCapitalizationPolicy } from '../../src-main/engine/capitalization';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { smallDemo } from './helpers/small-demo';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

/** The small demo (FY from April, USD) plus one server, one EUR contract with an invoice, and EUR rates. */
function demoWithAccounting(): DemoData {
  const d = smallDemo();
  const policy = defaultCapitalizationPolicy('USD', 2);
  const links = { costCenterId: 'cc-1', serviceId: 'svc-1', accountId: 'acc-2', vendorId: 'ven-1' };
  return {
    ...d,
    capitalizationPolicy: {
      ...policy,
      classes: { ...policy.classes, server: { ...policy.classes.server, threshold: '2500' } },
    },
    assets: [
      {
        id: 'asset-1',
        code: 'SRV-9',
        name: 'Edge server',
        assetClass: 'server',
        cost: '6000',
        salvage: '0',
        currency: 'USD',
        minorUnits: 2,
        quantity: 1,
        unitCost: '6000',
        inServiceDate: '2026-04-10',
        usefulLifeMonths: 60,
        method: 'straight-line',
        convention: 'full-month',
        expenseType: 'CapEx',
        capitalizationRule: 'CapEx: server, 6,000.00 ≥ threshold 2,500.00, 5 years straight-line',
        events: [{ kind: 'disposal', date: '2027-03-31' }],
        ...links,
      },
    ],
    contracts: [
      {
        id: 'contract-1',
        code: 'C-EU',
        name: 'EU hosting',
        kind: 'saas',
        currency: 'EUR',
        minorUnits: 2,
        baseAmount: '500',
        billing: 'monthly',
        start: '2026-04-01',
        end: '2027-03-31',
        escalation: { kind: 'none' },
        expenseType: 'OpEx',
        paymentTerms: 'net 30',
        invoiceTiming: 'advance',
        prepaid: false,
        ...links,
        accountId: 'acc-1',
      },
    ],
    priceIndexes: [],
    costItems: [
      {
        id: 'item-1',
        contractId: 'contract-1',
        reference: 'EU-0426',
        amount: '500',
        currency: 'EUR',
        minorUnits: 2,
        invoiceDate: '2026-04-01',
        paymentDate: '2026-05-03',
        servicePeriod: { start: '2026-04-01', end: '2026-04-30' },
        expenseType: 'OpEx',
      },
    ],
    fxRates: Array.from({ length: 12 }, (_, i) => ({
      from: 'EUR',
      to: 'USD',
      period: addMonths('2026-04', i),
      budgetRate: '1.0800',
      ...(i < 2 ? { actualRate: '1.0712' } : {}),
    })),
  };
}

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
beforeEach(() => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('demo.outlay'), { now: FIXED_NOW, demo: demoWithAccounting() });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('a demo workbook with accounting data', () => {
  it('stores the assets, events, contracts, invoices, rates and the changed policy rule as generated', async () => {
    const [asset] = await s.call('assets/list', {});
    expect(asset).toMatchObject({
      code: 'SRV-9',
      classificationRule: 'CapEx: server, 6,000.00 ≥ threshold 2,500.00, 5 years straight-line',
      costCenterId: 'cc-1',
      events: [expect.objectContaining({ kind: 'disposal', date: '2027-03-31' })],
    });
    const [contract] = await s.call('contracts/list', {});
    expect(contract).toMatchObject({ code: 'C-EU', currency: 'EUR', invoiceTiming: 'advance', renewal: null });
    expect(await s.call('cost-items/list', {})).toEqual([
      expect.objectContaining({
        reference: 'EU-0426',
        contractId: 'contract-1',
        paymentDate: '2026-05-03',
        vendorId: 'ven-1',
      }),
    ]);
    const rates = await s.call('fx/list-rates', {});
    expect(rates).toHaveLength(12);
    expect(rates[0]).toEqual({ from: 'EUR', to: 'USD', period: '2026-04', budgetRate: '1.08', actualRate: '1.0712' });
    const policies = await s.call('capitalization/list-policies', {});
    expect(policies.filter((p) => !p.isDefault).map((p) => [p.assetClass, p.threshold])).toEqual([['server', '2500']]);
  });

  it('summarises FY2027 from the seeded rows: depreciation and write-off, and the contract at budget rates', async () => {
    const sum = await s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    // 12 × 100 depreciation + 4,800 written off on disposal; 12 × 500 EUR × 1.08.
    expect(sum.rows.map((r) => [r.key, r.total])).toEqual([
      ['CapEx', '6000'],
      ['OpEx', '6480'],
    ]);
    expect(sum.counts).toEqual({ contracts: 1, costItems: 0, assets: 1 });
    const schedule = await s.call('assets/get-schedule', { assetId: 'asset-1' });
    expect(schedule).toMatchObject({ status: 'disposed', totalExpense: '1200', totalWriteOff: '4800' });
  });
});
