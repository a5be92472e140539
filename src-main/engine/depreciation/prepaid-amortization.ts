import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { isIsoDate, toEpochDay } from '../../../src-shared/calendar/iso-date';
import type { Money, RoundingMode } from '../../../src-shared/money';
import { formatMinor, parseMinor, roundRatio } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';
import { periodTable } from './period-table';

/** A prepaid software licence or support contract, paid up front for a service period. */
export interface PrepaidItem {
  id: string;
  name?: string;
  /** Money string, item currency; negative for a credit. */
  amount: Money;
  /** Decimals of the currency, 0 … 6. */
  minorUnits: number;
  /** ISO dates, both inclusive. */
  serviceStart: string;
  serviceEnd: string;
}

/**
 * - `days`: each period's share = service days in the period / all service days;
 * - `periods`: every period touched by the service period gets an equal share.
 */
export type AmortizationBasis = 'days' | 'periods';

export interface AmortizationRow {
  period: string;
  fiscalYear: number;
  index: number;
  /** Money: amortization expense of the period. */
  expense: Money;
  /** Money: prepaid balance left at the end of the period. */
  balance: Money;
}

/**
 * Straight-line amortization of a prepaid item over its service period, one row per fiscal
 * period the service period touches. The expenses add up exactly to the amount: the running
 * total of the exact shares is rounded to minor units (`rounding`, default half up), so each
 * period is within one minor unit of its exact share and no residue piles up at the end.
 *
 * @param periods contiguous fiscal periods covering the whole service period
 * @throws EngineInputError (item = item id) for an amount that is not a canonical Money
 *   string with at most `minorUnits` decimals, an invalid date, a service period that ends
 *   before it starts, or one the periods do not cover
 */
export function amortizePrepaid(
  item: PrepaidItem,
  periods: readonly FiscalPeriodSpan[],
  options: { basis?: AmortizationBasis; rounding?: RoundingMode } = {},
): AmortizationRow[] {
  const label = item.name ? `prepaid item ${item.id} "${item.name}"` : `prepaid item ${item.id}`;
  const fail = (field: string, problem: string) =>
    new EngineInputError(`${label}: ${field} ${problem}`, item.id, field);
  const mu = item.minorUnits;
  if (!Number.isInteger(mu) || mu < 0 || mu > 6) throw fail('minorUnits', `${String(mu)} is not 0…6 decimals`);
  const amount = parseMinor(item.amount, mu);
  if (amount === null)
    throw fail('amount', `${JSON.stringify(item.amount)} is not an amount with at most ${mu} decimals`);
  for (const field of ['serviceStart', 'serviceEnd'] as const) {
    if (typeof item[field] !== 'string' || !isIsoDate(item[field])) {
      throw fail(field, `${JSON.stringify(item[field])} is not a date (YYYY-MM-DD)`);
    }
  }
  if (item.serviceEnd < item.serviceStart) {
    throw fail('serviceEnd', `${item.serviceEnd} is before the service start ${item.serviceStart}`);
  }
  const table = periodTable(periods);
  const first = table.positionOf(item.serviceStart);
  const last = table.positionOf(item.serviceEnd);
  if (first < 0) throw fail('serviceStart', `${item.serviceStart} is outside the periods given`);
  if (last < 0) throw fail('serviceEnd', `${item.serviceEnd} is outside the periods given`);

  const basis = options.basis ?? 'days';
  const mode = options.rounding ?? 'HALF_UP';
  const startDay = toEpochDay(item.serviceStart);
  const endDay = toEpochDay(item.serviceEnd);
  const weights: number[] = [];
  for (let pos = first; pos <= last; pos++) {
    const p = table.spans[pos]!;
    const from = Math.max(startDay, toEpochDay(p.start));
    const to = Math.min(endDay, toEpochDay(p.end));
    weights.push(basis === 'days' ? to - from + 1 : 1);
  }
  const total = weights.reduce((x, y) => x + y, 0);
  const sign = amount < 0 ? -1 : 1;
  const magnitude = Math.abs(amount);
  const rows: AmortizationRow[] = [];
  let cumulative = 0;
  let posted = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = table.spans[first + i]!;
    cumulative += weights[i]!;
    const target = roundRatio(magnitude, cumulative, total, mode);
    rows.push({
      period: p.key,
      fiscalYear: p.fiscalYear,
      index: p.index,
      expense: formatMinor(sign * (target - posted), mu),
      balance: formatMinor(sign * (magnitude - target), mu),
    });
    posted = target;
  }
  return rows;
}
