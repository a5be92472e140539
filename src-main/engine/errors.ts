import { D, isPlainDecimal, toMoney } from '../../src-shared/money';

/**
 * Invalid input to an engine calculation: a negative useful life, a service period that
 * ends before it starts, an unknown currency, a missing FX rate… The message names the
 * item and the field so a person can find and fix the bad value; services turn it into
 * an AppError and write nothing.
 */
export class EngineInputError extends Error {
  constructor(
    message: string,
    /** The item at fault: an asset id, a contract id, a currency pair such as "EUR/USD". */
    readonly item: string,
    /** The field at fault: "usefulLifeMonths", "end", "actualRate"… */
    readonly field: string,
  ) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/**
 * A Money input checked at an engine boundary: returns it canonical ("1200.50" → "1200.5"),
 * or throws EngineInputError naming the item and field for anything that is not a plain
 * decimal string (numbers, "1e3", "1,200", ""). `label` starts the message (default: item).
 */
export function requireMoney(value: unknown, item: string, field: string, label = item): string {
  if (typeof value !== 'string' || !isPlainDecimal(value.trim())) {
    throw new EngineInputError(
      `${label}: ${field} "${String(value)}" is not an amount (expected a decimal string)`,
      item,
      field,
    );
  }
  return toMoney(new D(value.trim()));
}
