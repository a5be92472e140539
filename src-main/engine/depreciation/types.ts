import type { Money, RoundingMode } from '../../../src-shared/money';
import {
  DEPRECIATION_CONVENTION_IDS,
  DEPRECIATION_METHOD_IDS,
  type DepreciationConventionId,
  type DepreciationMethodId,
} from '../../../src-shared/model/accounting';

/**
 * - `straight-line`: the depreciable base evenly over the useful life.
 * - `declining-balance`: `decliningBalancePercent` % of the straight-line rate applied to
 *   the book value (cost, not cost − salvage) at the start of each depreciation year.
 * - `double-declining-balance`: declining balance at 200 %.
 * - `sum-of-the-years-digits`: life year y gets (years left at its start) / (sum of the years'
 *   digits) of the base, spread evenly over the year's periods.
 * - `units-of-production`: base × units used in the period / `totalUnits`.
 */
export type DepreciationMethod = DepreciationMethodId;

/** The contract's list (src-shared), so the two can never differ. */
export const DEPRECIATION_METHODS: readonly DepreciationMethod[] = DEPRECIATION_METHOD_IDS;

/**
 * When depreciation starts and ends, in fiscal periods (each period counts as one month
 * of life, whether it is a calendar month or a 4- or 5-week retail period):
 * - `full-month`: a full period in the period that holds the in-service date;
 * - `mid-month`: half a period in the in-service period and half in the last period
 *   (and half in a disposal period), as IRS Pub 946 applies it to real property;
 * - `half-year`: half a year's depreciation in the first fiscal year whatever the
 *   in-service date, and the rest of life from mid-year on, so the last fiscal year gets
 *   the other half (IRS Pub 946 half-year convention);
 * - `next-period`: depreciation starts in the period after the in-service period.
 * Units of production ignores the convention: usage counts from the in-service period.
 */
export type DepreciationConvention = DepreciationConventionId;

export const DEPRECIATION_CONVENTIONS: readonly DepreciationConvention[] = DEPRECIATION_CONVENTION_IDS;

/** The asset leaves the books: the remaining net book value (salvage included) is written off. */
export interface DisposalEvent {
  kind: 'disposal';
  /** ISO date; the period holding it is the last row of the schedule. */
  date: string;
}

/** An impairment loss, written off after the period's depreciation; no reversals. */
export interface ImpairmentEvent {
  kind: 'impairment';
  date: string;
  /** Money string, asset currency, positive, at most net book value − salvage. */
  amount: Money;
}

/**
 * A change in estimate, applied prospectively from the period holding `date`: the net
 * book value at the start of that period less the (new) salvage is depreciated evenly
 * over the rest of the new life. Give exactly one of `usefulLifeMonths` (new total life,
 * counted from the in-service date) or `remainingLifeMonths` (counted from that period).
 */
export interface LifeChangeEvent {
  kind: 'life-change';
  date: string;
  usefulLifeMonths?: number;
  remainingLifeMonths?: number;
  /** Money string, a revised salvage value; unchanged when absent. */
  salvage?: Money;
}

export type AssetEvent = DisposalEvent | ImpairmentEvent | LifeChangeEvent;

/** An asset as the depreciation engine needs it. Amounts are Money strings in `currency`. */
export interface DepreciableAsset {
  id: string;
  name?: string;
  /** Money string, ≥ 0, at most `minorUnits` decimals. */
  cost: Money;
  /** Money string, 0 … cost. */
  salvage: Money;
  /** ISO 4217 code, for messages only; amounts are held in this currency. */
  currency?: string;
  /** Decimals of the currency (USD 2, JPY 0, BHD 3), 0 … 6. */
  minorUnits: number;
  /** ISO date. */
  inServiceDate: string;
  /** Whole months (= fiscal periods), ≥ 1. */
  usefulLifeMonths: number;
  method: DepreciationMethod;
  convention: DepreciationConvention;
  /** `declining-balance`: percent of the straight-line rate, e.g. 150; default 150. */
  decliningBalancePercent?: number;
  /**
   * Declining-balance methods: switch to straight line on the remaining base when that
   * gives more (default true). Without the switch the last year takes whatever is left.
   */
  switchToStraightLine?: boolean;
  /** `units-of-production`: expected units over the life (hours, pages, km), > 0. */
  totalUnits?: number;
  /** `units-of-production`: units used, by fiscal period key; missing periods used none. */
  unitsByPeriod?: Readonly<Record<string, number>>;
  events?: readonly AssetEvent[];
}

export interface DepreciationOptions {
  /** How posted amounts are rounded to minor units; default HALF_UP. */
  rounding?: RoundingMode;
}

/** One fiscal period of a schedule. Money strings in the asset currency. */
export interface DepreciationRow {
  /** FiscalPeriodSpan.key, e.g. "FY2027-P03". */
  period: string;
  fiscalYear: number;
  /** 1-based period inside the fiscal year. */
  index: number;
  /** Depreciation expense of the period, ≥ 0. */
  expense: Money;
  /** Impairment loss or, on disposal, the net book value derecognised; "0" otherwise. */
  writeOff: Money;
  /** Accumulated depreciation at period end (expense only, write-offs not included). */
  accumulated: Money;
  /** cost − accumulated − write-offs to date; 0 after a disposal. */
  netBookValue: Money;
  /** Events that took effect in this period. */
  events?: AssetEvent['kind'][];
}

export type ScheduleStatus =
  /** Net book value has reached salvage. */
  | 'fully-depreciated'
  /** A disposal ended the schedule. */
  | 'disposed'
  /** The periods ran out first: the rest of the life lies beyond them. */
  | 'in-service';

export interface DepreciationSchedule {
  assetId: string;
  minorUnits: number;
  /** Money: cost − salvage (the original estimate). */
  depreciableBase: Money;
  /** Money: sum of `expense` over the rows. */
  totalExpense: Money;
  /** Money: sum of `writeOff` over the rows. */
  totalWriteOff: Money;
  status: ScheduleStatus;
  /** From the in-service period to the end of life, the disposal, or the last period given. */
  rows: DepreciationRow[];
}
