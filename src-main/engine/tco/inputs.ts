import { D, isPlainDecimal, type Dec } from '../../../src-shared/money';
import { EngineInputError } from '../errors';

/** Bounds a decimal input must respect; `above`/`below` are exclusive, `min`/`max` inclusive. */
export interface Bounds {
  min?: number;
  max?: number;
  above?: number;
  unit?: string;
}

/** An EngineInputError for `item` ("cloud") and `field` ("compute.reservedCoveragePercent"). */
export function inputError(item: string, field: string, problem: string): EngineInputError {
  return new EngineInputError(`${item}: ${field} ${problem}`, item, field);
}

/**
 * A decimal-string input as a Decimal, checked against bounds.
 *
 * @throws EngineInputError naming item and field ("cloud: reservedCoveragePercent 120 is above 100 %")
 */
export function decimalInput(value: unknown, item: string, field: string, bounds: Bounds = {}): Dec {
  if (typeof value !== 'string' || !isPlainDecimal(value.trim())) {
    throw inputError(item, field, `${JSON.stringify(value)} is not a number (expected a decimal string)`);
  }
  const d = new D(value.trim());
  const unit = bounds.unit ?? '';
  if (bounds.min !== undefined && d.lessThan(bounds.min)) {
    throw inputError(item, field, `${value} is below ${bounds.min}${unit}`);
  }
  if (bounds.above !== undefined && d.lessThanOrEqualTo(bounds.above)) {
    throw inputError(item, field, `${value} must be above ${bounds.above}${unit}`);
  }
  if (bounds.max !== undefined && d.greaterThan(bounds.max)) {
    throw inputError(item, field, `${value} is above ${bounds.max}${unit}`);
  }
  return d;
}

/** A percentage input ("10" = 10 %); absent means 0. Growth and price changes must stay above −100 %. */
export function percentInput(value: string | undefined, item: string, field: string, bounds?: Bounds): Dec {
  if (value === undefined) return new D(0);
  return decimalInput(value, item, field, bounds ?? { above: -100, unit: ' %' });
}

/**
 * A whole-number input within [min, max].
 *
 * @throws EngineInputError naming item and field
 */
export function intInput(value: unknown, item: string, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw inputError(item, field, `${String(value)} is not a whole number`);
  }
  if (value < min || value > max) throw inputError(item, field, `${value} is outside ${min}…${max}`);
  return value;
}

/** (1 + percent/100)^k, exact for whole k ≥ 0. */
export function growthFactor(percent: Dec, k: number): Dec {
  return new D(1).plus(percent.div(100)).pow(k);
}
