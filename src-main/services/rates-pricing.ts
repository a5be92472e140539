import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import { D, type Dec, toMoney } from '../../src-shared/money';
import {
  RATE_DECIMALS,
  type ChargebackService,
  type RateBasis,
  type RateLine,
  type RateSheet,
  type RateTotals,
} from '../../src-shared/model/rates';
import { priceServices, recoveredOnQuantities } from '../engine/chargeback';
import { findCurrency } from '../repo/settings-repo';
import {
  capacityInMonths,
  currentBalances,
  listChargebackServices,
  listRateCards,
  rateCardRates,
  usageInMonths,
} from '../repo/rates-repo';
import { currentSettings, type WorkbookContext } from './context';
import { engineCall } from './engine-input';

/** Which allocation runs pools come from: accrual ('effective') or cash ('billed'). */
export type CostMeasure = 'effective' | 'billed';

/**
 * Everything a fiscal year's pricing needs: its months, the base currency, each node's
 * allocated cost per month, and the billed quantities and capacity per service and month.
 */
export interface YearVolumes {
  fiscalYear: number;
  months: string[];
  currency: string;
  minorUnits: number;
  /** Upper-cased node id → month → allocated cost. */
  cost: Map<string, Map<string, Dec>>;
  /** Service id → month → quantities (one per business unit). */
  usage: Map<string, Map<string, string[]>>;
  /** Service id → month → capacity. */
  capacity: Map<string, Map<string, string>>;
}

function nested<V>(outer: Map<string, Map<string, V>>, a: string): Map<string, V> {
  let inner = outer.get(a);
  if (!inner) outer.set(a, (inner = new Map()));
  return inner;
}

/** Load a fiscal year's costs and volumes (SQL through the repository, sums exact). */
export function loadYear(ctx: WorkbookContext, fiscalYear: number, measure: CostMeasure): YearVolumes {
  const settings = currentSettings(ctx);
  const months = fiscalYearMonths(fiscalYear, settings.fyStartMonth);
  const currency = settings.baseCurrency;
  const minorUnits = findCurrency(ctx.orm, currency)?.minorUnits ?? 2;
  const cost = new Map<string, Map<string, Dec>>();
  for (const b of currentBalances(ctx.db, months, measure, currency)) {
    const perMonth = nested(cost, b.node.toUpperCase());
    perMonth.set(b.month, (perMonth.get(b.month) ?? new D(0)).plus(b.amount));
  }
  const usage = new Map<string, Map<string, string[]>>();
  for (const u of usageInMonths(ctx.db, months)) {
    const perMonth = nested(usage, u.serviceId);
    perMonth.set(u.month, [...(perMonth.get(u.month) ?? []), u.quantity]);
  }
  const capacity = new Map<string, Map<string, string>>();
  for (const c of capacityInMonths(ctx.db, months)) nested(capacity, c.serviceId).set(c.month, c.capacity);
  return { fiscalYear, months, currency, minorUnits, cost, usage, capacity };
}

/** A node's allocated cost in one month (0 when no current run holds it). */
export function costOf(year: YearVolumes, node: string, month: string): Dec {
  return year.cost.get(node.toUpperCase())?.get(month) ?? new D(0);
}

/** Exact totals of priced amounts. */
export function totalsOf(rows: readonly { cost: string; recovered: string }[]): RateTotals {
  let cost = new D(0);
  let recovered = new D(0);
  for (const r of rows) {
    cost = cost.plus(r.cost);
    recovered = recovered.plus(r.recovered);
  }
  return { cost: toMoney(cost), recovered: toMoney(recovered), variance: toMoney(recovered.minus(cost)) };
}

/** Refuse a markup that would make rates zero or negative. */
export function checkMarkup(markupPct: string): void {
  if (new D(markupPct).lessThanOrEqualTo(-100)) {
    throw new AppError('validation', `Markup ${markupPct} % must be above -100 %.`, { field: 'markupPct' });
  }
}

export interface PriceRequest {
  basis: RateBasis;
  markupPct: string;
  /** Service id → rate to use; services absent are priced at the proposal. */
  rates?: Readonly<Record<string, string>>;
  /** The services to price (default: the active catalogue). */
  services?: readonly ChargebackService[];
}

/**
 * Price services for the year: pool = their node's allocated cost over the year's months,
 * the proposed rate at RATE_DECIMALS, and what the rate used recovers on the year's usage
 * (each business unit's month rounded to the currency as its invoice line is).
 */
export function priceYear(ctx: WorkbookContext, year: YearVolumes, req: PriceRequest): RateSheet {
  checkMarkup(req.markupPct);
  const services = req.services ?? listChargebackServices(ctx.db).filter((s) => s.active);
  const inputs = services.map((s) => {
    let cost = new D(0);
    let capacity = new D(0);
    const quantities: string[] = [];
    for (const m of year.months) {
      cost = cost.plus(costOf(year, s.node, m));
      capacity = capacity.plus(year.capacity.get(s.id)?.get(m) ?? '0');
      quantities.push(...(year.usage.get(s.id)?.get(m) ?? []));
    }
    return { serviceId: s.code, cost: toMoney(cost), quantities, capacity: toMoney(capacity), rate: req.rates?.[s.id] };
  });
  const priced = engineCall(() =>
    priceServices(inputs, {
      basis: req.basis,
      markupPct: req.markupPct,
      precision: RATE_DECIMALS,
      minorUnits: year.minorUnits,
    }),
  );
  const inForce = listRateCards(ctx.db, year.fiscalYear).find((c) => c.current);
  const inForceRates = inForce ? rateCardRates(ctx.db, inForce.id) : new Map<string, string>();
  const lines: RateLine[] = priced.map((p, i) => {
    const s = services[i]!;
    const inForceRate = inForceRates.get(s.id) ?? null;
    const change =
      inForceRate === null
        ? null
        : toMoney(new D(p.recovered).minus(recoveredOnQuantities(inputs[i]!.quantities, inForceRate, year.minorUnits)));
    return { ...p, serviceId: s.id, code: s.code, name: s.name, unit: s.unit, inForceRate, change };
  });
  return {
    fiscalYear: year.fiscalYear,
    basis: req.basis,
    markupPct: toMoney(new D(req.markupPct)),
    currency: year.currency,
    months: year.months,
    lines,
    totals: totalsOf(lines),
  };
}
