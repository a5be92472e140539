import { z } from 'zod';
import type { MonthKey } from '../calendar/fiscal';
import { FORECAST_METHOD_CHOICES, type ForecastMethodChoice } from '../model/forecast';
import type { Money } from '../money/money';
import { MAX_FORECAST_HORIZON } from './forecast-contract';
import { zId, zMonth } from './schemas';

/** One budget line a forecast is (or would be) posted into. Totals are over the posted months. */
export interface PostedLine {
  /** The line written (in the target scenario). */
  lineId: string;
  /** The source scenario's line whose forecast it receives (the same line when posting in place). */
  sourceLineId: string;
  /** "CC-100 · SVC-HOST · 6100 · DELL" */
  label: string;
  description: string;
  /** The line's currency: `oldTotal` and `newTotal` are in it. */
  currency: string;
  /** Money, line currency: what the line had in the posted months. */
  oldTotal: Money;
  /** Money, line currency: the forecast it gets (converted at each month's budget rate when not the base currency). */
  newTotal: Money;
  /** Money, base currency: the line's forecast before conversion (its share, when lines share one history). */
  forecastTotal: Money;
}

/** A line of the source scenario that gets nothing, and why. */
export interface SkippedLine {
  lineId: string;
  label: string;
  reason: string;
}

/** The result (or, with dryRun, the preview) of `posting/post-forecast`. */
export interface PostForecastResult {
  dryRun: boolean;
  /** The journal seq of the posting; null for a dry run or when nothing changed. */
  seq: number | null;
  sourceScenarioId: string;
  targetScenarioId: string;
  baseCurrency: string;
  requested: ForecastMethodChoice | 'stored';
  /** The months posted, ascending. */
  months: MonthKey[];
  lines: PostedLine[];
  skipped: SkippedLine[];
  /** Money, base currency: sum of `forecastTotal` over the posted lines. */
  forecastTotal: Money;
}

/** The forecast-posting channel, spread into the one request map in contract.ts. */
export const postForecastContract = {
  /**
   * Post each line's forecast mean (`forecast/scenario` by line of `sourceScenarioId`, in
   * the base currency) into the budget amounts of `months` (default: the forecast months
   * in fiscal years the workbook has periods for) of the same line, or with
   * `targetScenarioId` of the target line on the same dimensions, currency, expense type
   * and description. Replaces those months' amounts in one undoable command and records
   * each line's source (kind 'forecast', ref 'line:<source line id>', detail: the method).
   * A line in another currency gets each month converted at that month's budget rate,
   * rounded to its minor units; a missing rate refuses the whole posting ('validation',
   * naming the line and month). Lines on the same cost center, service, account and vendor
   * share one history and one forecast: each month is split between them in proportion to
   * their budget in its fiscal year (all to the first when none has any), exact to the
   * cent, so it is posted once. Lines without a forecast or without a target are skipped
   * and listed. `dryRun` writes nothing and returns the same preview. Reports progress and
   * stops with 'cancelled' (nothing written) when cancelled.
   */
  'posting/post-forecast': {
    input: z.object({
      sourceScenarioId: zId,
      targetScenarioId: zId.optional(),
      horizon: z.number().int().min(1).max(MAX_FORECAST_HORIZON),
      /** Omitted: each line's stored method (as forecast/scenario). */
      method: z.enum(FORECAST_METHOD_CHOICES).optional(),
      months: z.array(zMonth).min(1).max(MAX_FORECAST_HORIZON).optional(),
      dryRun: z.boolean().default(false),
    }),
    output: null as unknown as PostForecastResult,
  },
} as const;
