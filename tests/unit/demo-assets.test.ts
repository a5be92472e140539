import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createFiscalCalendar, addMonthsToDate } from '../../src-shared/calendar';
import { D } from '../../src-shared/money';
import { classify, defaultCapitalizationPolicy } from '../../src-main/engine/capitalization';
import { depreciationSchedule, lifePeriods } from '../../src-main/engine/depreciation';
import type { DemoAsset, DemoData } from '../../src-main/demo/types';

const ASOF = '2026-03-15';
const demo = generateDemo({ seed: 21, asOf: ASOF, lines: 200 });
const assets = demo.assets!;
const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const codeOf = (d: DemoData) => ({
  cc: new Map(d.costCenters.map((r) => [r.id, r.code])),
  svc: byId(d.services),
  acc: byId(d.accounts),
  ven: new Map(d.vendors.map((r) => [r.id, r.code])),
});

describe('demo assets', () => {
  it('are the same for the same seed and leave the budget, actuals and dimensions untouched', () => {
    const again = generateDemo({ seed: 21, asOf: ASOF, lines: 200 });
    expect(JSON.stringify(again.assets)).toBe(JSON.stringify(assets));
    const without = generateDemo({ seed: 21, asOf: ASOF, lines: 200, assets: 0, contracts: 0 });
    expect(without.assets).toEqual([]);
    for (const k of ['costCenters', 'services', 'accounts', 'vendors', 'budgetLines', 'actuals'] as const) {
      expect(JSON.stringify(without[k]), k).toBe(JSON.stringify(demo[k]));
    }
  });

  it('number about 200 by default, across every capitalization class, with unique ids and asset tags', () => {
    expect(assets).toHaveLength(200);
    expect(new Set(assets.map((a) => a.assetClass))).toEqual(
      new Set(['server', 'storage', 'network', 'end-user-device', 'perpetual-licence', 'internal-software']),
    );
    expect(new Set(assets.map((a) => a.id)).size).toBe(200);
    expect(new Set(assets.map((a) => a.code)).size).toBe(200);
    expect(generateDemo({ seed: 21, asOf: ASOF, lines: 10, assets: 37 }).assets).toHaveLength(37);
  });

  it('give every accounting row a unique UUID-shaped id, distinct from all other rows', () => {
    const rows: { id: string }[][] = [
      demo.departments,
      demo.costCenters,
      demo.services,
      demo.accounts,
      demo.vendors,
      demo.scenarios,
      demo.budgetLines,
      demo.actuals,
    ];
    const others = rows.flat().map((r) => r.id);
    const mine = [...assets, ...demo.contracts!, ...demo.costItems!].map((r) => r.id);
    expect(new Set([...others, ...mine]).size).toBe(others.length + mine.length);
    for (const id of mine) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are classified by the default policy, the rule text kept, mostly CapEx with a few purchases below the threshold', () => {
    expect(demo.capitalizationPolicy).toEqual(defaultCapitalizationPolicy('EUR', 2, '1'));
    for (const a of assets) {
      const c = classify(
        { id: a.id, assetClass: a.assetClass, unitCost: a.unitCost, quantity: a.quantity },
        demo.capitalizationPolicy!,
      );
      expect(a.expenseType, a.name).toBe(c.expenseType);
      expect(a.capitalizationRule).toBe(c.rule);
      expect(D(a.unitCost).times(a.quantity).eq(a.cost)).toBe(true);
    }
    const opex = assets.filter((a) => a.expenseType === 'OpEx');
    expect(opex.length).toBeGreaterThanOrEqual(4);
    expect(opex.length).toBeLessThanOrEqual(30);
    expect(opex.map((a) => a.capitalizationRule).join('\n')).toMatch(
      /OpEx: end-user device, bundle [\d,.]+ < threshold 5,000.00 per bundle/,
    );
  });

  it('link to existing dimensions that fit: CapEx accounts for capitalised assets, servers on compute from server makers', () => {
    const { cc, svc, acc, ven } = codeOf(demo);
    for (const a of assets) {
      expect(cc.has(a.costCenterId) && svc.has(a.serviceId)).toBe(true);
      expect(acc.get(a.accountId)?.expenseType, a.name).toBe(a.expenseType);
      if (a.vendorId !== null) expect(ven.has(a.vendorId)).toBe(true);
      expect(a.currency).toBe('EUR');
    }
    const servers = assets.filter((a) => a.assetClass === 'server');
    for (const a of servers) {
      expect(['TW-COMP', 'TW-PLAT', 'TW-APP']).toContain(svc.get(a.serviceId)!.towerCode);
      expect(['V-DELL', 'V-HPE', 'V-CSCO', 'V-ORCL']).toContain(ven.get(a.vendorId!));
      expect(acc.get(a.accountId)!.code).toBe('1710-010');
    }
    const laptops = assets.filter((a) => a.assetClass === 'end-user-device' && a.expenseType === 'CapEx');
    for (const a of laptops) expect(svc.get(a.serviceId)!.towerCode).toBe('TW-EU');
    expect(Math.max(...laptops.map((a) => a.quantity))).toBeGreaterThan(20);
  });

  it('went into service over the five years before asOf, mostly straight-line, with every method and convention in use', () => {
    for (const a of assets) {
      expect(a.inServiceDate <= ASOF && a.inServiceDate >= addMonthsToDate(ASOF, -60), a.inServiceDate).toBe(true);
    }
    const capex = assets.filter((a) => a.expenseType === 'CapEx');
    const count = (m: string) => capex.filter((a) => a.method === m).length;
    expect(count('straight-line') / capex.length).toBeGreaterThan(0.55);
    for (const m of ['declining-balance', 'double-declining-balance', 'sum-of-the-years-digits', 'units-of-production'])
      expect(count(m), m).toBeGreaterThan(0);
    expect(new Set(capex.map((a) => a.convention))).toEqual(
      new Set(['full-month', 'mid-month', 'half-year', 'next-period']),
    );
    const years = new Set(assets.map((a) => a.inServiceDate.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('went into service before the current fiscal year, whose purchases are still the plan', () => {
    for (const a of assets) expect(a.inServiceDate < '2026-01-01', `${a.code} ${a.inServiceDate}`).toBe(true);
    const april = generateDemo({ seed: 21, asOf: ASOF, lines: 0, fyStartMonth: 4 }).assets!;
    for (const a of april) expect(a.inServiceDate < '2025-04-01', `${a.code} ${a.inServiceDate}`).toBe(true);
    expect(april.some((a) => a.inServiceDate >= '2025-01-01')).toBe(true);
  });

  it('depreciate without error and to the cent: expense plus write-offs add up to what leaves the books', () => {
    for (const a of assets) {
      const s = depreciationSchedule(a, lifePeriods(calendar, a));
      const out = D(s.totalExpense).plus(s.totalWriteOff);
      const disposed = a.events?.some((e) => e.kind === 'disposal');
      if (disposed) {
        expect(s.status).toBe('disposed');
        expect(out.eq(a.cost), a.name).toBe(true);
      } else {
        expect(s.status, a.name).toBe('fully-depreciated');
        expect(out.eq(D(a.cost).minus(a.salvage)), a.name).toBe(true);
        expect(s.rows.at(-1)!.netBookValue).toBe(a.salvage);
      }
    }
  });

  it('include early disposals, one impairment and one change of useful life, all dated by asOf', () => {
    const withEvent = (kind: string) => assets.filter((a) => a.events?.some((e) => e.kind === kind));
    const disposed = withEvent('disposal');
    expect(disposed.length).toBeGreaterThanOrEqual(3);
    for (const a of disposed) {
      const date = a.events![0]!.date;
      expect(date > a.inServiceDate && date <= ASOF).toBe(true);
      expect(date < addMonthsToDate(a.inServiceDate, a.usefulLifeMonths)).toBe(true);
    }
    const [impaired, ...moreImpaired] = withEvent('impairment');
    expect(moreImpaired).toHaveLength(0);
    const impairment = depreciationSchedule(impaired!, lifePeriods(calendar, impaired!));
    expect(D(impairment.totalWriteOff).gt(0)).toBe(true);
    const [extended, ...moreExtended] = withEvent('life-change');
    expect(moreExtended).toHaveLength(0);
    const e = extended!.events![0]!;
    expect(e.kind === 'life-change' && e.usefulLifeMonths! > extended!.usefulLifeMonths && e.date <= ASOF).toBe(true);
    expect(depreciationSchedule(extended!, lifePeriods(calendar, extended!)).rows.length).toBeGreaterThan(
      extended!.usefulLifeMonths,
    );
    for (const a of [...disposed, impaired!, extended!]) expect(a.expenseType).toBe('CapEx');
  });

  it('count usage by fiscal period for units of production, over the whole life', () => {
    const uop = assets.filter((a) => a.method === 'units-of-production');
    for (const a of uop) {
      expect(a.unitsLabel).toMatch(/hours|loads/);
      const keys = Object.keys(a.unitsByPeriod!);
      expect(keys).toHaveLength(a.usefulLifeMonths);
      expect(keys[0]).toBe(calendar.periodOf(a.inServiceDate).key);
      expect(a.totalUnits).toBeGreaterThan(0);
    }
  });

  it('refuse a number of assets or contracts that is not a whole number ≥ 0', () => {
    expect(() => generateDemo({ seed: 1, asOf: ASOF, lines: 0, assets: -1 })).toThrow(/assets/);
    expect(() => generateDemo({ seed: 1, asOf: ASOF, lines: 0, contracts: 2.5 })).toThrow(/contracts/);
  });

  it('classify against thresholds in the base currency: 750,000 yen, whole yen amounts', () => {
    const yen = generateDemo({ seed: 4, asOf: ASOF, lines: 20, currency: 'JPY', fyStartMonth: 4 });
    expect(yen.capitalizationPolicy!.classes.server.threshold).toBe('750000');
    const fy = createFiscalCalendar({ kind: 'calendar-months', startMonth: 4 });
    for (const a of yen.assets as DemoAsset[]) {
      expect(a.cost).toMatch(/^\d+$/);
      expect(a.minorUnits).toBe(0);
      depreciationSchedule(a, lifePeriods(fy, a));
      if (a.unitsByPeriod) expect(Object.keys(a.unitsByPeriod)[0]).toBe(fy.periodOf(a.inServiceDate).key);
    }
  });
});
