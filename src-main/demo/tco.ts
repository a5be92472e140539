import { fiscalYearMonths, fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import type { TcoModel } from '../../src-shared/model';
import { D, toMoney, type Dec } from '../../src-shared/money';
import { demoTcoModels } from '../engine/tco';
import { currencyScale } from './minor-units';
import type { Prng } from './prng';
import type { DemoAsset, DemoTcoModel } from './types';

/** Every field of a TCO model that holds an amount of money (MoneyInput), by key. */
const MONEY_KEYS = new Set([
  'unitCost',
  'monthly',
  'loadedCostPerYear',
  'amount',
  'pricePerKwh',
  'spacePerRackMonth',
  'rackFeeMonth',
  'powerFeePerKwMonth',
  'crossConnectFeeMonth',
  'remoteHandsRate',
  'pricePerVmMonth',
  'pricePerTbMonth',
  'pricePerTb',
  'pricePerUserMonth',
]);

/** Units of `currency` per US dollar in the demo's magnitude table (EUR 0.92, JPY 150), exact. */
export function demoUnitsPerUsd(currency: string): Dec {
  const { minor, perUsdCent } = currencyScale(currency);
  return new D(String(perUsdCent)).times(100).div(new D(10).pow(minor));
}

function scaled(value: unknown, key: string | null, rate: Dec): unknown {
  if (typeof value === 'string') return key !== null && MONEY_KEYS.has(key) ? toMoney(rate.times(value)) : value;
  if (Array.isArray(value)) return value.map((v) => scaled(v, null, rate));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaled(v, k, rate)]));
  }
  return value;
}

/**
 * A model of plain US-dollar amounts restated in `currency` at a fixed rate: every
 * amount multiplied exactly (no rounding), so the model needs no FX rates over its
 * horizon, which runs past the years the demo has rates for.
 */
export function redenominate(model: TcoModel, currency: string, minorUnits: number, unitsPerUsd: Dec): TcoModel {
  if (currency === model.currency) return model;
  const out = scaled(model, null, unitsPerUsd) as TcoModel;
  return { ...out, currency, minorUnits };
}

/** Yearly maintenance of a retired register asset, as a percentage of its cost. */
const RETIRED_MAINTENANCE_PERCENT = '15';

/**
 * Up to three register assets the ERP's move to SaaS retires: CapEx assets in the base
 * currency, in service before the model starts and without events (no disposal already
 * booked), servers first, then by code; each with 15 % of its cost a year as maintenance,
 * paid monthly (rounded half up to minor units) until the decommissioning month.
 */
export function retiredDemoAssets(
  assets: readonly DemoAsset[],
  base: string,
  startMonth: string,
): { assetId: string; maintenanceMonthly: string }[] {
  const minor = currencyScale(base).minor;
  return assets
    .filter(
      (a) =>
        a.expenseType === 'CapEx' &&
        a.currency === base &&
        a.inServiceDate.slice(0, 7) < startMonth &&
        (a.events ?? []).length === 0 &&
        a.method !== 'units-of-production',
    )
    .sort(
      (a, b) => Number(b.assetClass === 'server') - Number(a.assetClass === 'server') || a.code.localeCompare(b.code),
    )
    .slice(0, 3)
    .map((a) => ({
      assetId: a.id,
      maintenanceMonthly: toMoney(
        new D(a.cost).times(RETIRED_MAINTENANCE_PERCENT).div(1200).toDecimalPlaces(minor, D.ROUND_HALF_UP),
      ),
    }));
}

/** The ERP model with its SaaS alternative retiring `retired` (unchanged when there are none). */
function withRetiredAssets(model: TcoModel, retired: ReturnType<typeof retiredDemoAssets>): TcoModel {
  if (retired.length === 0) return model;
  return {
    ...model,
    alternatives: model.alternatives.map((a) => (a.kind === 'saas' ? { ...a, assets: retired } : a)),
  };
}

/**
 * The demo's TCO comparisons (infrastructure: own data center vs colocation vs public
 * cloud; ERP: on-premises vs SaaS), starting with the fiscal year after asOf's, in the
 * base currency at the demo's magnitude of it against the dollar. Given the register's
 * assets, the ERP's SaaS alternative retires some of them (see retiredDemoAssets).
 */
export function generateTcoModels(
  rng: Prng,
  base: string,
  asOf: string,
  fyStartMonth: number,
  assets: readonly DemoAsset[] = [],
): DemoTcoModel[] {
  const startMonth = fiscalYearMonths(fiscalYearOfDate(asOf, fyStartMonth) + 1, fyStartMonth)[0]!;
  const usd = demoTcoModels({ startMonth, currency: 'USD', minorUnits: 2 });
  const minor = currencyScale(base).minor;
  const rate = demoUnitsPerUsd(base);
  return [
    {
      id: rng.uuid(),
      name: 'Infrastructure: data center vs colocation vs cloud',
      description:
        '400 VMs (+10 %/yr) and 1.2 PB of storage (+15 %/yr) over 5 years: keep the own data center, move the hardware to a colocation site, or migrate to a public cloud.',
      model: redenominate(usd.infrastructure, base, minor, rate),
    },
    {
      id: rng.uuid(),
      name: 'ERP: on-premises vs SaaS',
      description:
        'The ERP for 1,500 users (+5 %/yr): keep running it on premises (with a version upgrade), or move to SaaS with 6 months of dual running.',
      model: withRetiredAssets(redenominate(usd.erp, base, minor, rate), retiredDemoAssets(assets, base, startMonth)),
    },
  ];
}
