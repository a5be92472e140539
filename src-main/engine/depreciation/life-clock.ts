import type { DepreciationConvention } from './types';

/**
 * Life is measured in ticks: 1 month = 55,440 ticks. 55,440 is divisible by 2 and by every
 * whole number up to 12, so a half month and the half-year convention's first-year split
 * over 1…12 remaining periods all fall on whole ticks, and period boundaries stay integers.
 * Each fiscal period counts as one month of life, whether it is a calendar month or a
 * 4- or 5-week retail period.
 */
export const TICKS_PER_MONTH = 55_440;
export const HALF_MONTH = TICKS_PER_MONTH / 2;
const PERIODS_PER_YEAR = 12;

/** Where each fiscal period falls on an asset's life line, by convention. */
export interface LifeClock {
  /** Life elapsed, in ticks, at the end of period `j` (0 = the in-service period). */
  end(j: number): number;
  /** Life elapsed at the start of period `j`. */
  start(j: number): number;
}

/**
 * The clock of a convention for an asset placed in service in fiscal period
 * `inServiceIndex` (1…12) with a useful life of `lifeMonths`:
 * - full-month: period j covers months [j, j + 1];
 * - next-period: period 0 covers nothing, period j covers [j − 1, j];
 * - mid-month: period 0 covers [0, ½], period j covers [j − ½, j + ½];
 * - half-year: the periods left in the first fiscal year share its half year
 *   (min(6, life) months) evenly, so nothing is booked before the asset is in service;
 *   from the next fiscal year on, period j covers the months that follow mid-year.
 */
export function lifeClock(convention: DepreciationConvention, inServiceIndex: number, lifeMonths: number): LifeClock {
  const T = TICKS_PER_MONTH;
  let end: (j: number) => number;
  switch (convention) {
    case 'full-month':
      end = (j) => (j + 1) * T;
      break;
    case 'next-period':
      end = (j) => j * T;
      break;
    case 'mid-month':
      end = (j) => j * T + HALF_MONTH;
      break;
    case 'half-year': {
      const k = PERIODS_PER_YEAR - inServiceIndex + 1;
      const firstYear = Math.min(6, lifeMonths) * T;
      end = (j) => (j < k ? (firstYear / k) * (j + 1) : 6 * T + (j - k + 1) * T);
      break;
    }
  }
  return { end, start: (j) => (j === 0 ? 0 : end(j - 1)) };
}
