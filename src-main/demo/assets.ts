import type { FiscalCalendar } from '../../src-shared/calendar/calendar-types';
import { fiscalYearBounds } from '../../src-shared/calendar/fiscal-calendar';
import { addMonthsToDate, isoDate, parseIsoDate } from '../../src-shared/calendar/iso-date';
import { classify, defaultCapitalizationPolicy, type CapitalizationPolicy } from '../engine/capitalization';
import type { DepreciationConvention } from '../engine/depreciation';
import type { IdMaps } from './budget-lines';
import { ASSET_TEMPLATES, type AssetTemplate } from './catalog/assets';
import { addAssetEvents } from './asset-events';
import { currencyScale, minorToMoney, usdCentsTo } from './minor-units';
import type { Prng } from './prng';
import type { DemoAsset } from './types';

export interface AssetContext {
  rng: Prng;
  newId: () => string;
  ids: IdMaps;
  base: string;
  asOf: string;
  /** The workbook's calendar: units-of-production usage is keyed by its period keys. */
  calendar: FiscalCalendar;
}

const WEIGHTS = ASSET_TEMPLATES.map((t) => t.weight);
const CONVENTIONS: readonly DepreciationConvention[] = ['full-month', 'mid-month', 'half-year', 'next-period'];

/**
 * The workbook's default capitalization policy with USD-sized thresholds scaled to the base
 * currency at a round rate (5,000 USD, EUR or GBP; 750,000 JPY; 415,000 INR), so the same
 * purchases fall on the same side of the threshold whatever the currency.
 */
export function demoCapitalizationPolicy(base: string): CapitalizationPolicy {
  const { minor, perUsdCent } = currencyScale(base);
  const perUsd = (perUsdCent * 100) / 10 ** minor;
  const scale = perUsd >= 0.5 && perUsd <= 2 ? 1 : Number(perUsd.toPrecision(2));
  return defaultCapitalizationPolicy(base, minor, String(scale));
}

/** A whole number of major units, sometimes with odd cents as a real quote has. */
function price(rng: Prng, base: string, usd: number): number {
  const { minor } = currencyScale(base);
  const major = 10 ** minor;
  const units = Math.max(major, Math.round(usdCentsTo(base, usd * 100) / major) * major);
  return minor > 0 && rng.chance(0.35) ? units + rng.int(1, major - 1) : units;
}

/**
 * A day in the five years before asOf, but before the current fiscal year: the register
 * holds what was bought up to the last year end, and this year's purchases are still the
 * plan (manual CapEx lines), so no purchase is budgeted twice. A date drawn inside the
 * current year moves back a year, which keeps the random stream as it was.
 */
function inServiceDate(rng: Prng, asOf: string, yearStart: string): string {
  const now = parseIsoDate(asOf);
  const month = addMonthsToDate(isoDate(now.year, now.month, 1), -rng.int(0, 59));
  const { year, month: m } = parseIsoDate(month);
  const day = rng.int(1, 28);
  const date = isoDate(year, m, day);
  return date >= yearStart ? addMonthsToDate(date, -12) : date;
}

/** Planned usage per fiscal period over the whole life, and the expected total. */
function usagePlan(
  rng: Prng,
  t: AssetTemplate,
  quantity: number,
  start: string,
  lifeMonths: number,
  calendar: FiscalCalendar,
): { totalUnits: number; unitsByPeriod: Record<string, number> } {
  const [lo, hi] = t.usage!.perUnitMonth;
  const average = Math.round((lo + hi) / 2) * quantity;
  const unitsByPeriod: Record<string, number> = {};
  const first = parseIsoDate(start);
  for (let k = 0; k < lifeMonths; k++) {
    const d = addMonthsToDate(isoDate(first.year, first.month, 1), k);
    // Usage ramps up over the first quarter as workloads move onto the asset.
    const ramp = k < 3 ? (k + 1) / 4 : 1;
    unitsByPeriod[calendar.periodOf(d).key] = Math.round(rng.int(lo, hi) * quantity * ramp);
  }
  return { totalUnits: average * lifeMonths, unitsByPeriod };
}

