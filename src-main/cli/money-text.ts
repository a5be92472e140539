import type { Money } from '../../src-shared/money';

/**
 * A Money string with at least `minorUnits` decimals ("1200" → "1200.00" for USD), never
 * rounded: a value with more decimals keeps them all. No thousands separators, so scripts
 * can read the text output as exact decimals.
 */
export function exactFixed(m: Money, minorUnits: number): string {
  if (minorUnits === 0) return m;
  const dot = m.indexOf('.');
  if (dot < 0) return `${m}.${'0'.repeat(minorUnits)}`;
  const decimals = m.length - dot - 1;
  return decimals >= minorUnits ? m : m + '0'.repeat(minorUnits - decimals);
}
