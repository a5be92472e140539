import type { Money } from '../../src-shared/money';

/**
 * Demo amounts are drawn as integers of minor units (cents) and only then become Money.
 * This converts by string arithmetic on the integer, so no float ever touches an amount,
 * and is fast enough for millions of cells (a Decimal per cell costs seconds at 50,000 lines).
 * Tests check it against the money helpers (`toMoney(D(units).div(10^minor))`).
 */
export function minorToMoney(units: number, minorUnits: number): Money {
  if (!Number.isSafeInteger(units)) throw new Error(`${units} is not a whole number of minor units`);
  if (units === 0) return '0';
  const neg = units < 0;
  let digits = String(neg ? -units : units);
  let s: string;
  if (minorUnits === 0) {
    s = digits;
  } else {
    if (digits.length <= minorUnits) digits = digits.padStart(minorUnits + 1, '0');
    const whole = digits.slice(0, digits.length - minorUnits);
    const frac = digits.slice(digits.length - minorUnits).replace(/0+$/, '');
    s = frac ? `${whole}.${frac}` : whole;
  }
  return neg ? `-${s}` : s;
}

/**
 * Rough units-per-US-cent for the currencies a workbook knows, so a demo in JPY or INR has
 * plausible magnitudes. Minor units must match DEFAULT_CURRENCIES in the taxonomy.
 */
const CURRENCY_SCALE: Record<string, { minor: number; perUsdCent: number }> = {
  USD: { minor: 2, perUsdCent: 1 },
  EUR: { minor: 2, perUsdCent: 0.92 },
  GBP: { minor: 2, perUsdCent: 0.79 },
  CHF: { minor: 2, perUsdCent: 0.88 },
  CAD: { minor: 2, perUsdCent: 1.36 },
  AUD: { minor: 2, perUsdCent: 1.52 },
  JPY: { minor: 0, perUsdCent: 1.5 },
  INR: { minor: 2, perUsdCent: 83 },
  SEK: { minor: 2, perUsdCent: 10.5 },
  BHD: { minor: 3, perUsdCent: 3.76 },
};

export function currencyScale(code: string): { minor: number; perUsdCent: number } {
  return CURRENCY_SCALE[code] ?? { minor: 2, perUsdCent: 1 };
}

/** Convert a US-cent magnitude into whole minor units of `currency`, rounded to a whole unit. */
export function usdCentsTo(currency: string, usdCents: number): number {
  return Math.round(usdCents * currencyScale(currency).perUsdCent);
}
