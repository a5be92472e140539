import { toMoney } from '../../../src-shared/money';
import type { PriceChange } from './escalation-types';
import { fmtAmount, fmtFactor } from './explain';
import type { PriceStep } from './price-path';

/** A price step put into words: "10,920.00 = 10,400.00 × (1 + 5% capped from CPI 6.1%)". */
export function describePrice(step: PriceStep, minorUnits: number): PriceChange {
  const fmt = (m: string) => fmtAmount(m, minorUnits);
  const { effective, price, previous, how } = step;
  switch (how.kind) {
    case 'base':
      return { effective, price, previous: null, appliedPercent: null, formula: `${fmt(price)} = base amount` };
    case 'percent':
      return {
        effective,
        price,
        previous,
        appliedPercent: toMoney(how.percent),
        ...(how.indexPercent ? { indexPercent: toMoney(how.indexPercent) } : {}),
        formula: `${fmt(price)} = ${fmt(previous!)} ${fmtFactor(how.percent, how.note)}`,
      };
    case 'absolute': {
      const sign = how.delta.isNegative() ? '−' : '+';
      return {
        effective,
        price,
        previous,
        appliedPercent: null,
        formula: `${fmt(price)} = ${fmt(previous!)} ${sign} ${fmt(toMoney(how.delta.abs()))} (step on ${how.date})`,
      };
    }
  }
}
