import { addDays, addMonthsToDate, isIsoDate, type IsoDate } from '../../../src-shared/calendar/iso-date';
import { D, isPlainDecimal, type Dec, type Money } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import type { ContractTerms, EscalationOptions, StepChange } from './escalation-types';
import type { IndexRuleInput } from './index-increase';

const MONTHS = { monthly: 1, quarterly: 3, annual: 12 } as const;

/** A checked contract: dates valid, amounts canonical, percentages as Decimals. */
export interface CheckedContract {
  id: string;
  base: Money;
  months: 1 | 3 | 12;
  start: IsoDate;
  end: IsoDate;
  minorUnits: number;
  rule:
    | { kind: 'none' }
    | { kind: 'yearly'; firstIncrease: IsoDate; percent: Dec }
    | { kind: 'steps'; steps: { date: IsoDate; change: StepChange; value: Dec; field: string }[] }
    | ({ kind: 'index'; firstIncrease: IsoDate } & IndexRuleInput);
}

function fail(c: { id: string }, field: string, what: string): never {
  throw new EngineInputError(`Contract ${c.id}: ${field} ${what}`, c.id, field);
}

export function requireDate(c: { id: string }, value: unknown, field: string): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) fail(c, field, `"${String(value)}" is not a date (YYYY-MM-DD)`);
  return value;
}

export function requireWhole(c: { id: string }, value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(c, field, `${String(value)} is not a whole number of at least ${min}`);
  }
  return value;
}

/** A percentage string above −100 % (a price cannot fall below zero). */
function requirePercent(c: { id: string }, value: unknown, field: string): Dec {
  if (typeof value !== 'string' || !isPlainDecimal(value.trim())) {
    fail(c, field, `"${String(value)}" is not a percentage`);
  }
  const p = new D(value.trim());
  if (p.lte(-100)) fail(c, field, `${value}% would take the price to zero or below`);
  return p;
}

// Thousands of contracts share one CPI table object: parse and check it once per object.
const levelCache = new WeakMap<object, ReadonlyMap<number, Dec>>();

function indexLevels(c: ContractTerms, raw: Readonly<Record<string, string>> | undefined): ReadonlyMap<number, Dec> {
  const cached = raw && levelCache.get(raw);
  if (cached) return cached;
  const values = new Map<number, Dec>();
  for (const [year, v] of Object.entries(raw ?? {})) {
    const field = `escalation.values.${year}`;
    if (!/^\d{4}$/.test(year)) fail(c, field, 'is not a calendar year');
    const level = typeof v === 'string' && isPlainDecimal(v.trim()) ? new D(v.trim()) : null;
    if (!level || level.lte(0)) fail(c, field, `"${String(v)}" is not a positive index value`);
    values.set(Number(year), level);
  }
  if (raw) levelCache.set(raw, values);
  return values;
}

function firstIncrease(c: ContractTerms, value: IsoDate | undefined, start: IsoDate): IsoDate {
  if (value === undefined) return addMonthsToDate(start, 12);
  const d = requireDate(c, value, 'escalation.firstIncrease');
  if (d <= start) fail(c, 'escalation.firstIncrease', `${d} is not after the start ${start}`);
  return d;
}

function checkRule(c: ContractTerms, start: IsoDate): CheckedContract['rule'] {
  const r = c.escalation;
  if (!r || typeof r !== 'object') fail(c, 'escalation', 'is missing');
  switch (r.kind) {
    case 'none':
      return { kind: 'none' };
    case 'annual-percent':
      return {
        kind: 'yearly',
        firstIncrease: firstIncrease(c, r.firstIncrease, start),
        percent: requirePercent(c, r.percent, 'escalation.percent'),
      };
    case 'steps':
      return {
        kind: 'steps',
        steps: r.steps
          .map((s, i) => {
            const date = requireDate(c, s.date, `escalation.steps[${i}].date`);
            if (date <= start) fail(c, `escalation.steps[${i}].date`, `${date} is not after the start ${start}`);
            const value =
              s.change.type === 'absolute'
                ? new D(requireMoney(s.change.amount, c.id, `escalation.steps[${i}].amount`, `Contract ${c.id}`))
                : requirePercent(c, s.change.percent, `escalation.steps[${i}].percent`);
            return { date, change: s.change, value, field: `escalation.steps[${i}]` };
          })
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      };
    case 'index': {
      const values = indexLevels(c, r.values);
      const cap = r.capPercent === undefined ? null : requirePercent(c, r.capPercent, 'escalation.capPercent');
      const floor = r.floorPercent === undefined ? null : requirePercent(c, r.floorPercent, 'escalation.floorPercent');
      if (cap && floor && floor.gt(cap))
        fail(c, 'escalation.floorPercent', `${r.floorPercent}% is above the cap ${r.capPercent}%`);
      return {
        kind: 'index',
        firstIncrease: firstIncrease(c, r.firstIncrease, start),
        contractId: c.id,
        indexName: r.indexName ?? 'CPI',
        values,
        lagYears: r.lagYears === undefined ? 1 : requireWhole(c, r.lagYears, 'escalation.lagYears', 0),
        cap,
        floor,
      };
    }
    default:
      return fail(
        c,
        'escalation.kind',
        `"${String((r as { kind: unknown }).kind)}" is not none, annual-percent, steps or index`,
      );
  }
}

/**
 * Check a contract and its options; throws EngineInputError naming the contract id and the
 * field: a malformed or negative base amount, an invalid date, an end before the start, an
 * unknown billing frequency or escalation kind, a bad percentage, a floor above the cap.
 */
export function checkContract(c: ContractTerms, opts: EscalationOptions): CheckedContract {
  if (typeof c.id !== 'string' || c.id === '') throw new EngineInputError('A contract has no id', '(contract)', 'id');
  const base = requireMoney(c.baseAmount, c.id, 'baseAmount', `Contract ${c.id}`);
  if (base.startsWith('-')) fail(c, 'baseAmount', `${base} is negative`);
  const start = requireDate(c, c.start, 'start');
  const end = requireDate(c, c.end, 'end');
  if (end < start) fail(c, 'end', `${end} is before the start ${start}`);
  const months = MONTHS[c.billing];
  if (months === undefined) fail(c, 'billing', `"${String(c.billing)}" is not monthly, quarterly or annual`);
  const minorUnits = requireWhole(c, opts.minorUnits, 'minorUnits', 0);
  if (opts.rounding !== undefined && opts.rounding !== 'HALF_UP' && opts.rounding !== 'HALF_EVEN') {
    fail(c, 'rounding', `"${String(opts.rounding)}" is not HALF_UP or HALF_EVEN`);
  }
  return { id: c.id, base, months, start, end, minorUnits, rule: checkRule(c, start) };
}

/** The last day of service: `end`, or later when an auto-renewing contract runs past it to the horizon. */
export function serviceEnd(c: ContractTerms, end: IsoDate, horizon: IsoDate | undefined): IsoDate {
  const r = c.renewal;
  if (!r?.autoRenew || horizon === undefined) return end;
  const h = requireDate(c, horizon, 'horizon');
  const term = requireWhole(c, r.renewalTermMonths, 'renewal.renewalTermMonths', 1);
  let termStart = r.renewalDate === undefined ? addDays(end, 1) : requireDate(c, r.renewalDate, 'renewal.renewalDate');
  let last = end;
  while (last < h) {
    const next = addMonthsToDate(termStart, term);
    last = addDays(next, -1);
    termStart = next;
  }
  return last;
}
