import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import type { AccountingSummary, AccountingSummaryLine } from '../../src-shared/model';
import { accountingWorkbook, closeFixture, sumMoney, type AccountingFixture } from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

const FY_MONTHS = Array.from({ length: 12 }, (_, i) => addMonths('2026-07', i));

/** A budget line in the baseline with these amounts per month; returns its id. */
async function budgetLine(
  fields: { currency?: string; expenseType: 'CapEx' | 'OpEx'; costCenterId?: string; serviceId?: string },
  amounts: Record<string, string>,
): Promise<string> {
  const r = await f.s.call('budget/add-line', {
    scenarioId: f.b.scenarioId,
    fiscalYear: 2027,
    fields: {
      costCenterId: fields.costCenterId ?? f.b.costCenterId,
      serviceId: fields.serviceId ?? f.b.serviceId,
      accountId: f.b.accountId,
      vendorId: null,
      currency: fields.currency ?? 'USD',
      expenseType: fields.expenseType,
      description: `${fields.expenseType} ${fields.currency ?? 'USD'}`,
    },
  });
  const lineId = r.lines[0]!.id;
  const cells = Object.entries(amounts).map(([month, amount]) => ({ lineId, month, amount }));
  await f.s.call('budget/set-cells', { fiscalYear: 2027, cells });
  return lineId;
}

/** A second cost center and service (in another tower), so groupings have more than one row. */
async function moreDimensions() {
  const dims = await f.s.call('dimensions/get-all', {});
  const cc = await f.s.call('dimensions/save', {
    kind: 'cost-center',
    row: { code: 'CC-200', name: 'Workplace', departmentId: f.b.departmentId, parentId: null, owner: '' },
  });
  const svc = await f.s.call('dimensions/save', {
    kind: 'service',
    row: { code: 'SVC-EUC', name: 'Devices', towerId: dims.towers[1]!.id, costPoolId: f.b.costPoolId, owner: '' },
  });
  return { costCenterId: cc.id, serviceId: svc.id };
}

/** Plan lines in USD plus a prepaid contract, an invoice and an asset: every source has something. */
async function seedPlanAndSources() {
  const other = await moreDimensions();
  await budgetLine({ expenseType: 'OpEx' }, { '2026-07': '1000', '2026-08': '1000.5', '2027-06': '999.99' });
  await budgetLine(
    { expenseType: 'CapEx', ...other },
    { '2026-09': '25000', '2027-01': '0.01', '2027-03': '12345.67' },
  );
  await f.s.call('assets/save', {
    code: 'LAP-1',
    name: 'Laptops',
    assetClass: 'end-user-device',
    cost: '36000',
    currency: 'USD',
    inServiceDate: '2026-10-01',
    costCenterId: other.costCenterId,
    serviceId: other.serviceId,
  });
  await f.s.call('contracts/save', {
    code: 'C-PRE',
    name: 'Prepaid monitoring',
    currency: 'USD',
    baseAmount: '12000',
    billing: 'annual',
    prepaid: true,
    start: '2026-08-01',
    end: '2027-07-31',
    paymentTerms: 'net 30',
    costCenterId: f.b.costCenterId,
  });
  await f.s.call('cost-items/save', {
    reference: 'INV-9',
    amount: '900',
    currency: 'USD',
    expenseType: 'OpEx',
    invoiceDate: '2026-11-01',
    paymentTerms: 'net 30',
    serviceStart: '2026-11-01',
    serviceEnd: '2027-01-31',
  });
  return other;
}

const summary = (view: 'accrual' | 'cash', by: 'capex-opex' | 'cost-center' | 'tower', withPlan = true) =>
  f.s.call('accounting/summary', {
    fiscalYear: 2027,
    view,
    by,
    ...(withPlan ? { scenarioId: f.b.scenarioId } : {}),
  });

function expectReconciled(s: AccountingSummary, what: string) {
  for (const r of s.rows) expect(sumMoney(r.amounts), `${what} ${r.label}`).toBe(r.total);
  s.total.amounts.forEach((t, i) =>
    expect(t, `${what} period ${i + 1}`).toBe(sumMoney(s.rows.map((r) => r.amounts[i]!))),
  );
  expect(s.total.total, what).toBe(sumMoney(s.rows.map((r) => r.total)));
  const sources = Object.values(s.sources);
  expect(sumMoney(sources.map((x) => x.total)), `${what} Σ sources`).toBe(s.total.total);
  s.total.amounts.forEach((t, i) => expect(sumMoney(sources.map((x) => x.amounts[i]!))).toBe(t));
  for (const x of sources) expect(sumMoney(x.amounts)).toBe(x.total);
  expect(sumMoney([s.split.CapEx, s.split.OpEx]), `${what} split`).toBe(s.total.total);
  const { CapEx, OpEx } = s.splitByPeriod;
  s.total.amounts.forEach((t, i) => expect(sumMoney([CapEx.amounts[i]!, OpEx.amounts[i]!])).toBe(t));
  expect([CapEx.total, OpEx.total]).toEqual([s.split.CapEx, s.split.OpEx]);
}

