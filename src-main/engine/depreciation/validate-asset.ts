import { isIsoDate } from '../../../src-shared/calendar/iso-date';
import { formatMinor, parseMinor } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';
import {
  DEPRECIATION_CONVENTIONS,
  DEPRECIATION_METHODS,
  type AssetEvent,
  type DepreciableAsset,
  type DepreciationConvention,
  type DepreciationMethod,
} from './types';

/** An event with its amounts in minor units and its position in the asset's event list. */
export type CheckedEvent =
  | { kind: 'disposal'; date: string; field: string }
  | { kind: 'impairment'; date: string; field: string; amount: number }
  | {
      kind: 'life-change';
      date: string;
      field: string;
      usefulLifeMonths: number | null;
      remainingLifeMonths: number | null;
      salvage: number | null;
    };

/** A validated asset: amounts in integer minor units, events sorted by date. */
export interface CheckedAsset {
  id: string;
  cost: number;
  salvage: number;
  minorUnits: number;
  inServiceDate: string;
  lifeMonths: number;
  method: DepreciationMethod;
  convention: DepreciationConvention;
  /** Declining balance: basis points of the straight-line rate (20000 = 200 %). */
  dbBasisPoints: number;
  switchToStraightLine: boolean;
  /**
   * Units of production are held as whole numbers: every unit figure times `unitScale`
   * (10^decimals, decimals ≤ 6), so shares are exact integer ratios.
   */
  unitScale: number;
  /** Scaled expected units over the life. */
  totalUnits: number;
  /** Units used, by period key, as given (scale them with `unitScale`). */
  unitsByPeriod: Readonly<Record<string, number>>;
  events: CheckedEvent[];
  /** Builds an EngineInputError naming this asset and the field. */
  fail(field: string, problem: string): EngineInputError;
}

/** Decimals of a number as JavaScript prints it (0.25 → 2, 1e-7 → 7). */
function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const [mantissa = '', exponent] = String(n).split('e');
  const dot = mantissa.indexOf('.');
  return Math.max(0, (dot < 0 ? 0 : mantissa.length - dot - 1) - Number(exponent ?? 0));
}

