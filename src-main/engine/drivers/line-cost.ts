import { addMonths, isMonthKey, type MonthKey } from '../../../src-shared/calendar/fiscal';
import type { DriverLineCostMonth } from '../../../src-shared/model/drivers';
import {
  D,
  isPlainDecimal,
  roundMoney,
  toMoney,
  type Dec,
  type Money,
  type RoundingMode,
} from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import { checkContract } from '../escalation/contract-input';
import type { EscalationRule } from '../escalation/escalation-types';
import { pricePath, type PriceStep } from '../escalation/price-path';

/** A driver-based line's cost model, as stored (see DriverLineModel). */
export interface LineCostModel {
  /** Names the line in errors. */
  line: string;
  fixedAmount: string;
  unitRate: string;
  escalation: EscalationRule;
  tierSize: string | null;
  tierAmount: string | null;
  startMonth: MonthKey;
  endMonth: MonthKey | null;
}

export interface LineCostOptions {
  /** Minor units of the line's currency. */
  minorUnits: number;
  rounding: RoundingMode;
}

const fail = (line: string, field: string, what: string): never => {
  throw new EngineInputError(`Line ${line}: ${field} ${what}`, line, field);
};

function nonNegative(line: string, field: string, v: string): Dec {
  if (!isPlainDecimal(v.trim())) fail(line, field, `"${v}" is not a number`);
  const d = new D(v.trim());
  if (d.isNegative()) fail(line, field, `${v} is negative`);
  return d;
}

/**
 * Check a model: amounts are non-negative decimals, fixed and tier amounts fit the
 * currency's minor units, a tier has both a size above zero and an amount, months are
 * months and the end is not before the start.
 * @throws EngineInputError naming the line and the field
 */
export function checkLineModel(m: LineCostModel, minorUnits: number): void {
  for (const [field, v] of [
    ['fixedAmount', m.fixedAmount],
    ['tierAmount', m.tierAmount],
  ] as const) {
    if (v === null) continue;
    const d = nonNegative(m.line, field, v);
    if (d.decimalPlaces() > minorUnits) fail(m.line, field, `${v} has more decimals than the currency's ${minorUnits}`);
  }
  nonNegative(m.line, 'unitRate', m.unitRate);
  if ((m.tierSize === null) !== (m.tierAmount === null)) {
    fail(m.line, m.tierSize === null ? 'tierSize' : 'tierAmount', 'is missing: a tier needs both a size and an amount');
  }
  if (m.tierSize !== null && !nonNegative(m.line, 'tierSize', m.tierSize).gt(0)) {
    fail(m.line, 'tierSize', `${m.tierSize} is not above zero`);
  }
  if (!isMonthKey(m.startMonth)) fail(m.line, 'startMonth', `"${m.startMonth}" is not a month (YYYY-MM)`);
  if (m.endMonth !== null) {
    if (!isMonthKey(m.endMonth)) fail(m.line, 'endMonth', `"${m.endMonth}" is not a month (YYYY-MM)`);
    if (m.endMonth < m.startMonth) fail(m.line, 'endMonth', `${m.endMonth} is before the start ${m.startMonth}`);
  }
}

/**
 * The unit rate's price path from startMonth to `last`: the contracts' escalation engine
 * run on the rate as a monthly price, kept at the rate's own decimals (at least the
 * currency's), each step rounded with the workbook's rounding mode as an invoiced price is.
 */
function ratePath(m: LineCostModel, last: MonthKey, o: LineCostOptions): PriceStep[] {
  const rate = new D(m.unitRate.trim());
  const scale = Math.max(o.minorUnits, rate.decimalPlaces());
  const terms = {
    id: m.line,
    baseAmount: rate.toFixed(),
    billing: 'monthly' as const,
    start: `${m.startMonth}-01`,
    end: `${last}-28`,
    escalation: m.escalation,
  };
  const checked = checkContract(terms, { minorUnits: scale, rounding: o.rounding });
  return pricePath(checked, `${last}-28`, o.rounding);
}

/**
 * A driver-based line's cost per month of `series` inside [startMonth, endMonth]:
 * fixed = fixedAmount; variable = unit rate in force on the month's first day × driver;
 * step = tierAmount × ceil(driver / tierSize). Each part is rounded to the currency's
 * minor units with the workbook rounding mode; total is their exact sum. Months outside
 * the model's range are left out.
 * @throws EngineInputError naming the line and field (see checkLineModel, escalation errors)
 */
export function lineCost(
  m: LineCostModel,
  series: readonly { month: MonthKey; value: string }[],
  o: LineCostOptions,
): DriverLineCostMonth[] {
  checkLineModel(m, o.minorUnits);
  const inRange = series.filter((p) => p.month >= m.startMonth && (m.endMonth === null || p.month <= m.endMonth));
  if (inRange.length === 0) return [];
  const path = ratePath(m, inRange[inRange.length - 1]!.month, o);
  const round = (d: Dec | string): Money => roundMoney(d, o.minorUnits, o.rounding);
  const fixed = round(m.fixedAmount.trim());
  const tierSize = m.tierSize === null ? null : new D(m.tierSize.trim());
  const tierAmount = m.tierAmount === null ? null : new D(m.tierAmount.trim());
  let k = 0;
  return inRange.map((p) => {
    const first = `${p.month}-01`;
    while (k + 1 < path.length && path[k + 1]!.effective <= first) k++;
    const rate = path[k]!.price;
    const driver = new D(p.value);
    const variable = round(driver.times(rate));
    const step = tierSize && tierAmount ? round(tierAmount.times(driver.div(tierSize).ceil())) : '0';
    const total = toMoney(new D(fixed).plus(variable).plus(step));
    return { month: p.month, driverValue: p.value, unitRate: rate, fixed, variable, step, total };
  });
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
