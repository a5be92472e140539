import Decimal from 'decimal.js';

/**
 * The one Decimal constructor of Outlay. 34 significant digits (IEEE decimal128)
 * keeps intermediate results exact far beyond any posted amount; rounding to a
 * currency's minor unit happens only where a value is posted or shown.
 */
export const D = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof D>;

export const ROUNDING = {
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
} as const;
export type RoundingMode = keyof typeof ROUNDING;
