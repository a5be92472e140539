import type { Money } from '../money';
import type { AlternativeKind, DemandKey } from './tco';

/**
 * Cost categories. The cash view holds everything paid (hardware when bought); the P&L
 * view holds the same lines with `hardware` replaced by `depreciation` and `write-off`.
 */
export type TcoCategory =
  | 'hardware'
  | 'depreciation'
  | 'write-off'
  | 'maintenance'
  | 'power'
  | 'space'
  | 'colocation'
  | 'network'
  | 'remote-hands'
  | 'licences'
  | 'staff'
  | 'cloud-compute'
  | 'cloud-storage'
  | 'egress'
  | 'subscription'
  | 'migration'
  | 'other';

/** Categories in display order. */
export const TCO_CATEGORIES: readonly TcoCategory[] = [
  'hardware',
  'depreciation',
  'write-off',
  'maintenance',
  'power',
  'space',
  'colocation',
  'network',
  'remote-hands',
  'licences',
  'staff',
  'cloud-compute',
  'cloud-storage',
  'egress',
  'subscription',
  'migration',
  'other',
];

/** Categories only the cash view has, and only the P&L view has. */
export const CASH_ONLY: ReadonlySet<TcoCategory> = new Set(['hardware']);
export const PNL_ONLY: ReadonlySet<TcoCategory> = new Set(['depreciation', 'write-off']);

export type TcoView = 'cash' | 'pnl';

/** One view of an alternative, month by month. Money strings, model currency, per month. */
export interface ViewLines {
  /** Posted amount per model month (index 0 = month 1), by category; categories in display order. */
  byCategory: Partial<Record<TcoCategory, Money[]>>;
  /** Σ categories per month, exact. */
  total: Money[];
  /** Running sum of `total`, exact. */
  cumulative: Money[];
}

/** One model year of one view. Money strings, model currency, per year. */
export interface YearTotals {
  byCategory: Partial<Record<TcoCategory, Money>>;
  total: Money;
  /** Σ totals of years 1 … this one. */
  cumulative: Money;
  /**
   * Total ÷ the year's demand level, per driver the model has (a fully loaded cost per
   * VM, per TB, per user; each is a view of the whole cost, not an allocation), rounded
   * half up to minor units; null when the level is 0.
   */
  perUnit: Partial<Record<DemandKey, Money | null>>;
}

export interface YearRow {
  /** Model year 1 … years. */
  year: number;
  /** "YYYY-MM" of its first month. */
  firstMonth: string;
  cash: YearTotals;
  pnl: YearTotals;
}

export interface AlternativeResult {
  id: string;
  name: string;
  kind: AlternativeKind;
  cash: ViewLines;
  pnl: ViewLines;
  years: YearRow[];
  /** Money: Σ cash over the horizon. */
  totalCash: Money;
  /** Money: Σ P&L over the horizon. */
  totalPnl: Money;
  /**
   * Money: net present value of the monthly cash costs at the model's discount rate
   * (month m discounted by (1 + r)^(m/12)), summed exactly and rounded half up once.
   */
  npv: Money;
  /** Money: net book value of hardware in service before month 1 (at the end of month 0). */
  nbvAtStart: Money;
  /** Money: net book value of hardware at the end of the horizon. totalCash − totalPnl = nbvAtHorizon − nbvAtStart. */
  nbvAtHorizon: Money;
  /** SaaS: the model month the legacy system is decommissioned in (its write-off month). */
  decommissionMonth?: number;
  /** SaaS: the register assets retired in the decommissioning month, in the order given. */
  decommissionedAssets?: DecommissionedAssetResult[];
}

/** A register asset retired by a SaaS alternative. Money strings, model currency. */
export interface DecommissionedAssetResult {
  assetId: string;
  code: string;
  name: string;
  /** Net book value at the end of month 0 (before the model starts). */
  nbvAtStart: Money;
  /** Depreciation posted in model months 1 … the decommissioning month. */
  depreciation: Money;
  /** Net book value written off in the decommissioning month. */
  writeOff: Money;
  /** Maintenance paid in model months 1 … the decommissioning month. */
  maintenance: Money;
}

/**
 * When `cheaper` becomes and stays cheaper than `than` on cumulative cash cost: the first
 * model month from which cumulative cash of `cheaper` is below that of `than` in every
 * month to the horizon, or null when it never is at the horizon.
 */
export interface BreakEven {
  cheaper: string;
  than: string;
  /** Model month 1 … years × 12, or null. */
  month: number | null;
  /** "YYYY-MM" of `month`, or null. */
  monthLabel: string | null;
}

export interface TcoResult {
  currency: string;
  minorUnits: number;
  /** "YYYY-MM" of every model month, in order. */
  months: string[];
  /** Demand level per model year, per driver (decimal strings, exact). */
  demand: Partial<Record<DemandKey, string[]>>;
  alternatives: AlternativeResult[];
  /** Every ordered pair of different alternatives. */
  breakEven: BreakEven[];
}

/** What the tornado measures: one alternative's NPV, or NPV(other) − NPV(base). */
export type TornadoMetric =
  { kind: 'npv'; alternative: string } | { kind: 'npv-difference'; base: string; other: string };

/** One bar of the tornado. Input values are decimal strings; results are Money, model currency. */
export interface TornadoEntry {
  /** Where the input is: "alternatives[2].compute.pricePerVmMonth", "demand.vms.growthPercent". */
  path: string;
  /** For people: "cloud: compute.pricePerVmMonth", "demand: vms.growthPercent". */
  label: string;
  base: string;
  low: string;
  high: string;
  /** The metric with the input at `low` and at `high`. */
  lowResult: Money;
  highResult: Money;
  /** |highResult − lowResult|. */
  swing: Money;
}

export interface TornadoResult {
  /** Money: the metric with every input as given. */
  baseResult: Money;
  entries: TornadoEntry[];
  /** Inputs that could not be moved (the moved value is invalid, e.g. a coverage above 100 %). */
  skipped: { path: string; message: string }[];
}

/** Categories a budget posts as CapEx: hardware bought, and its depreciation and write-offs. */
export const CAPEX_CATEGORIES: ReadonlySet<TcoCategory> = new Set(['hardware', 'depreciation', 'write-off']);
