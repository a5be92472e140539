/** A missing FX rate as the summary service reports it: which pair, month and rate. */
export interface MissingRate {
  pair: string;
  month: string;
  rateKind: 'budget' | 'actual';
}

const MISSING = /No (budget|actual) FX rate for ([A-Z]{3}\/[A-Z]{3}) in period (\d{4}-\d{2}|FY\d{4}-P\d{2})/;

/**
 * The missing rate a summary refusal is about, read from its message ("FY2027 summary: No
 * budget FX rate for EUR/USD in period 2027-03"), or null for any other error.
 */
export function missingRateOf(message: string | null): MissingRate | null {
  const m = message ? MISSING.exec(message) : null;
  if (!m) return null;
  return { rateKind: m[1] === 'actual' ? 'actual' : 'budget', pair: m[2]!, month: m[3]! };
}
