import type { Dec } from '../../../src-shared/money';
import { ratioOf, type Ratio } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';

export interface IndexRuleInput {
  contractId: string;
  indexName: string;
  /** Index level per calendar year, as a Decimal. */
  values: ReadonlyMap<number, Dec>;
  lagYears: number;
  cap: Dec | null;
  floor: Dec | null;
}

export interface IndexIncrease {
  /** Percent applied after cap and floor. */
  applied: Dec;
  /** The index change in percent. */
  raw: Dec;
  /** The exact price factor 1 + applied ÷ 100 (later ÷ earlier index when neither limit applies). */
  factor: Ratio;
  /** " capped from CPI 6.1%", " floored from CPI -0.4%" or " CPI". */
  note: string;
}

/** 1 + percent ÷ 100 as an exact ratio. */
export function percentFactor(percent: Dec): Ratio {
  const p = ratioOf(percent.toFixed());
  return { num: p.den * 100n + p.num, den: p.den * 100n };
}

// Index changes per year, per (shared, cached) table of index levels.
const changeCache = new WeakMap<ReadonlyMap<number, Dec>, Map<number, { raw: Dec; factor: Ratio }>>();

/**
 * The yearly increase, in percent, for an increase falling in calendar year `year`: the change
 * of the index from year−lag−1 to year−lag (BLS, "How to Use the Consumer Price Index for
 * Escalation": percent change = (later index − earlier index) ÷ earlier index × 100), then
 * limited to [floor, cap]. Throws EngineInputError naming the missing year's index value.
 */
export function indexIncrease(rule: IndexRuleInput, year: number, fmt: (p: Dec) => string): IndexIncrease {
  const later = year - rule.lagYears;
  const value = (y: number): Dec => {
    const v = rule.values.get(y);
    if (!v) {
      throw new EngineInputError(
        `Contract ${rule.contractId} has no ${rule.indexName} value for ${y} (needed for the increase in ${year})`,
        rule.contractId,
        `escalation.values.${y}`,
      );
    }
    return v;
  };
  let changes = changeCache.get(rule.values);
  if (!changes) changeCache.set(rule.values, (changes = new Map()));
  let change = changes.get(later);
  if (!change) {
    const [l, e] = [value(later), value(later - 1)];
    const [lr, er] = [ratioOf(l.toFixed()), ratioOf(e.toFixed())];
    change = { raw: l.div(e).minus(1).times(100), factor: { num: lr.num * er.den, den: lr.den * er.num } };
    changes.set(later, change);
  }
  const { raw, factor } = change;
  if (rule.cap && raw.gt(rule.cap)) {
    return {
      applied: rule.cap,
      raw,
      factor: percentFactor(rule.cap),
      note: ` capped from ${rule.indexName} ${fmt(raw)}%`,
    };
  }
  if (rule.floor && raw.lt(rule.floor)) {
    return {
      applied: rule.floor,
      raw,
      factor: percentFactor(rule.floor),
      note: ` floored from ${rule.indexName} ${fmt(raw)}%`,
    };
  }
  return { applied: raw, raw, factor, note: ` ${rule.indexName}` };
}
