import { createFiscalCalendar, periodsBetween } from '../../../src-shared/calendar';
import { D, toMoney, type Dec } from '../../../src-shared/money';
import { depreciationSchedule } from '../depreciation';
import { yearOfMonth, type TcoContext } from './context';
import { decimalInput, growthFactor, inputError, intInput, percentInput } from './inputs';
import type { Ledger } from './ledger';
import type { HardwareItem, TcoDepreciationMethod } from './types';

const METHODS: readonly TcoDepreciationMethod[] = [
  'straight-line',
  'declining-balance',
  'double-declining-balance',
  'sum-of-the-years-digits',
];

/** Calendar months: only the dates matter, the fiscal year start does not (full-month convention). */
const CALENDAR = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });

/** One purchase of units of one hardware item. */
interface Cohort {
  units: number;
  /** Model month bought in (≤ 0 for units installed before the model starts). */
  month: number;
  /** Whole minor units' worth, model currency: the purchase price of all its units. */
  cost: Dec;
  /** Last model month in service, or null when still in service at the horizon. */
  retire: number | null;
  refreshYears: number;
  depreciationMonths: number;
  method: TcoDepreciationMethod;
  label: string;
}

/** What the hardware of an alternative needs from facilities, per model month. */
export interface HardwareLoad {
  /** kW of IT load per model month (index 0 = month 1). */
  kw: Dec[];
  /** Racks per model month: ⌈Σ units ÷ units per rack⌉. */
  racks: Dec[];
  /** Net book value before month 1 and at the horizon, whole minor units. */
  nbvStart: Dec;
  nbvEnd: Dec;
}

