import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { addMonths, fiscalYearMonths, fiscalYearOf } from '../../src-shared/calendar';
import { DEFAULT_CURRENCIES } from '../../src-shared/model/taxonomy';
import { convertToBase, createRateTable } from '../../src-main/engine/fx';
import type { DemoData } from '../../src-main/demo/types';

const ASOF = '2026-03-15';
const demo = generateDemo({ seed: 44, asOf: ASOF, lines: 400, fyStartMonth: 4 });
const currencies = DEFAULT_CURRENCIES.map(([code, , minorUnits]) => ({ code, minorUnits }));

/** Every month of the fiscal years from the one holding the first actuals month to the second budget year. */
function windowMonths(d: DemoData): string[] {
  const start = d.settings.fyStartMonth;
  const first = fiscalYearOf(addMonths(ASOF.slice(0, 7), -36), start);
  const last = fiscalYearOf(ASOF.slice(0, 7), start) + 1;
  const months: string[] = [];
  for (let fy = first; fy <= last; fy++) months.push(...fiscalYearMonths(fy, start));
  return months;
}

function foreignCurrencies(d: DemoData): Set<string> {
  const used = [
    ...d.budgetLines.map((l) => l.currency),
    ...d.actuals.map((a) => a.currency),
    ...d.contracts!.map((c) => c.currency),
    ...d.costItems!.map((i) => i.currency),
  ];
  return new Set(used.filter((c) => c !== d.settings.baseCurrency));
}

describe('demo FX rates', () => {
  it('are the same for the same seed', () => {
    const again = generateDemo({ seed: 44, asOf: ASOF, lines: 400, fyStartMonth: 4 });
    expect(JSON.stringify(again.fxRates)).toBe(JSON.stringify(demo.fxRates));
  });

  it('cover every month of the actuals history and budget years for every foreign currency in use', () => {
    const months = windowMonths(demo);
    expect(months[0]).toBe('2022-04');
    expect(months.at(-1)).toBe('2027-03');
    const foreign = foreignCurrencies(demo);
    expect(foreign).toEqual(new Set(['USD', 'GBP', 'INR']));
    const base = demo.settings.baseCurrency;
    for (const code of foreign) {
      const rows = demo.fxRates!.filter(
        (r) => (r.from === code && r.to === base) || (r.to === code && r.from === base),
      );
      expect(rows.map((r) => r.period)).toEqual(months);
    }
    expect(demo.fxRates).toHaveLength(foreign.size * months.length);
  });

  it('quote pairs as the market does, at realistic levels, as 6-decimal strings', () => {
    const usd = generateDemo({ seed: 44, asOf: ASOF, lines: 400, currency: 'USD' });
    const pairs = new Set(usd.fxRates!.map((r) => `${r.from}/${r.to}`));
    expect(pairs).toEqual(new Set(['EUR/USD', 'GBP/USD', 'USD/INR']));
    const range: Record<string, [number, number]> = {
      'EUR/USD': [0.95, 1.25],
      'GBP/USD': [1.1, 1.45],
      'USD/INR': [75, 100],
    };
    for (const r of usd.fxRates!) {
      const [lo, hi] = range[`${r.from}/${r.to}`]!;
      for (const rate of [r.budgetRate, r.actualRate].filter((x) => x !== undefined)) {
        expect(rate).toMatch(/^\d+\.\d{6}$/);
        expect(Number(rate) > lo && Number(rate) < hi, `${r.from}/${r.to} ${r.period} ${rate}`).toBe(true);
      }
    }
    expect(new Set(demo.fxRates!.map((r) => `${r.from}/${r.to}`))).toEqual(new Set(['EUR/USD', 'EUR/GBP', 'EUR/INR']));
  });

  it('hold one budget rate per fiscal year and actual rates for the months before asOf only', () => {
    const byYear = new Map<string, Set<string>>();
    for (const r of demo.fxRates!) {
      const key = `${r.from}/${r.to} FY${fiscalYearOf(r.period, 4)}`;
      byYear.set(key, (byYear.get(key) ?? new Set()).add(r.budgetRate));
      expect(r.actualRate !== undefined).toBe(r.period < '2026-03');
    }
    for (const [key, rates] of byYear) expect(rates.size, key).toBe(1);
    const eurUsd = demo.fxRates!.filter((r) => r.to === 'USD' && r.actualRate);
    expect(new Set(eurUsd.map((r) => r.actualRate)).size).toBe(eurUsd.length);
  });

  it('convert every foreign budget amount at the budget rate and every foreign actual and invoice at the actual rate', () => {
    const table = createRateTable({ baseCurrency: demo.settings.baseCurrency, currencies, rates: demo.fxRates! });
    let converted = 0;
    for (const l of demo.budgetLines.filter((x) => x.currency !== 'EUR')) {
      for (const [month, amount] of Object.entries(l.amounts)) {
        convertToBase(table, { amount, currency: l.currency }, month, 'budget');
        converted++;
      }
    }
    for (const a of demo.actuals.filter((x) => x.currency !== 'EUR')) {
      convertToBase(table, { amount: a.amount, currency: a.currency }, a.month, 'actual');
      converted++;
    }
    for (const i of demo.costItems!.filter((x) => x.currency !== 'EUR')) {
      const paid = (i.paymentDate ?? i.invoiceDate).slice(0, 7);
      const kind = paid < '2026-03' ? 'actual' : 'budget';
      convertToBase(table, { amount: i.amount, currency: i.currency }, paid, kind);
      for (const m of [i.servicePeriod.start, i.servicePeriod.end])
        convertToBase(table, { amount: i.amount, currency: i.currency }, m.slice(0, 7), 'budget');
      converted++;
    }
    expect(converted).toBeGreaterThan(100);
  });
});

describe('demo generation time', () => {
  it('adds less than half a second for the accounting data of the default demo', () => {
    const opts = { seed: 2, asOf: ASOF };
    generateDemo(opts);
    generateDemo({ ...opts, assets: 0, contracts: 0 });
    const time = (f: () => void) => {
      const t0 = performance.now();
      for (let k = 0; k < 3; k++) f();
      return (performance.now() - t0) / 3;
    };
    const without = time(() => generateDemo({ ...opts, assets: 0, contracts: 0 }));
    const withAccounting = time(() => generateDemo(opts));
    expect(withAccounting - without).toBeLessThan(500);
  });
});
