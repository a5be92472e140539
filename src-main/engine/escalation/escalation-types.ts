import type { IsoDate } from '../../../src-shared/calendar/iso-date';
import type { Money, RoundingMode } from '../../../src-shared/money';
import type { BillingFrequencyId } from '../../../src-shared/model/accounting';

export type BillingFrequency = BillingFrequencyId;

/** A price change on a date: a fixed amount added, or a percentage ("3" = 3 %, "-2" = −2 %). */
export type StepChange = { type: 'absolute'; amount: Money } | { type: 'percent'; percent: string };

/**
 * How the price of a contract changes over its term. Percentages are decimal strings of
 * percent ("4" = 4 %). Yearly increases happen on `firstIncrease` (default: start + 12
 * months) and every 12 months after it, and compound: each applies to the price before it.
 */
export type EscalationRule =
  | { kind: 'none' }
  | { kind: 'annual-percent'; percent: string; firstIncrease?: IsoDate }
  | { kind: 'steps'; steps: readonly { date: IsoDate; change: StepChange }[] }
  | {
      kind: 'index';
      /** Shown in explanations (default "CPI"). */
      indexName?: string;
      /** Index level per calendar year ("2026": "312.0"); assumed values for future years. */
      values: Readonly<Record<string, string>>;
      /**
       * An increase in calendar year Y uses the change of the index from year Y−lag−1 to
       * year Y−lag (default 1: the last full year published before the increase).
       */
      lagYears?: number;
      /** Largest yearly increase, percent (e.g. "5"); the index change is capped to it. */
      capPercent?: string;
      /** Smallest yearly increase, percent (e.g. "0" for no decrease, "1" for at least 1 %). */
      floorPercent?: string;
      firstIncrease?: IsoDate;
    };

export interface RenewalTerms {
  /** First day of the renewed term (default: the day after `end`). */
  renewalDate?: IsoDate;
  /** Notice must be given this many days before the renewal date… */
  noticeDays?: number;
  /** …or this many calendar months before it (give one of the two; neither = no notice needed). */
  noticeMonths?: number;
  /** Renews by itself for `renewalTermMonths` at a time unless notice is given. */
  autoRenew?: boolean;
  renewalTermMonths?: number;
}

/** A contract with a price per billing period, in its own currency. */
export interface ContractTerms {
  /** Names the contract in explanations and errors, e.g. "C-104". */
  id: string;
  /** Money string, contract currency: the price of one full billing period before escalation. */
  baseAmount: Money;
  billing: BillingFrequency;
  /** First day of service, inclusive. */
  start: IsoDate;
  /** Last day of service, inclusive. */
  end: IsoDate;
  escalation: EscalationRule;
  renewal?: RenewalTerms;
}

export interface EscalationOptions {
  /** Minor units of the contract currency (USD 2, JPY 0, BHD 3). */
  minorUnits: number;
  rounding?: RoundingMode;
  /**
   * Forecast horizon (inclusive ISO date): an auto-renewing contract continues through
   * renewal terms until one covers the horizon, with its escalation carrying on.
   */
  horizon?: IsoDate;
}

/** The price per full billing period from a date on, and why. */
export interface PriceChange {
  /** The first day the price applies from (billing periods starting on or after it). */
  effective: IsoDate;
  /** Money string, contract currency, rounded to its minor units. */
  price: Money;
  /** The price before, or null for the base price. */
  previous: Money | null;
  /** Percent applied after cap and floor (null for the base price or an absolute step). */
  appliedPercent: string | null;
  /** For an index rule: the index change in percent before cap and floor. */
  indexPercent?: string;
  /** "10,920.00 = 10,400.00 × (1 + 5% capped from CPI 6.1%)". */
  formula: string;
}

/** One invoice of a contract, billed on the first day of the service it pays for. */
export interface BillingEvent {
  /** Billing date = first day of service. */
  date: IsoDate;
  serviceStart: IsoDate;
  serviceEnd: IsoDate;
  /** Money string, contract currency, rounded: the price, prorated by days when the period is cut short. */
  amount: Money;
  /** The full-period price in force. */
  price: Money;
  serviceDays: number;
  fullPeriodDays: number;
  /** "2028-07: 10,920.00 = 10,400.00 × (1 + 5% capped from CPI 6.1%)". */
  explanation: string;
}

export interface EscalationSchedule {
  contractId: string;
  /** Last day of service covered, after auto-renewals up to the horizon. */
  end: IsoDate;
  prices: PriceChange[];
  events: BillingEvent[];
  /** Money string: the sum of all event amounts. */
  total: Money;
}