function nameOf(rng: Prng, t: AssetTemplate, quantity: number): string {
  const model = rng.pick(t.models);
  const site = rng.pick(t.sites);
  return quantity > 1 ? `${quantity} × ${model} - ${site}` : `${model} - ${site}`;
}

/**
 * `count` assets of the demo organisation bought over the five years before `asOf` (and
 * before the fiscal year holding it: see inServiceDate),
 * classified as CapEx or OpEx with `classify` under `policy` (the rule text kept), linked
 * to coherent dimensions (servers on Compute services from server makers…). Most follow
 * their class's depreciation; some use another life, method or convention, as finance sets
 * per asset. A few assets were disposed of early, one impaired and one had its life
 * extended (see addAssetEvents). Costs are Money strings in the base currency.
 */
export function generateAssets(ctx: AssetContext, count: number, policy: CapitalizationPolicy): DemoAsset[] {
  const { rng, ids, base } = ctx;
  const { minor } = currencyScale(base);
  const assets: DemoAsset[] = [];
  const yearStart = fiscalYearBounds(ctx.calendar, ctx.calendar.fiscalYearOf(ctx.asOf)).start;
  for (let i = 0; i < count; i++) {
    const t = rng.weighted(ASSET_TEMPLATES, WEIGHTS);
    const [cc, svc] = rng.pick(t.homes);
    const vendor = t.vendors.length > 0 ? rng.pick(t.vendors) : null;
    const quantity = rng.int(t.quantity[0], t.quantity[1]);
    const r = rng.next();
    const unit = price(rng, base, t.unitUsd[0] + (t.unitUsd[1] - t.unitUsd[0]) * r * r);
    const cost = unit * quantity;
    const id = ctx.newId();
    const unitCost = minorToMoney(unit, minor);
    const c = classify({ id, assetClass: t.assetClass, unitCost, quantity }, policy);
    const rule = policy.classes[t.assetClass];
    const capex = c.expenseType === 'CapEx';
    const asset: DemoAsset = {
      id,
      code: `FA-${10001 + i}`,
      name: nameOf(rng, t, quantity),
      assetClass: t.assetClass,
      quantity,
      unitCost,
      cost: minorToMoney(cost, minor),
      salvage: '0',
      currency: base,
      minorUnits: minor,
      inServiceDate: inServiceDate(rng, ctx.asOf, yearStart),
      usefulLifeMonths: rule.usefulLifeMonths,
      method: rule.method,
      convention: rule.convention,
      expenseType: c.expenseType,
      capitalizationRule: c.rule,
      costCenterId: ids.costCenter.get(cc)!,
      serviceId: ids.service.get(svc)!,
      accountId: ids.account.get(capex ? t.capexAccount : t.opexAccount)!.id,
      vendorId: vendor ? ids.vendor.get(vendor)! : null,
    };
    if (capex) vary(ctx, asset, t, cost);
    assets.push(asset);
  }
  addAssetEvents(ctx, assets);
  return assets;
}

/** Per-asset choices finance makes within the policy: another life, method or convention, a resale value. */
function vary(ctx: AssetContext, a: DemoAsset, t: AssetTemplate, cost: number): void {
  const { rng } = ctx;
  if (t.lives && rng.chance(0.25)) a.usefulLifeMonths = rng.pick(t.lives);
  if (t.usage) {
    a.method = 'units-of-production';
    a.unitsLabel = t.usage.label;
    Object.assign(a, usagePlan(rng, t, a.quantity, a.inServiceDate, a.usefulLifeMonths, ctx.calendar));
  } else {
    const m = rng.next();
    if (m >= 0.72 && m < 0.8) a.method = 'double-declining-balance';
    else if (m >= 0.8 && m < 0.87) {
      a.method = 'declining-balance';
      a.decliningBalancePercent = 150;
    } else if (m >= 0.87) a.method = 'sum-of-the-years-digits';
    a.convention = rng.weighted(CONVENTIONS, [68, 10, 11, 11]);
  }
  if (t.salvagePct && rng.chance(0.5)) {
    const major = 10 ** a.minorUnits;
    const pct = rng.int(t.salvagePct[0], t.salvagePct[1]);
    a.salvage = minorToMoney(Math.round((cost * pct) / 100 / major) * major, a.minorUnits);
  }
}
