import { addMonthsToDate, parseIsoDate, toEpochDay, type IsoDate } from '../../../src-shared/calendar/iso-date';
import { D, roundMoney, type Dec, type Money, type RoundingMode } from '../../../src-shared/money';
import { formatMinorBig, parseMinorBig, roundRatioBig, type Ratio } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';
import type { CheckedContract } from './contract-input';
import { fmtPercent } from './explain';
import { indexIncrease, percentFactor } from './index-increase';

/** One price of a contract and how it came about, before it is put into words. */
export interface PriceStep {
  effective: IsoDate;
  /** `effective` as an epoch day. */
  effectiveDay: number;
  /** Money string, rounded to the currency's minor units. */
  price: Money;
  /** `price` in minor units. */
  units: bigint;
  previous: Money | null;
  how:
    | { kind: 'base' }
    | { kind: 'percent'; percent: Dec; note: string; indexPercent?: Dec }
    | { kind: 'absolute'; delta: Dec; date: IsoDate };
}

function baseNotRounded(c: CheckedContract): never {
  const msg = `Contract ${c.id}: baseAmount ${c.base} has more decimals than the currency's ${c.minorUnits}`;
  throw new EngineInputError(msg, c.id, 'baseAmount');
}

/**
 * The prices of a contract from its start to `last` (inclusive): the base price, then one
 * change per escalation date. Each new price is rounded to the currency's minor units and
 * the next change applies to that rounded price, as an invoiced price is (so every
 * explanation is exact: 10,400.00 × 1.05 = 10,920.00). Throws EngineInputError for a
 * missing index value or a step that takes the price below zero.
 */
export function pricePath(c: CheckedContract, last: IsoDate, rounding: RoundingMode): PriceStep[] {
  const out: PriceStep[] = [];
  const add = (effective: IsoDate, units: bigint, how: PriceStep['how']) => {
    const previous = out.length ? out[out.length - 1]!.price : null;
    const price = formatMinorBig(units, c.minorUnits);
    out.push({ effective, effectiveDay: toEpochDay(effective), price, units, previous, how });
  };
  // Exact: the rounded price times an exact factor, rounded once (no 34-digit intermediate).
  const applyPercent = (effective: IsoDate, percent: Dec, factor: Ratio, note: string, indexPercent?: Dec) => {
    const units = roundRatioBig(out[out.length - 1]!.units, factor.num, factor.den, rounding);
    add(effective, units, { kind: 'percent', percent, note, ...(indexPercent ? { indexPercent } : {}) });
  };

  add(c.start, parseMinorBig(c.base, c.minorUnits) ?? baseNotRounded(c), { kind: 'base' });
  const rule = c.rule;
  switch (rule.kind) {
    case 'none':
      break;
    case 'yearly': {
      const factor = percentFactor(rule.percent);
      for (let k = 0, d = rule.firstIncrease; d <= last; k++, d = addMonthsToDate(rule.firstIncrease, 12 * k)) {
        applyPercent(d, rule.percent, factor, '');
      }
      break;
    }
    case 'index':
      for (let k = 0, d = rule.firstIncrease; d <= last; k++, d = addMonthsToDate(rule.firstIncrease, 12 * k)) {
        const inc = indexIncrease(rule, parseIsoDate(d).year, fmtPercent);
        applyPercent(d, inc.applied, inc.factor, inc.note, inc.raw);
      }
      break;
    case 'steps':
      for (const s of rule.steps) {
        if (s.date > last) break;
        if (s.change.type === 'percent') {
          applyPercent(s.date, s.value, percentFactor(s.value), ` step on ${s.date}`);
          continue;
        }
        const price = roundMoney(new D(out[out.length - 1]!.price).plus(s.value), c.minorUnits, rounding);
        if (price.startsWith('-')) {
          const field = `${s.field}.amount`;
          throw new EngineInputError(`Contract ${c.id}: ${field} takes the price below zero on ${s.date}`, c.id, field);
        }
        add(s.date, parseMinorBig(price, c.minorUnits)!, { kind: 'absolute', delta: s.value, date: s.date });
      }
      break;
  }
  return out;
}