const isWholeMonths = (n: unknown, min: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= 1200;

function checkEvent(a: Pick<CheckedAsset, 'fail' | 'minorUnits' | 'inServiceDate'>, e: AssetEvent, i: number) {
  const field = `events[${i}]`;
  if (!e || typeof e !== 'object') throw a.fail(field, 'is not an event');
  if (typeof e.date !== 'string' || !isIsoDate(e.date)) {
    throw a.fail(`${field}.date`, `${JSON.stringify(e.date)} is not a date (YYYY-MM-DD)`);
  }
  if (e.date < a.inServiceDate) {
    throw a.fail(`${field}.date`, `${e.kind} on ${e.date} is before the in-service date ${a.inServiceDate}`);
  }
  const money = (value: unknown, name: string): number => {
    const m = parseMinor(value, a.minorUnits);
    if (m === null || m < 0) {
      throw a.fail(
        `${field}.${name}`,
        `${JSON.stringify(value)} is not an amount ≥ 0 with at most ${a.minorUnits} decimals`,
      );
    }
    return m;
  };
  switch (e.kind) {
    case 'disposal':
      return { kind: e.kind, date: e.date, field } satisfies CheckedEvent;
    case 'impairment': {
      const amount = money(e.amount, 'amount');
      if (amount === 0) throw a.fail(`${field}.amount`, 'an impairment must be more than zero');
      return { kind: e.kind, date: e.date, field, amount } satisfies CheckedEvent;
    }
    case 'life-change': {
      const total = e.usefulLifeMonths ?? null;
      const remaining = e.remainingLifeMonths ?? null;
      if ((total === null) === (remaining === null)) {
        throw a.fail(`${field}.usefulLifeMonths`, 'give either usefulLifeMonths or remainingLifeMonths');
      }
      if (total !== null && !isWholeMonths(total, 1)) {
        throw a.fail(`${field}.usefulLifeMonths`, `${String(total)} is not a whole number of months from 1 to 1200`);
      }
      if (remaining !== null && !isWholeMonths(remaining, 0)) {
        throw a.fail(
          `${field}.remainingLifeMonths`,
          `${String(remaining)} is not a whole number of months from 0 to 1200`,
        );
      }
      const salvage = e.salvage === undefined ? null : money(e.salvage, 'salvage');
      return { kind: e.kind, date: e.date, field, usefulLifeMonths: total, remainingLifeMonths: remaining, salvage };
    }
    default:
      throw a.fail(
        `${field}.kind`,
        `${JSON.stringify((e as { kind: unknown }).kind)} is not disposal, impairment or life-change`,
      );
  }
}

/**
 * Validate an asset and hold its amounts as integer minor units.
 *
 * @throws EngineInputError (item = asset id) for: a cost or salvage that is not a
 *   canonical amount ≥ 0 with at most `minorUnits` decimals, salvage above cost, a useful
 *   life that is not 1…1200 whole months, an unknown method or convention, a bad
 *   declining-balance percent, missing or bad units for units of production, a bad event
 *   (date before in service, two disposals, anything after a disposal).
 */
export function checkAsset(asset: DepreciableAsset): CheckedAsset {
  const id = typeof asset?.id === 'string' && asset.id !== '' ? asset.id : '(no id)';
  const label = asset?.name ? `asset ${id} "${asset.name}"` : `asset ${id}`;
  const fail = (field: string, problem: string) => new EngineInputError(`${label}: ${field} ${problem}`, id, field);
  if (id === '(no id)') throw fail('id', 'is missing');
  const mu = asset.minorUnits;
  if (!Number.isInteger(mu) || mu < 0 || mu > 6) throw fail('minorUnits', `${String(mu)} is not 0…6 decimals`);
  const amount = (value: unknown, field: string): number => {
    const m = parseMinor(value, mu);
    if (m === null || m < 0)
      throw fail(field, `${JSON.stringify(value)} is not an amount ≥ 0 with at most ${mu} decimals`);
    return m;
  };
  const cost = amount(asset.cost, 'cost');
  const salvage = amount(asset.salvage, 'salvage');
  if (salvage > cost) throw fail('salvage', `${formatMinor(salvage, mu)} is above the cost ${formatMinor(cost, mu)}`);
  if (typeof asset.inServiceDate !== 'string' || !isIsoDate(asset.inServiceDate)) {
    throw fail('inServiceDate', `${JSON.stringify(asset.inServiceDate)} is not a date (YYYY-MM-DD)`);
  }
  if (!isWholeMonths(asset.usefulLifeMonths, 1)) {
    throw fail('usefulLifeMonths', `${String(asset.usefulLifeMonths)} is not a whole number of months from 1 to 1200`);
  }
  if (!DEPRECIATION_METHODS.includes(asset.method)) throw fail('method', `"${String(asset.method)}" is unknown`);
  if (!DEPRECIATION_CONVENTIONS.includes(asset.convention)) {
    throw fail('convention', `"${String(asset.convention)}" is unknown`);
  }
  const percent = asset.method === 'double-declining-balance' ? 200 : (asset.decliningBalancePercent ?? 150);
  const bp = Math.round(percent * 100);
  const checksPercent = asset.method === 'declining-balance';
  if (
    checksPercent &&
    !(typeof percent === 'number' && percent > 0 && percent <= 1000 && Math.abs(bp - percent * 100) < 1e-6)
  ) {
    throw fail(
      'decliningBalancePercent',
      `${String(percent)} is not a percent above 0 and up to 1000 with at most 2 decimals`,
    );
  }
  let totalUnits = 0;
  let unitScale = 1;
  const unitsByPeriod = asset.unitsByPeriod ?? {};
  if (asset.method === 'units-of-production') {
    const total = asset.totalUnits;
    if (!(typeof total === 'number' && Number.isFinite(total) && total > 0)) {
      throw fail('totalUnits', `${String(total)} is not a number of units above 0`);
    }
    let decimals = decimalsOf(total);
    let sum = total;
    for (const [key, u] of Object.entries(unitsByPeriod)) {
      if (!(typeof u === 'number' && Number.isFinite(u) && u >= 0)) {
        throw fail(`unitsByPeriod.${key}`, `${String(u)} is not a number of units ≥ 0`);
      }
      decimals = Math.max(decimals, decimalsOf(u));
      sum += u;
    }
    unitScale = 10 ** decimals;
    if (decimals > 6 || sum * unitScale > 2 ** 52) {
      throw fail('unitsByPeriod', 'units need at most 6 decimals and must total below 2^52 at that precision');
    }
    totalUnits = Math.round(total * unitScale);
  }
  const base = { fail, minorUnits: mu, inServiceDate: asset.inServiceDate };
  const events = (asset.events ?? []).map((e, i) => checkEvent(base, e, i));
  // Within a day: a change of estimate first, then an impairment, then the disposal.
  const order = { 'life-change': 0, impairment: 1, disposal: 2 } as const;
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : order[x.kind] - order[y.kind]));
  const disposal = events.findIndex((e) => e.kind === 'disposal');
  if (disposal >= 0 && disposal < events.length - 1) {
    const after = events[disposal + 1]!;
    throw fail(
      `${after.field}.date`,
      `${after.kind} on ${after.date} comes after the disposal on ${events[disposal]!.date}`,
    );
  }
  return {
    id,
    cost,
    salvage,
    minorUnits: mu,
    inServiceDate: asset.inServiceDate,
    lifeMonths: asset.usefulLifeMonths,
    method: asset.method,
    convention: asset.convention,
    dbBasisPoints: bp,
    switchToStraightLine: asset.switchToStraightLine ?? true,
    unitScale,
    totalUnits,
    unitsByPeriod,
    events,
    fail,
  };
}