describe('accounting/summary with a scenario', () => {
  it("adds the scenario's budget lines as planned spend, equal to the budget grid's amounts month by month", async () => {
    await seedPlanAndSources();
    const s = await summary('accrual', 'capex-opex');
    const grid = await f.s.call('budget/get-grid', { scenarioId: f.b.scenarioId, fiscalYear: 2027 });
    expect(grid.months).toEqual(FY_MONTHS);
    expect(s.periods.map((p) => p.month)).toEqual(grid.months);
    expect(s.sources.planned.amounts).toEqual(
      grid.months.map((_, i) => sumMoney(grid.lines.map((l) => l.amounts[i]!))),
    );
    expect(s.sources.planned.total).toBe(sumMoney(grid.lines.map((l) => l.total)));
    // 1,000 + 1,000.50 + 999.99 OpEx and 25,000 + 0.01 + 12,345.67 CapEx
    expect(s.sources.planned.total).toBe('40346.17');
    expect(s.scenario).toEqual({ id: f.b.scenarioId, name: 'Baseline', budgetLines: 2 });

    const without = await summary('accrual', 'capex-opex', false);
    expect(without.scenario).toBeNull();
    expect(without.sources.planned.total).toBe('0');
    expect(sumMoney([without.total.total, s.sources.planned.total])).toBe(s.total.total);
    // Each line keeps its own expense type.
    expect(sumMoney([without.split.CapEx, '37345.68'])).toBe(s.split.CapEx);
    expect(sumMoney([without.split.OpEx, '3000.49'])).toBe(s.split.OpEx);
    for (const source of ['contracts', 'invoices', 'assets'] as const) {
      expect(s.sources[source]).toEqual(without.sources[source]);
    }
  });

  it('reconciles rows, total, sources and the CapEx/OpEx split to the cent in every grouping and view', async () => {
    await seedPlanAndSources();
    for (const by of ['capex-opex', 'cost-center', 'tower'] as const) {
      for (const view of ['accrual', 'cash'] as const) expectReconciled(await summary(view, by), `${by} ${view}`);
    }
    const cc = await summary('accrual', 'cost-center');
    expect(cc.rows.map((r) => r.label)).toEqual(['CC-100 Servers', 'CC-200 Workplace', '(no cost center)']);
  });

  it('keeps the plan identical in the accrual and cash views; only contracts, invoices and assets move', async () => {
    await seedPlanAndSources();
    const accrual = await summary('accrual', 'capex-opex');
    const cash = await summary('cash', 'capex-opex');
    expect(cash.sources.planned).toEqual(accrual.sources.planned);
    // The prepaid contract is paid in one go in the cash view; the assets are spent when in service.
    expect(cash.sources.contracts).not.toEqual(accrual.sources.contracts);
    expect(cash.sources.assets).not.toEqual(accrual.sources.assets);
    expect(cash.total.total).not.toBe(accrual.total.total);
    const nonPlan = (s: AccountingSummary) =>
      sumMoney([s.sources.contracts.total, s.sources.invoices.total, s.sources.assets.total]);
    expect(sumMoney([cash.total.total, `-${nonPlan(cash)}`])).toBe(
      sumMoney([accrual.total.total, `-${nonPlan(accrual)}`]),
    );
  });

  it('converts a foreign budget line at the budget rate of its own month', async () => {
    await f.s.call('fx/save-rates', {
      rates: [
        { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.10' },
        { from: 'EUR', to: 'USD', period: '2027-03', budgetRate: '1.0842' },
      ],
    });
    await budgetLine({ currency: 'EUR', expenseType: 'OpEx' }, { '2026-07': '1000', '2027-03': '333.33' });
    const s = await summary('accrual', 'capex-opex');
    // 1,000 × 1.10 = 1,100; 333.33 × 1.0842 = 361.400386 → 361.40
    expect(s.sources.planned.amounts[0]).toBe('1100');
    expect(s.sources.planned.amounts[8]).toBe('361.4');
    expect(s.split).toEqual({ CapEx: '0', OpEx: '1461.4' });
  });

  it('gives the same total, to the cent, whichever grouping is asked', async () => {
    const other = await moreDimensions();
    await f.s.call('fx/save-rates', { rates: [{ from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.5' }] });
    // 0.01 EUR × 1.5 = 0.015 → 0.02 USD in each cost center; converted together they would make 0.03.
    await budgetLine({ currency: 'EUR', expenseType: 'OpEx' }, { '2026-07': '0.01' });
    await budgetLine({ currency: 'EUR', expenseType: 'OpEx', ...other }, { '2026-07': '0.01' });
    const totals = [];
    for (const by of ['capex-opex', 'cost-center', 'tower'] as const) {
      const s = await summary('accrual', by);
      expectReconciled(s, by);
      totals.push(s.total.total);
    }
    expect(totals).toEqual(['0.04', '0.04', '0.04']);
  });

  it('maps budget month i to retail period i and says the calendar is retail', async () => {
    const calendar = { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;
    await f.s.call('accounting/save-settings', { patch: { calendar } });
    // The budget year now starts in February: FY2027 = Feb 2026 … Jan 2027.
    const r = await f.s.call('budget/add-line', {
      scenarioId: f.b.scenarioId,
      fiscalYear: 2027,
      fields: {
        costCenterId: f.b.costCenterId,
        serviceId: f.b.serviceId,
        accountId: f.b.accountId,
        vendorId: null,
        currency: 'USD',
        expenseType: 'OpEx',
        description: 'Retail',
      },
    });
    const lineId = r.lines[0]!.id;
    await f.s.call('budget/set-cells', {
      fiscalYear: 2027,
      cells: [
        { lineId, month: '2026-03', amount: '30' },
        { lineId, month: '2027-01', amount: '120' },
      ],
    });
    const s = await summary('accrual', 'capex-opex');
    expect(s.calendarKind).toBe('retail');
    expect(s.periods[1]).toMatchObject({ month: '2026-03', start: '2026-03-01' });
    expect(s.periods[11]).toMatchObject({ month: '2027-01', end: '2027-01-30' });
    expect(s.sources.planned.amounts[1]).toBe('30');
    expect(s.sources.planned.amounts[11]).toBe('120');
  });

  it('refuses a scenario that does not exist', async () => {
    const r = await f.s.dispatch('accounting/summary', {
      fiscalYear: 2027,
      view: 'accrual',
      by: 'capex-opex',
      scenarioId: 'no-such-scenario',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', details: { field: 'scenarioId' } } });
  });
});

/**
 * Actuals have no command yet (imports will post them): written straight into the
 * workbook file, as an import would, through a second connection.
 */
function postActuals(rows: { month: string; amount: string; currency: string; accountId?: string }[]) {
  const db = new Database(f.path);
  try {
    const insert = db.prepare(
      `INSERT INTO actuals (id, month, cost_center_id, service_id, account_id, vendor_id, amount, currency, source, reference)
       VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 'test', '')`,
    );
    for (const r of rows) {
      insert.run(
        randomUUID(),
        r.month,
        f.b.costCenterId,
        f.b.serviceId,
        r.accountId ?? f.b.accountId,
        r.amount,
        r.currency,
      );
    }
  } finally {
    db.close();
  }
}

/** EUR/USD: July budget 1.10 actual 1.12; August budget 1.10 actual 1.0875; September budget 1.10, no actual yet. */
const RATES = [
  { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.10', actualRate: '1.12' },
  { from: 'EUR', to: 'USD', period: '2026-08', budgetRate: '1.10', actualRate: '1.0875' },
  { from: 'EUR', to: 'USD', period: '2026-09', budgetRate: '1.10' },
];

const ACTUALS = [
  { month: '2026-07', amount: '1000', currency: 'EUR' },
  { month: '2026-07', amount: '250', currency: 'USD' },
  // Two postings of one cell: summed to 333.33 EUR before converting.
  { month: '2026-08', amount: '111.11', currency: 'EUR' },
  { month: '2026-08', amount: '222.22', currency: 'EUR' },
  { month: '2026-09', amount: '500', currency: 'EUR' },
  // Outside FY2027: left out.
  { month: '2026-06', amount: '77', currency: 'USD' },
];

/** round(x, 2) half up, as the workbook's default rounding. */
const cents = (x: Decimal.Value) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

describe('accounting/summary actuals and FX variance', () => {
  it('converts actuals at the actual rate and reports the FX variance against budget-rate conversion', async () => {
    await f.s.call('fx/save-rates', { rates: RATES });
    postActuals(ACTUALS);
    await budgetLine({ expenseType: 'OpEx' }, { '2026-07': '1300', '2026-08': '400' });
    const s = await summary('accrual', 'capex-opex');
    const a = s.actual;
    expect(a.count).toBe(5);

    // Independently: each EUR month's sum at both rates, rounded to the cent once.
    const fxOf = (eur: string, budget: string, actual: string) =>
      cents(new Decimal(eur).times(actual)).minus(cents(new Decimal(eur).times(budget)));
    const expectedFx = [fxOf('1000', '1.10', '1.12'), fxOf('333.33', '1.10', '1.0875')];
    // July: 1,120.00 − 1,100.00 = 20.00; August: 362.496375 → 362.50 less 366.663 → 366.66 = −4.16
    expect(expectedFx.map(String)).toEqual(['20', '-4.16']);
    expect(a.fxVariance.amounts.slice(0, 3)).toEqual(['20', '-4.16', '0']);
    expect(a.fxVariance.total).toBe(Decimal.sum(...expectedFx).toString()); // 15.84
    expect(a.fxVariance.total).toBe('15.84');

    // July 1,120 + 250 USD; August 362.50; September 500 at the budget rate 1.10 = 550.
    expect(a.total.amounts.slice(0, 3)).toEqual(['1370', '362.5', '550']);
    expect(a.atBudgetRate.amounts.slice(0, 3)).toEqual(['1350', '366.66', '550']);
    expect(a.total.total).toBe('2282.5');
    expect(sumMoney([a.atBudgetRate.total, a.fxVariance.total])).toBe(a.total.total);
    expect(a.rows.map((r) => [r.key, r.total])).toEqual([
      ['CapEx', '0'],
      ['OpEx', '2282.5'],
    ]);
    expect(a.split).toEqual({ CapEx: '0', OpEx: '2282.5' });

    // Against the plan (1,300 and 400): actual − plan = volume/price + FX, per period and in total.
    expect(a.variance.amounts.slice(0, 3)).toEqual(['70', '-37.5', '550']);
    expect(a.volumePrice.amounts.slice(0, 3)).toEqual(['50', '-33.34', '550']);
    const add = (x: AccountingSummaryLine, y: AccountingSummaryLine) =>
      x.amounts.map((v, i) => sumMoney([v, y.amounts[i]!]));
    expect(add(a.volumePrice, a.fxVariance)).toEqual(a.variance.amounts);
    expect(a.variance.total).toBe(sumMoney([a.total.total, `-${s.total.total}`]));
  });

  it('names the months whose foreign actuals lack an actual rate, converting them at the budget rate', async () => {
    await f.s.call('fx/save-rates', { rates: RATES });
    postActuals(ACTUALS);
    const s = await summary('cash', 'capex-opex', false);
    expect(s.actual.missingActualRates).toEqual([
      { pair: 'EUR/USD', currency: 'EUR', month: '2026-09', amount: '500' },
    ]);
  });

  it('groups actuals by the expense type of their account and by cost center like the plan', async () => {
    await f.s.call('fx/save-rates', { rates: RATES });
    const capexAccount = await f.s.call('dimensions/save', {
      kind: 'account',
      row: { code: '1700', name: 'Hardware', expenseType: 'CapEx' },
    });
    postActuals([
      { month: '2026-07', amount: '40', currency: 'USD', accountId: capexAccount.id },
      { month: '2026-07', amount: '60', currency: 'USD' },
    ]);
    const types = await summary('accrual', 'capex-opex');
    expect(types.actual.split).toEqual({ CapEx: '40', OpEx: '60' });
    const cc = await summary('accrual', 'cost-center');
    expect(cc.actual.rows.map((r) => [r.label, r.total])).toEqual([['CC-100 Servers', '100']]);
  });

  it('refuses actuals in a month without a budget rate, naming the pair and month', async () => {
    await f.s.call('fx/save-rates', { rates: RATES });
    postActuals([{ month: '2026-10', amount: '10', currency: 'EUR' }]);
    const r = await f.s.dispatch('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'FY2027 actuals: No budget FX rate for EUR/USD in period 2026-10',
        details: { item: 'EUR/USD', field: 'budgetRate', period: '2026-10', rateKind: 'budget' },
      },
    });
  });
});
