import type { Money } from '../../src-shared/money';
import { formatMinor } from '../../src-shared/money/minor-units';

/**
 * Demo amounts are drawn as integers of minor units (cents) and only then become Money,
 * so no float ever touches an amount; the shared integer formatter does the conversion.
 */
export function minorToMoney(units: number, minorUnits: number): Money {
  if (!Number.isSafeInteger(units)) throw new Error(`${units} is not a whole number of minor units`);
  return formatMinor(units, minorUnits);
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
