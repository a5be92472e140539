import { fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import type { Account, CostCenter, Department, Scenario, Vendor } from '../../src-shared/model';
import type { DemoData, DemoOptions, DemoService } from './types';
import { Prng } from './prng';
import { DEPARTMENTS, COST_CENTERS } from './catalog/org';
import { SERVICES } from './catalog/services';
import { ACCOUNTS } from './catalog/accounts';
import { VENDORS } from './catalog/vendors';
import { buildLines, planLines, type IdMaps, type LinePlan } from './budget-lines';
import { generateActuals, spikeActuals, spikes } from './actuals';
import { DEFAULT_DEMO_ASSETS, DEFAULT_DEMO_CONTRACTS, generateAccounting } from './accounting';
import { generateTcoModels } from './tco';
import { generateDrivers } from './drivers';
import { generateChargebackDemo } from './chargeback-demo';

export const DEFAULT_DEMO_LINES = 600;
export const DEFAULT_DEMO_CURRENCY = 'EUR';
export const DEFAULT_DEMO_NAME = 'Northwind Group IT';
export const DEFAULT_DEMO_USER = 'Demo Planner';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Towers a cloud-first plan shrinks, and the cloud accounts it grows. */
const ON_PREM_SERVICES = new Set(['SVC-DC-FAC', 'SVC-DC-COLO', 'SVC-COMP-VM', 'SVC-COMP-PHY', 'SVC-STOR-SAN']);
const CLOUD_ACCOUNTS = new Set(['6300-020', '6300-030']);

/**
 * Generate a whole demo workbook for a mid-size IT organisation. Pure and deterministic:
 * the same options give byte-identical data (no clock, no Math.random).
 *
 * Budget lines cover the fiscal year containing `asOf` and the next one (amounts keyed by
 * month, months with nothing budgeted left out); `lines` is the number of lines per
 * scenario, each carrying both years. Actuals span the 36 months before `asOf`'s month.
 * Amounts are Money strings in the line's currency (mostly the base currency).
 * Also fixed assets, supplier contracts with their invoices, price indexes and monthly FX
 * rates for every foreign currency used (see generateAccounting and DemoData), and two
 * TCO comparisons in the base currency (see generateTcoModels).
 * Throws on an invalid `asOf`, `lines`, `assets`, `contracts` or `fyStartMonth`.
 */
export function generateDemo(opts: DemoOptions): DemoData {
  if (!ISO_DATE.test(opts.asOf)) throw new Error(`asOf "${opts.asOf}" is not a date (expected YYYY-MM-DD)`);
  const lineCount = opts.lines ?? DEFAULT_DEMO_LINES;
  if (!Number.isInteger(lineCount) || lineCount < 0)
    throw new Error(`lines must be a whole number ≥ 0, got ${lineCount}`);
  const fyStartMonth = opts.fyStartMonth ?? 1;
  if (!Number.isInteger(fyStartMonth) || fyStartMonth < 1 || fyStartMonth > 12)
    throw new Error(`fyStartMonth must be 1–12, got ${fyStartMonth}`);
  const assetCount = wholeCount('assets', opts.assets ?? DEFAULT_DEMO_ASSETS);
  const contractCount = wholeCount('contracts', opts.contracts ?? DEFAULT_DEMO_CONTRACTS);
  const base = opts.currency ?? DEFAULT_DEMO_CURRENCY;

  const rng = new Prng(opts.seed);
  const idRng = rng.fork(0x1d5);
  const newId = () => idRng.uuid();
  const lineRng = rng.fork(0x11e);
  const actualRng = rng.fork(0xac7);
  // Forked after the streams above, so adding the accounting data left them unchanged.
  const accountingRng = rng.fork(0xacc);
  const tcoRng = rng.fork(0x7c0);
  const driverRng = rng.fork(0xd21);

  const departments: Department[] = DEPARTMENTS.map((d) => ({ id: newId(), ...d }));
  const deptId = new Map(DEPARTMENTS.map((d, i) => [d.code, departments[i]!.id]));
  const ccId = new Map(COST_CENTERS.map((c) => [c.code, newId()]));
  const costCenters: CostCenter[] = COST_CENTERS.map((c) => ({
    id: ccId.get(c.code)!,
    code: c.code,
    name: c.name,
    departmentId: deptId.get(c.department)!,
    parentId: c.parent ? ccId.get(c.parent)! : null,
    owner: c.owner,
  }));
  const services: DemoService[] = SERVICES.map((s) => ({
    id: newId(),
    code: s.code,
    name: s.name,
    towerCode: s.tower,
    costPoolCode: s.costPool,
    owner: s.owner,
  }));
  const accounts: Account[] = ACCOUNTS.map((a) => ({
    id: newId(),
    code: a.code,
    name: a.name,
    expenseType: a.expenseType,
  }));
  const vendors: Vendor[] = VENDORS.map((v) => ({ id: newId(), code: v.code, name: v.name }));

  const ids: IdMaps = {
    costCenter: ccId,
    service: new Map(services.map((s) => [s.code, s.id])),
    account: new Map(accounts.map((a) => [a.code, { id: a.id, expenseType: a.expenseType }])),
    vendor: new Map(vendors.map((v) => [v.code, v.id])),
  };

  const fy = fiscalYearOfDate(opts.asOf, fyStartMonth);
  const fiscalYears = [fy, fy + 1] as const;
  const baseline: Scenario = {
    id: newId(),
    name: 'Baseline',
    kind: 'baseline',
    copiedFromId: null,
    createdAt: `${opts.asOf}T08:00:00.000Z`,
  };
  const plans = planLines(lineRng, lineCount, base, opts.foreignShare ?? 0.03);
  const budgetLines = buildLines(plans, baseline.id, ids, newId, fiscalYears, fyStartMonth);
  const scenarios = [baseline];
  if (opts.whatIf ?? true) {
    const whatIf: Scenario = {
      id: newId(),
      name: `Cloud-first FY${fy + 1}`,
      kind: 'what-if',
      copiedFromId: baseline.id,
      createdAt: `${opts.asOf}T09:30:00.000Z`,
    };
    scenarios.push(whatIf);
    budgetLines.push(...buildLines(plans, whatIf.id, ids, newId, fiscalYears, fyStartMonth, cloudFirst));
  }

  const asOfMonth = opts.asOf.slice(0, 7);
  const ctx = { rng: actualRng, ids, newId, fyStartMonth };
  const actuals = lineCount > 0 ? generateActuals(ctx, plans, asOfMonth) : [];
  actuals.push(...spikeActuals(ctx, spikes(actualRng), asOfMonth, base));

  const currenciesInUse = new Set<string>();
  for (const l of budgetLines) currenciesInUse.add(l.currency);
  for (const a of actuals) currenciesInUse.add(a.currency);
  const accounting = generateAccounting({
    rng: accountingRng,
    ids,
    base,
    asOf: opts.asOf,
    fyStartMonth,
    assets: assetCount,
    contracts: contractCount,
    currenciesInUse,
  });

  const drivers = generateDrivers(
    driverRng,
    { scenarios, budgetLines, services, base },
    opts.asOf,
    fyStartMonth,
    fiscalYears,
  );

  const chargeback = opts.chargeback
    ? generateChargebackDemo(rng.fork(0xcb6), {
        departments,
        costCenters,
        services,
        scenarios,
        budgetLines,
        base,
        asOf: opts.asOf,
        fyStartMonth,
        seed: opts.seed,
      })
    : {};

  return {
    settings: {
      name: opts.name ?? DEFAULT_DEMO_NAME,
      baseCurrency: base,
      fyStartMonth,
      fiscalCalendar: 'calendar-months',
      userName: opts.userName ?? DEFAULT_DEMO_USER,
    },
    departments,
    costCenters,
    services,
    accounts,
    vendors,
    scenarios,
    budgetLines,
    actuals,
    ...accounting,
    tcoModels: generateTcoModels(tcoRng, base, opts.asOf, fyStartMonth, accounting.assets),
    drivers,
    ...chargeback,
  };
}

function wholeCount(what: string, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what} must be a whole number ≥ 0, got ${n}`);
  return n;
}

/** Next year in the what-if: on-premises spend down a quarter, cloud consumption up a third. */
function cloudFirst(p: LinePlan): number {
  const next = p.annual[1];
  if (ON_PREM_SERVICES.has(p.service)) return Math.round((next * 75) / 100);
  if (CLOUD_ACCOUNTS.has(p.account)) return Math.round((next * 135) / 100);
  return next;
}
