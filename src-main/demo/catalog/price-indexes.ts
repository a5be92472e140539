/**
 * Consumer price indexes for CPI-linked contracts: published annual inflation (annual
 * average over annual average, percent, rounded to one decimal as published) up to 2024,
 * then a planner's assumption. Sources: US BLS CPI-U (1982–84 = 100), Eurostat HICP euro
 * area and ONS CPI (2015 = 100). Levels are rebuilt from the rounded rates, so they stay
 * within about 0.5 of the published levels and the year-on-year changes a contract applies
 * are within a hundredth of a percent of the published rates.
 */
export interface IndexHistory {
  name: string;
  /** Level in the first year of `rates`. */
  baseYear: number;
  baseLevel: number;
  /** Percent change per year after `baseYear`, from baseYear + 1. */
  rates: readonly number[];
  /** Assumed percent change per year after the last published one (last value repeats). */
  assumed: readonly number[];
  /** Decimals of the published level. */
  decimals: number;
}

export const LAST_PUBLISHED_YEAR = 2024;

export const INDEX_HISTORIES: Readonly<Record<'US' | 'EA' | 'UK', IndexHistory>> = {
  US: {
    name: 'US CPI-U',
    baseYear: 2015,
    baseLevel: 237.017,
    rates: [1.3, 2.1, 2.4, 1.8, 1.2, 4.7, 8.0, 4.1, 2.9],
    assumed: [2.8, 2.7, 2.6],
    decimals: 3,
  },
  EA: {
    name: 'Euro area HICP',
    baseYear: 2015,
    baseLevel: 100,
    rates: [0.2, 1.5, 1.8, 1.2, 0.3, 2.6, 8.4, 5.4, 2.4],
    assumed: [2.2, 2.6],
    decimals: 2,
  },
  UK: {
    name: 'UK CPI',
    baseYear: 2015,
    baseLevel: 100,
    rates: [0.7, 2.7, 2.5, 1.8, 0.9, 2.6, 9.1, 7.3, 2.5],
    assumed: [3.4, 2.9, 2.6],
    decimals: 2,
  },
};

/** Before the published series, inflation is taken as this flat percent a year. */
export const BACKFILL_RATE = 1.5;
