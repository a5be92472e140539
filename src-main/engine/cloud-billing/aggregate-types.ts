import { BILLING_GRAIN } from '../../../src-shared/ipc/billing-import-types';
import type { FocusMeasure } from './focus-columns';
import type { CommitmentKey } from './commitment-buckets';
import type { TagRules } from './tags';

/** The shapes of billing aggregation: its grain, options and results. */

/** Dimensions an aggregate can be keyed on (besides tag keys and currency, always kept). */
export const GRAIN_DIMENSIONS = BILLING_GRAIN;
export type GrainDimension = (typeof GRAIN_DIMENSIONS)[number];

export interface AggregateOptions {
  grain: readonly GrainDimension[];
  /** Canonical tag keys to aggregate on; a row without one is untagged (null) for it. */
  tagKeys?: readonly string[];
  tagRules?: TagRules;
  /** Currency of rows that have none (a file without BillingCurrency); otherwise an error. */
  defaultCurrency?: string;
  /** Currencies with exchange rates: a file may mix these. Without, a second currency is an error. */
  ratedCurrencies?: readonly string[];
  /**
   * Whether a second currency of the file has an exchange rate for a charge month
   * ('YYYY-MM'); when given it decides instead of `ratedCurrencies`.
   */
  hasRate?: (currency: string, month: string) => boolean;
  /** Also sum every row at the fixed commitment grain (see CommitmentAggregate). */
  commitments?: boolean;
  /** Most row errors kept (all are counted). */
  maxErrors?: number;
}

/** Sums of the measures the file carries (absent measures are missing, not zero). */
export type MeasureSums = Partial<Record<FocusMeasure, string>>;

export interface BillingAggregate {
  /** The grain's values (null where the file has none). */
  key: Partial<Record<GrainDimension, string | null>>;
  /** Selected tag key → canonical value, null = untagged. */
  tags: Record<string, string | null>;
  currency: string;
  sums: MeasureSums;
  rows: number;
}

/** A row the engine refused, naming its 1-based file row and the file's column. */
export interface BillingRowError {
  row: number;
  column: string;
  message: string;
}

/** Cost at the fixed commitment grain: for utilization, coverage and savings of commitments. */
export interface CommitmentAggregate {
  key: CommitmentKey;
  currency: string;
  sums: MeasureSums;
  rows: number;
}

export interface AggregateResult {
  aggregates: BillingAggregate[];
  /** Present when `commitments` was asked for. */
  commitments?: CommitmentAggregate[];
  /** Whole-file totals of accepted rows per currency. */
  totals: Record<string, { rows: number; sums: MeasureSums }>;
  measures: readonly FocusMeasure[];
  rows: number;
  errors: BillingRowError[];
  errorCount: number;
}