function firstDay(ctx: TcoContext, m: number): string {
  const [y, mo] = ctx.model.startMonth.split('-').map(Number) as [number, number];
  const t = mo - 1 + (m - 1);
  const year = y + Math.floor(t / 12);
  return `${year}-${String((((t % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
}

function roundCost(ctx: TcoContext, value: Dec): Dec {
  return value.toDecimalPlaces(ctx.model.minorUnits, D.ROUND_HALF_UP);
}

function alive(c: Cohort, m: number): boolean {
  return c.month <= m && (c.retire === null || c.retire >= m);
}

/**
 * Buys, refreshes and retires the hardware of an alternative month by month through
 * `lastMonth` (the horizon, or a legacy system's decommissioning month, when every unit
 * still in service is disposed), and posts: purchases (cash `hardware`), maintenance (a
 * percentage of the purchase price of units in service, one twelfth a month), and the
 * depreciation schedule of every cohort (P&L `depreciation`, and `write-off` of the net
 * book value left when a cohort is retired early), computed by depreciationSchedule with
 * the full-month convention and no salvage.
 *
 * @throws EngineInputError naming the alternative and the field ("dc: hardware[0].capacityPerUnit 0 must be above 0")
 */
export function runHardware(
  ctx: TcoContext,
  ledger: Ledger,
  item: string,
  prefix: string,
  hardware: readonly HardwareItem[],
  lastMonth: number,
): HardwareLoad {
  const H = ctx.months;
  const kw = Array.from({ length: H }, () => new D(0));
  const rackShare = Array.from({ length: H }, () => new D(0));
  const cohorts: Cohort[] = [];

  hardware.forEach((h, i) => {
    const f = `${prefix}[${i}]`;
    const capacity = decimalInput(h.capacityPerUnit, item, `${f}.capacityPerUnit`, { above: 0 });
    const refreshYears = intInput(h.refreshYears, item, `${f}.refreshYears`, 1, 15);
    const depreciationMonths = intInput(h.depreciationYears, item, `${f}.depreciationYears`, 1, 15) * 12;
    const method = h.method ?? 'straight-line';
    if (!METHODS.includes(method)) throw inputError(item, `${f}.method`, `"${method}" is not a depreciation method`);
    const maintenance = decimalInput(h.maintenancePercent, item, `${f}.maintenancePercent`, { min: 0 }).div(1200);
    const kwPerUnit = decimalInput(h.kwPerUnit, item, `${f}.kwPerUnit`, { min: 0 });
    const perRack = decimalInput(h.unitsPerRack, item, `${f}.unitsPerRack`, { above: 0 });
    const priceChange = percentInput(h.unitCostChangePercent, item, `${f}.unitCostChangePercent`);
    const own: Cohort[] = [];
    const base = { refreshYears, depreciationMonths, method, retire: null };

    if (h.installed) {
      const units = intInput(h.installed.units, item, `${f}.installed.units`, 0, 1e9);
      const age = intInput(h.installed.ageMonths, item, `${f}.installed.ageMonths`, 1, refreshYears * 12 - 1);
      const each = ctx.money(h.installed.unitCost, 1, item, `${f}.installed.unitCost`);
      if (units > 0) {
        own.push({ ...base, units, month: 1 - age, cost: roundCost(ctx, each.times(units)), label: `${f}.installed` });
      }
    }
    for (let m = 1; m <= lastMonth; m++) {
      let retired = false;
      for (const c of own) {
        if (c.retire === null && c.month + refreshYears * 12 === m) {
          c.retire = m - 1;
          retired = true;
        }
      }
      if (retired || m % 12 === 1) {
        const need = ctx.level(h.driver, m, item, `${f}.driver`).div(capacity).ceil();
        const owned = own.reduce((n, c) => (alive(c, m) ? n + c.units : n), 0);
        if (need.greaterThan(owned)) {
          const units = need.minus(owned).toNumber();
          const year = yearOfMonth(m);
          const price = ctx.money(h.unitCost, m, item, `${f}.unitCost`).times(growthFactor(priceChange, year - 1));
          own.push({ ...base, units, month: m, cost: roundCost(ctx, price.times(units)), label: `${f}@${m}` });
          ledger.add('cash', 'hardware', m, own[own.length - 1]!.cost);
        }
      }
      let units = 0;
      for (const c of own) {
        if (!alive(c, m)) continue;
        units += c.units;
        ledger.both('maintenance', m, c.cost.times(maintenance));
      }
      kw[m - 1] = kw[m - 1]!.plus(kwPerUnit.times(units));
      rackShare[m - 1] = rackShare[m - 1]!.plus(new D(units).div(perRack));
    }
    for (const c of own) if (c.retire === null && lastMonth < H && c.month <= lastMonth) c.retire = lastMonth;
    cohorts.push(...own);
  });

  const { nbvStart, nbvEnd } = depreciate(ctx, ledger, item, cohorts);
  return { kw, racks: rackShare.map((r) => r.ceil()), nbvStart, nbvEnd };
}

/** Posts the depreciation and write-offs of every cohort; returns net book values before month 1 and at the horizon. */
function depreciate(ctx: TcoContext, ledger: Ledger, item: string, cohorts: readonly Cohort[]) {
  const H = ctx.months;
  let nbvStart = new D(0);
  let nbvEnd = new D(0);
  if (cohorts.length === 0) return { nbvStart, nbvEnd };
  const first = Math.min(...cohorts.map((c) => c.month));
  const periods = periodsBetween(CALENDAR, firstDay(ctx, first), firstDay(ctx, H));
  for (const c of cohorts) {
    const schedule = depreciationSchedule(
      {
        id: `${item}:${c.label}`,
        cost: toMoney(c.cost),
        salvage: '0',
        currency: ctx.model.currency,
        minorUnits: ctx.model.minorUnits,
        inServiceDate: firstDay(ctx, c.month),
        usefulLifeMonths: c.depreciationMonths,
        method: c.method,
        convention: 'full-month',
        events: c.retire === null ? [] : [{ kind: 'disposal', date: firstDay(ctx, c.retire) }],
      },
      periods,
    );
    let atStart: Dec | null = c.month <= 0 ? new D(0) : null;
    let atEnd = c.cost;
    schedule.rows.forEach((row, j) => {
      const m = c.month + j;
      atEnd = new D(row.netBookValue);
      if (m === 0) atStart = atEnd;
      if (m < 1) return;
      ledger.add('pnl', 'depreciation', m, new D(row.expense));
      if (row.writeOff !== '0') ledger.add('pnl', 'write-off', m, new D(row.writeOff));
    });
    if (atStart !== null) nbvStart = nbvStart.plus(atStart);
    nbvEnd = nbvEnd.plus(atEnd);
  }
  return { nbvStart, nbvEnd };
}
