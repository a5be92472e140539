import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { fiscalYearMonths, addMonths } from '../../src-shared/calendar/fiscal';
import { checkCodeFormat, codeKey } from '../../src-shared/validation/codes';
import { DEFAULT_CURRENCIES, TBM_COST_POOLS, TBM_TOWERS } from '../../src-shared/model/taxonomy';
import { isCanonicalMoney, sumMoney, compareMoney } from '../../src-shared/money';

const ASOF = '2026-03-15';
const small = generateDemo({ seed: 11, asOf: ASOF, lines: 300 });

describe('generateDemo', () => {
  it('gives identical data for the same seed and options', () => {
    const again = generateDemo({ seed: 11, asOf: ASOF, lines: 300 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
  });

  it('gives different data for a different seed', () => {
    const other = generateDemo({ seed: 12, asOf: ASOF, lines: 300 });
    expect(other.budgetLines.map((l) => l.amounts)).not.toEqual(small.budgetLines.map((l) => l.amounts));
    expect(other.departments[0]!.id).not.toBe(small.departments[0]!.id);
  });

  it('builds a mid-size organisation: 5 departments, ~25 cost centers, ~40 services, ~60 accounts, ~50 vendors', () => {
    expect(small.departments.map((d) => d.name)).toEqual([
      'Infrastructure',
      'Application Support',
      'Cybersecurity',
      'End-User Services',
      'Data & Analytics',
    ]);
    expect(small.costCenters.length).toBeGreaterThanOrEqual(22);
    expect(small.costCenters.length).toBeLessThanOrEqual(30);
    expect(small.services.length).toBeGreaterThanOrEqual(35);
    expect(small.accounts.length).toBeGreaterThanOrEqual(55);
    expect(small.vendors.length).toBeGreaterThanOrEqual(45);
    expect(small.vendors.map((v) => v.name)).toEqual(
      expect.arrayContaining(['Microsoft', 'Amazon Web Services', 'Dell Technologies']),
    );
    for (const cc of small.costCenters) expect(cc.owner).toMatch(/^\S+ \S+/);
  });

  it('honours the requested number of lines per scenario, with and without the what-if', () => {
    const d = generateDemo({ seed: 3, asOf: ASOF, lines: 1234 });
    expect(d.scenarios.map((s) => s.kind)).toEqual(['baseline', 'what-if']);
    for (const s of d.scenarios) expect(d.budgetLines.filter((l) => l.scenarioId === s.id)).toHaveLength(1234);
    const baselineOnly = generateDemo({ seed: 3, asOf: ASOF, lines: 77, whatIf: false });
    expect(baselineOnly.scenarios).toHaveLength(1);
    expect(baselineOnly.budgetLines).toHaveLength(77);
    expect(generateDemo({ seed: 3, asOf: ASOF }).budgetLines).toHaveLength(2 * 600);
  });

  it('uses valid codes, unique per kind regardless of case', () => {
    const kinds = {
      departments: small.departments,
      costCenters: small.costCenters,
      services: small.services,
      accounts: small.accounts,
      vendors: small.vendors,
    };
    for (const [kind, rows] of Object.entries(kinds)) {
      for (const r of rows) expect(checkCodeFormat(r.code), `${kind} ${r.code}`).toBeNull();
      expect(new Set(rows.map((r) => codeKey(r.code))).size, kind).toBe(rows.length);
    }
  });

  it('gives every row a unique UUID-shaped id', () => {
    const all = [
      ...small.departments,
      ...small.costCenters,
      ...small.services,
      ...small.accounts,
      ...small.vendors,
      ...small.scenarios,
      ...small.budgetLines,
      ...small.actuals,
    ].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes every reference resolve', () => {
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const dep = ids(small.departments),
      cc = ids(small.costCenters),
      svc = ids(small.services);
    const acc = new Map(small.accounts.map((a) => [a.id, a])),
      ven = ids(small.vendors),
      sc = ids(small.scenarios);
    const ccById = new Map(small.costCenters.map((c) => [c.id, c]));
    const currencies = new Set<string>(DEFAULT_CURRENCIES.map(([c]) => c));
    for (const c of small.costCenters) {
      expect(dep.has(c.departmentId)).toBe(true);
      if (c.parentId) expect(ccById.get(c.parentId)?.departmentId).toBe(c.departmentId);
    }
    expect(small.costCenters.filter((c) => c.parentId === null)).toHaveLength(5);
    const towers = new Set<string>(TBM_TOWERS.map(([c]) => c)),
      pools = new Set<string>(TBM_COST_POOLS.map(([c]) => c));
    for (const s of small.services) {
      expect(towers.has(s.towerCode), s.code).toBe(true);
      expect(pools.has(s.costPoolCode), s.code).toBe(true);
    }
    for (const s of small.scenarios) if (s.copiedFromId) expect(sc.has(s.copiedFromId)).toBe(true);
    for (const l of small.budgetLines) {
      expect(sc.has(l.scenarioId) && cc.has(l.costCenterId) && svc.has(l.serviceId)).toBe(true);
      expect(acc.get(l.accountId)?.expenseType).toBe(l.expenseType);
      if (l.vendorId) expect(ven.has(l.vendorId)).toBe(true);
      expect(currencies.has(l.currency)).toBe(true);
    }
    for (const a of small.actuals) {
      expect(cc.has(a.costCenterId) && svc.has(a.serviceId) && acc.has(a.accountId)).toBe(true);
      if (a.vendorId) expect(ven.has(a.vendorId)).toBe(true);
    }
  });

  it('keeps lines coherent: capitalised laptops are End User hardware bought from device makers', () => {
    const devices = small.accounts.find((a) => a.code === '1710-040')!;
    const svc = new Map(small.services.map((s) => [s.id, s]));
    const ven = new Map(small.vendors.map((v) => [v.id, v.name]));
    const laptops = small.budgetLines.filter((l) => l.accountId === devices.id);
    expect(laptops.length).toBeGreaterThan(0);
    for (const l of laptops) {
      expect(l.expenseType).toBe('CapEx');
      expect(svc.get(l.serviceId)).toMatchObject({ code: 'SVC-EU-LAPTOP', towerCode: 'TW-EU', costPoolCode: 'CP-HW' });
      expect(['Dell Technologies', 'Lenovo', 'HP Inc.', 'Apple']).toContain(ven.get(l.vendorId!));
    }
  });

  it('budgets the current and next fiscal year in canonical amounts, mostly in the base currency', () => {
    const d = generateDemo({ seed: 5, asOf: ASOF, lines: 400, fyStartMonth: 4, currency: 'GBP' });
    // A 15 March 2026 "today" with an April start is in FY2026 (Apr 2025 – Mar 2026).
    const months = [...fiscalYearMonths(2026, 4), ...fiscalYearMonths(2027, 4)];
    const fy26 = new Set(fiscalYearMonths(2026, 4)),
      fy27 = new Set(fiscalYearMonths(2027, 4));
    for (const l of d.budgetLines) {
      const entries = Object.entries(l.amounts);
      for (const [m, a] of entries) {
        expect(months).toContain(m);
        expect(isCanonicalMoney(a)).toBe(true);
        expect(a).not.toBe('0');
      }
      expect(compareMoney(sumMoney(entries.filter(([m]) => fy26.has(m)).map(([, a]) => a)), '0')).toBe(1);
      expect(compareMoney(sumMoney(entries.filter(([m]) => fy27.has(m)).map(([, a]) => a)), '0')).toBe(1);
    }
    const base = d.budgetLines.filter((l) => l.currency === 'GBP').length;
    expect(base / d.budgetLines.length).toBeGreaterThan(0.9);
    expect(d.settings).toMatchObject({ baseCurrency: 'GBP', fyStartMonth: 4, fiscalCalendar: 'calendar-months' });
  });

  it('respects the minor units of each currency: whole yen, up to three decimals for dinars', () => {
    const minor = new Map<string, number>(DEFAULT_CURRENCIES.map(([c, , m]) => [c, m]));
    for (const currency of ['JPY', 'BHD']) {
      const d = generateDemo({ seed: 8, asOf: ASOF, lines: 200, currency });
      const amounts = [
        ...d.budgetLines.flatMap((l) => Object.values(l.amounts).map((a) => [l.currency, a] as const)),
        ...d.actuals.map((a) => [a.currency, a.amount] as const),
      ];
      expect(amounts.some(([c]) => c === currency)).toBe(true);
      for (const [c, a] of amounts)
        expect((a.split('.')[1] ?? '').length, `${c} ${a}`).toBeLessThanOrEqual(minor.get(c)!);
    }
  });

  it('records 36 months of actuals before the as-of month, with canonical amounts', () => {
    const months = new Set(small.actuals.map((a) => a.month));
    expect(months.size).toBe(36);
    expect([...months].sort()[0]).toBe(addMonths('2026-03', -36));
    expect([...months].sort().at(-1)).toBe('2026-02');
    for (const a of small.actuals) expect(isCanonicalMoney(a.amount)).toBe(true);
    for (const a of small.actuals.filter((x) => x.currency === 'EUR')) expect(a.amount).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('shows a trend: the last twelve months of actuals exceed the twelve before them', () => {
    const sumRange = (from: string, to: string) =>
      sumMoney(
        small.actuals
          .filter((a) => a.month >= from && a.month <= to && a.source === 'ERP GL extract')
          .map((a) => a.amount),
      );
    expect(compareMoney(sumRange('2025-03', '2026-02'), sumRange('2024-03', '2025-02'))).toBe(1);
  });

  it('marks the one-off spikes: an incident recovery and licence true-ups that dwarf a normal month', () => {
    const incident = small.actuals.filter((a) => a.source === 'Incident recovery');
    const trueUps = small.actuals.filter((a) => a.source === 'Licence true-up');
    expect(incident.length).toBeGreaterThanOrEqual(2);
    expect(trueUps.length).toBeGreaterThanOrEqual(1);
    for (const a of incident) expect(a.reference).toMatch(/^INC-\d{6}-/);
    for (const a of trueUps) expect(a.reference).toMatch(/^TRUEUP-/);
    const normal = small.actuals
      .filter((a) => a.source === 'ERP GL extract')
      .map((a) => Number(a.amount))
      .sort((x, y) => x - y);
    const median = normal[Math.floor(normal.length / 2)]!;
    for (const a of trueUps) expect(Number(a.amount)).toBeGreaterThan(10 * median);
  });

  it('refuses an as-of that is not a date and a bad fiscal start month', () => {
    expect(() => generateDemo({ seed: 1, asOf: '2026-13-01' })).toThrow(/asOf/);
    expect(() => generateDemo({ seed: 1, asOf: ASOF, fyStartMonth: 13 })).toThrow(/fyStartMonth/);
    expect(() => generateDemo({ seed: 1, asOf: ASOF, lines: -1 })).toThrow(/lines/);
  });

  it('generates 50,000 lines per scenario in a few seconds', () => {
    const t0 = performance.now();
    const big = generateDemo({ seed: 9, asOf: ASOF, lines: 50_000 });
    const ms = performance.now() - t0;
    expect(big.budgetLines).toHaveLength(100_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});
