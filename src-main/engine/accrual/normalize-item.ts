import { toEpochDayOrNull, type EpochDay } from '../../../src-shared/calendar/iso-date';
import { EXPENSE_TYPES } from '../../../src-shared/model/entities';
import { formatMinor, minorUnitsProblem, parseMinor } from '../../../src-shared/money/minor-units';
import { EngineInputError } from '../errors';
import { dueDay, parsePaymentTerms } from '../../../src-shared/accounting/payment-terms';
import type { CostItem } from './types';

/** A validated cost item in engine units: integer minor units and day numbers. */
export interface NormalizedItem {
  item: CostItem;
  /** Minor units, safe integer. */
  amount: number;
  serviceStart: EpochDay;
  /** Inclusive. */
  serviceEnd: EpochDay;
  /** Payment days and amounts (minor units), same length, in the order given. */
  payDays: number[];
  payAmounts: number[];
}

const CURRENCY = /^[A-Z]{3}$/;
const MAX_MINOR_UNITS = 8;

function fail(id: string, field: string, problem: string): never {
  throw new EngineInputError(`Cost item "${id}", ${field}: ${problem}`, id, field);
}

function day(id: string, field: string, value: unknown): EpochDay {
  return toEpochDayOrNull(value) ?? fail(id, field, `${JSON.stringify(value)} is not a valid date (YYYY-MM-DD)`);
}

function minor(id: string, field: string, value: unknown, minorUnits: number): number {
  return parseMinor(value, minorUnits) ?? fail(id, field, minorUnitsProblem(value, minorUnits)!);
}

/**
 * Validate a cost item and convert it to minor units and day numbers, resolving its
 * payment dates (schedule, explicit date, or invoice date + terms).
 * @throws EngineInputError naming the item id and the field at fault: an id that is
 *   not a non-empty string, bad currency or minorUnits, a non-canonical amount or one
 *   with more decimals than the currency, an invalid date, a service period ending
 *   before it starts, unknown payment terms, no payment information, both a payment
 *   date and a schedule, or instalments that do not sum to the amount.
 */
export function normalizeItem(item: CostItem): NormalizedItem {
  const hasId = typeof item.id === 'string' && item.id !== '';
  const id = hasId ? item.id : '(no id)';
  if (!hasId) fail(id, 'id', 'every cost item needs a non-empty id');
  if (typeof item.currency !== 'string' || !CURRENCY.test(item.currency)) {
    fail(id, 'currency', `${JSON.stringify(item.currency)} is not a three-letter ISO 4217 code`);
  }
  const mu = item.minorUnits;
  if (!Number.isInteger(mu) || mu < 0 || mu > MAX_MINOR_UNITS) {
    fail(id, 'minorUnits', `${JSON.stringify(mu)} is not a whole number of decimals from 0 to ${MAX_MINOR_UNITS}`);
  }
  const amount = minor(id, 'amount', item.amount, mu);
  const invoiceDay = day(id, 'invoiceDate', item.invoiceDate);
  const service = item.servicePeriod ?? fail(id, 'servicePeriod', 'missing');
  const serviceStart = day(id, 'servicePeriod.start', service.start);
  const serviceEnd = day(id, 'servicePeriod.end', service.end);
  if (serviceEnd < serviceStart) {
    fail(id, 'servicePeriod.end', `the service period ends (${service.end}) before it starts (${service.start})`);
  }
  if (item.expenseType !== 'CapEx' && item.expenseType !== 'OpEx') {
    fail(id, 'expenseType', `${JSON.stringify(item.expenseType)} is not one of ${EXPENSE_TYPES.join(', ')}`);
  }
  const normalized = { item, amount, serviceStart, serviceEnd, payDays: [] as number[], payAmounts: [] as number[] };
  if (item.paymentSchedule !== undefined) {
    if (item.paymentDate !== undefined) {
      fail(id, 'paymentSchedule', 'give either a payment schedule or a payment date, not both');
    }
    addSchedule(normalized, id, mu);
  } else if (item.paymentDate !== undefined) {
    normalized.payDays.push(day(id, 'paymentDate', item.paymentDate));
    normalized.payAmounts.push(amount);
  } else if (item.paymentTerms !== undefined) {
    const terms = typeof item.paymentTerms === 'string' ? parsePaymentTerms(item.paymentTerms) : null;
    if (!terms) {
      fail(
        id,
        'paymentTerms',
        `${JSON.stringify(item.paymentTerms)} is not a known form ("due on receipt", "net 30", "end of month + 30", "net 30 EOM")`,
      );
    }
    normalized.payDays.push(dueDay(invoiceDay, terms));
    normalized.payAmounts.push(amount);
  } else {
    fail(id, 'paymentTerms', 'no payment date, payment terms or payment schedule');
  }
  return normalized;
}

function addSchedule(n: NormalizedItem, id: string, mu: number): void {
  const schedule = n.item.paymentSchedule;
  if (!Array.isArray(schedule) || schedule.length === 0) fail(id, 'paymentSchedule', 'needs at least one instalment');
  let sum = 0;
  let magnitudes = Math.abs(n.amount);
  schedule.forEach((inst, i) => {
    n.payDays.push(day(id, `paymentSchedule[${i}].date`, inst?.date));
    const units = minor(id, `paymentSchedule[${i}].amount`, inst?.amount, mu);
    n.payAmounts.push(units);
    sum += units;
    magnitudes += Math.abs(units);
  });
  // Cash to date minus expense to date stays exact while this bound is a safe integer.
  if (!Number.isSafeInteger(magnitudes)) fail(id, 'paymentSchedule', 'instalments are too large to add exactly');
  if (sum !== n.amount) {
    fail(id, 'paymentSchedule', `instalments sum to ${formatMinor(sum, mu)}, not the amount ${n.item.amount}`);
  }
}
