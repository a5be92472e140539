import { addMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { FxRate } from '../engine/fx';
import { currencyScale } from './minor-units';
import type { Prng } from './prng';

/** Which currency of a pair is quoted first in the market (EUR/USD, GBP/USD, USD/INR, EUR/GBP). */
const QUOTE_ORDER = ['EUR', 'GBP', 'AUD', 'USD', 'CAD', 'CHF', 'SEK', 'JPY', 'INR', 'BHD'];

/**
 * How a currency's value in US dollars moves each month: `beta` × a shock shared by all
 * currencies (the dollar's own strength), plus its own shock of size `sd`, plus `drift`.
 * The shared shock keeps crosses such as EUR/GBP calmer than either against the dollar.
 */
const WALK: Record<string, { beta: number; sd: number; drift: number }> = {
  EUR: { beta: 1, sd: 0.007, drift: 0 },
  GBP: { beta: 0.9, sd: 0.008, drift: 0 },
  CHF: { beta: 1, sd: 0.008, drift: 0 },
  INR: { beta: 0.3, sd: 0.005, drift: -0.0025 },
  JPY: { beta: 0.8, sd: 0.016, drift: 0 },
  BHD: { beta: 0, sd: 0.0003, drift: 0 },
};
const DEFAULT_WALK = { beta: 0.8, sd: 0.012, drift: 0 };
/** Monthly size of the shared dollar shock. */
const DOLLAR_SD = 0.014;
/** Pull back towards the (drifting) centre each month, so rates stay near realistic levels. */
const REVERSION = 0.12;

export interface FxPlan {
  base: string;
  /** Every month needing rates, in order. */
  months: readonly MonthKey[];
  /** Fiscal year of a month. */
  fiscalYearOf: (m: MonthKey) => number;
  /** First month of a fiscal year. */
  fiscalYearStart: (fy: number) => MonthKey;
  /** The current month: actual rates exist for the months before it only. */
  asOfMonth: MonthKey;
}

function quotedFirst(a: string, b: string): boolean {
  const ia = QUOTE_ORDER.indexOf(a);
  const ib = QUOTE_ORDER.indexOf(b);
  if (ia < 0 && ib < 0) return a < b;
  return ib < 0 || (ia >= 0 && ia < ib);
}

/** US dollars per unit of a currency, from the demo's magnitude table (EUR ≈ 1.087, INR ≈ 0.012). */
function usdPerUnit(code: string): number {
  const { minor, perUsdCent } = currencyScale(code);
  return 10 ** minor / (perUsdCent * 100);
}

/**
 * Monthly budget and actual rates between `plan.base` and each currency in `currencies`,
 * one row per pair and month, the pair in market quotation order. Each currency's dollar
 * value follows a seeded random walk (see WALK: mean-reverting around today's level, the
 * rupee drifting weaker); a pair's rate is the ratio of the two values, so crosses agree.
 * - actual rate: the walk's value in the month, for months before `asOfMonth` only;
 * - budget rate: fixed per fiscal year at the value two months before the year starts
 *   (when the budget is set), or the latest month for a year budgeted now, rounded to 4
 *   decimals as a treasury would publish it.
 * Rates are decimal strings with 6 decimals. Floats shape the walk only.
 */
export function generateFxRates(rng: Prng, plan: FxPlan, currencies: Iterable<string>): FxRate[] {
  const foreign = [...new Set(currencies)].filter((c) => c !== plan.base).sort();
  if (foreign.length === 0 || plan.months.length === 0) return [];
  const lastKnown = addMonths(plan.asOfMonth, -1);
  const first = addMonths(plan.months[0]!, -3);
  const walks = new Map<string, Map<MonthKey, number>>();
  const state = [plan.base, ...foreign]
    .filter((code) => code !== 'USD')
    .map((code) => {
      const centre = usdPerUnit(code);
      const values = new Map<MonthKey, number>();
      walks.set(code, values);
      return { values, step: WALK[code] ?? DEFAULT_WALK, centre, v: centre * (1 + 0.02 * rng.gauss()) };
    });
  const dollar = new Map<MonthKey, number>();
  walks.set('USD', dollar);
  for (let m = first; m <= lastKnown; m = addMonths(m, 1)) {
    dollar.set(m, 1);
    const shared = DOLLAR_SD * rng.gauss();
    for (const c of state) {
      c.values.set(m, c.v);
      c.centre *= 1 + c.step.drift;
      const shock = c.step.drift + c.step.beta * shared + c.step.sd * rng.gauss();
      c.v = c.v * (1 + shock) + REVERSION * (c.centre - c.v);
    }
  }
  const at = (code: string, m: MonthKey): number => {
    const values = walks.get(code)!;
    return values.get(m < first ? first : m > lastKnown ? lastKnown : m)!;
  };

  const rows: FxRate[] = [];
  for (const code of foreign) {
    const [from, to] = quotedFirst(code, plan.base) ? [code, plan.base] : [plan.base, code];
    const rate = (m: MonthKey) => at(from, m) / at(to, m);
    const budget = new Map<number, string>();
    for (const period of plan.months) {
      const fy = plan.fiscalYearOf(period);
      let b = budget.get(fy);
      if (b === undefined) {
        const setOn = addMonths(plan.fiscalYearStart(fy), -2);
        b = `${rate(setOn < lastKnown ? setOn : lastKnown).toFixed(4)}00`;
        budget.set(fy, b);
      }
      const row: FxRate = { from, to, period, budgetRate: b };
      if (period < plan.asOfMonth) row.actualRate = rate(period).toFixed(6);
      rows.push(row);
    }
  }
  return rows;
}
