import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearMonths, fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import type { CommittedRow, CommittedSpend, ExpenseType } from '../../src-shared/model';
import { addMoney, compareMoney, sumMoney, type Money } from '../../src-shared/money';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const ASOF = '2026-03-15';
const START_MONTH = 4;
/** The demo's current fiscal year: April 2025 – March 2026. */
const FY = fiscalYearOfDate(ASOF, START_MONTH);

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;

beforeAll(() => {
  tmp = tempDir();
  const demo = generateDemo({ seed: 7, asOf: ASOF, lines: 40, assets: 60, contracts: 30, fyStartMonth: START_MONTH });
  s = createWorkbook(tmp.file('demo.outlay'), { now: FIXED_NOW, demo });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

const committed = (fiscalYear: number, basis: 'accrual' | 'cash') =>
  s.call('budget/get-committed', { fiscalYear, basis });

/** Σ per month of the rows, in one currency. */
function monthSums(rows: readonly CommittedRow[]): Money[] {
  return Array.from({ length: 12 }, (_, i) => sumMoney(rows.map((r) => r.amounts[i]!)));
}

describe('budget/get-committed on the demo workbook', () => {
  it('lists one row per contract, invoice and asset over the budget months, each total the sum of its months', async () => {
    const spend = await committed(FY, 'accrual');
    expect(spend.months).toEqual(fiscalYearMonths(FY, START_MONTH));
    const kinds = new Set(spend.rows.map((r) => r.source));
    expect(kinds).toEqual(new Set(['contract', 'asset']));
    expect(new Set(spend.rows.map((r) => r.key)).size).toBe(spend.rows.length);
    for (const r of spend.rows) {
      expect(r.amounts).toHaveLength(12);
      expect(r.total).toBe(sumMoney(r.amounts));
      expect(r.explanation).toContain(r.code);
    }
    const contract = spend.rows.find((r) => r.source === 'contract')!;
    expect(contract.explanation).toMatch(
      /^Contract CTR-\d+, (monthly|quarterly|annual) in (advance|arrears), .*; accrual/,
    );
  });

  it('books a prepaid contract differently in one year but equally over its whole life in accrual and cash', async () => {
    const contracts = await s.call('contracts/list', {});
    const prepaid = contracts.find((c) => c.prepaid && !c.renewal?.autoRenew)!;
    expect(prepaid).toBeDefined();
    const first = fiscalYearOfDate(prepaid.start, START_MONTH);
    // Payment terms may move the last payment into the year after the service ends.
    const last = fiscalYearOfDate(prepaid.end, START_MONTH) + 1;
    const totals = { accrual: '0', cash: '0' };
    let differs = false;
    for (let fy = first; fy <= last; fy++) {
      const rowOf = (spend: CommittedSpend) => spend.rows.find((r) => r.sourceId === prepaid.id)?.total ?? '0';
      const accrual = rowOf(await committed(fy, 'accrual'));
      const cash = rowOf(await committed(fy, 'cash'));
      totals.accrual = addMoney(totals.accrual, accrual);
      totals.cash = addMoney(totals.cash, cash);
      if (accrual !== cash) differs = true;
    }
    expect(differs).toBe(true);
    expect(compareMoney(totals.accrual, '0')).toBe(1);
    expect(totals.accrual).toBe(totals.cash);
    const schedule = await s.call('contracts/get-schedule', { contractId: prepaid.id });
    expect(totals.cash).toBe(schedule.total);
  });

  it('reconciles per month with accounting/summary by CapEx/OpEx once converted at budget rates', async () => {
    // The summary converts each currency's amounts at its cost center × tower × type grain
    // (so its total is the same in every grouping); convert the committed rows at that grain.
    const towerOf = new Map((await s.call('dimensions/get-all', {})).services.map((x) => [x.id, x.towerId]));
    const grainOf = (r: CommittedRow) =>
      `${r.expenseType}|${r.costCenterId ?? ''}|${r.serviceId ? (towerOf.get(r.serviceId) ?? '') : ''}`;
    for (const basis of ['accrual', 'cash'] as const) {
      const spend = await committed(FY, basis);
      const groups = [...new Set(spend.rows.map(grainOf))].map((key) => {
        const mine = spend.rows.filter((r) => grainOf(r) === key);
        const byCurrency: Record<string, Money[]> = {};
        for (const cur of new Set(mine.map((r) => r.currency))) {
          byCurrency[cur] = monthSums(mine.filter((r) => r.currency === cur));
        }
        return { key, byCurrency };
      });
      const converted = await s.call('budget/convert-totals', { fiscalYear: FY, groups });
      expect(converted.missing).toEqual([]);
      const summary = await s.call('accounting/summary', { fiscalYear: FY, view: basis, by: 'capex-opex' });
      for (const type of ['CapEx', 'OpEx'] as ExpenseType[]) {
        const mine = converted.groups.filter((g) => g.key.startsWith(`${type}|`));
        const months = summary.periods.map((_, i) => sumMoney(mine.map((g) => g.amounts[i]!)));
        const row = summary.rows.find((r) => r.key === type)!;
        expect(months, `${basis} ${type}`).toEqual(row.amounts);
        expect(sumMoney(mine.map((g) => g.total!))).toBe(row.total);
      }
    }
  });

  it('gives each capitalised asset its depreciation schedule in the accrual view and its cost in the cash view', async () => {
    const spend = await committed(FY, 'accrual');
    const assets = spend.rows.filter((r) => r.source === 'asset' && r.expenseType === 'CapEx');
    expect(assets.length).toBeGreaterThan(5);
    for (const r of assets) {
      const schedule = await s.call('assets/get-schedule', { assetId: r.sourceId });
      const byIndex = new Map(
        schedule.rows.filter((p) => p.fiscalYear === FY).map((p) => [p.index, addMoney(p.expense, p.writeOff)]),
      );
      expect(r.amounts, r.code).toEqual(r.amounts.map((_, i) => byIndex.get(i + 1) ?? '0'));
    }
    // The demo's register closes at the last year end: last year holds purchases.
    const cash = await committed(FY - 1, 'cash');
    const months = fiscalYearMonths(FY - 1, START_MONTH);
    const list = await s.call('assets/list', {});
    const bought = cash.rows.filter((x) => x.source === 'asset');
    expect(bought.length).toBeGreaterThan(0);
    expect(bought.length).toBe(list.filter((a) => months.includes(a.inServiceDate.slice(0, 7))).length);
    for (const r of bought) {
      const a = list.find((x) => x.id === r.sourceId)!;
      expect(r.amounts[months.indexOf(a.inServiceDate.slice(0, 7))]).toBe(a.cost);
      expect(r.total).toBe(a.cost);
    }
  });
});

describe('budget/convert-totals', () => {
  it('reports a missing rate by currency and month, leaves that month empty and converts the others', async () => {
    const base = (await s.call('workbook/get-info', {})).settings.baseCurrency;
    const months = fiscalYearMonths(FY, START_MONTH);
    const jpy = months.map((_, i) => (i === 2 ? '10000' : '0'));
    const own = months.map(() => '1.01');
    const r = await s.call('budget/convert-totals', {
      fiscalYear: FY,
      groups: [{ key: 'grand', byCurrency: { JPY: jpy, [base]: own } }],
    });
    expect(r.missing).toEqual([{ from: 'JPY', to: base, month: months[2] }]);
    const g = r.groups[0]!;
    expect(g.amounts[2]).toBeNull();
    expect(g.total).toBeNull();
    expect(g.amounts.filter((_, i) => i !== 2)).toEqual(months.slice(1).map(() => '1.01'));
  });

  it('adds the per-currency conversions, each rounded on its own, to make the base month and total', async () => {
    const rates = await s.call('fx/list-rates', {});
    const base = (await s.call('workbook/get-info', {})).settings.baseCurrency;
    const months = fiscalYearMonths(FY, START_MONTH);
    // Rates may be stored either way round: the engine inverts them.
    const row = rates.find((x) => (x.to === base || x.from === base) && months.includes(x.period))!;
    const foreign = row.from === base ? row.to : row.from;
    const amounts = months.map(() => '1234.567');
    const r = await s.call('budget/convert-totals', {
      fiscalYear: FY,
      groups: [{ key: 'grand', byCurrency: { [foreign]: amounts, [base]: months.map(() => '0.01') } }],
    });
    const g = r.groups[0]!;
    const converted = g.byCurrency[foreign]!;
    expect(converted.every((m) => m !== null && /^\d+(\.\d{1,2})?$/.test(m))).toBe(true);
    expect(g.amounts).toEqual(converted.map((m) => addMoney(m!, '0.01')));
    expect(g.total).toBe(sumMoney(g.amounts.map((m) => m!)));
  });
});
