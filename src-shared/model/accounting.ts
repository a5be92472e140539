import type { FiscalCalendarSpec } from '../calendar/calendar-types';
import type { Money, RoundingMode } from '../money';
import type { ExpenseType, Id } from './entities';

/**
 * Accounting entities as they cross the contract. The value lists are defined here, where
 * the renderer can read them, and the engine (src-main/engine) takes its lists from them.
 */
export const ASSET_CLASS_IDS = [
  'server',
  'storage',
  'network',
  'end-user-device',
  'perpetual-licence',
  'internal-software',
  'cloud-saas',
] as const;
export type AssetClassId = (typeof ASSET_CLASS_IDS)[number];

export const DEPRECIATION_METHOD_IDS = [
  'straight-line',
  'declining-balance',
  'double-declining-balance',
  'sum-of-the-years-digits',
  'units-of-production',
] as const;
export type DepreciationMethodId = (typeof DEPRECIATION_METHOD_IDS)[number];

export const DEPRECIATION_CONVENTION_IDS = ['full-month', 'mid-month', 'half-year', 'next-period'] as const;
export type DepreciationConventionId = (typeof DEPRECIATION_CONVENTION_IDS)[number];

export const ACCRUAL_POLICY_IDS = ['by-days', 'even-by-period'] as const;
export type AccrualPolicyId = (typeof ACCRUAL_POLICY_IDS)[number];

export const ROUNDING_MODE_IDS = ['HALF_UP', 'HALF_EVEN'] as const;

export const BILLING_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type BillingFrequencyId = (typeof BILLING_FREQUENCIES)[number];

/**
 * The accounting settings of a workbook. A calendar-months calendar always starts in the
 * workbook's fiscal-year start month; fiscal years are named after the year they end in
 * (FY2027), as the budget grid names them.
 */
export interface AccountingSettings {
  calendar: FiscalCalendarSpec;
  /** How posted and converted amounts are rounded to minor units. */
  roundingMode: RoundingMode;
  /** How the accrual view spreads a cost over its service period. */
  accrualPolicy: AccrualPolicyId;
}

/** The capitalization rule of one asset class; `isDefault` when the workbook has not changed it. */
export interface CapitalizationPolicyEntry {
  assetClass: AssetClassId;
  label: string;
  treatment: 'threshold' | 'always-opex';
  /** Money, base currency. */
  threshold: Money;
  thresholdBasis: 'per-item' | 'per-bundle';
  usefulLifeMonths: number;
  method: DepreciationMethodId;
  convention: DepreciationConventionId;
  decliningBalancePercent: number | null;
  isDefault: boolean;
}

/** Links of an accounting item to the budget dimensions (all optional). */
export interface DimensionLinks {
  costCenterId: Id | null;
  serviceId: Id | null;
  accountId: Id | null;
  vendorId: Id | null;
}

export type AssetEventKind = 'disposal' | 'impairment' | 'life-change';

/** A disposal, impairment or change of estimate of an asset (see the depreciation engine). */
export interface AssetEventRecord {
  id: Id;
  assetId: Id;
  kind: AssetEventKind;
  /** ISO date. */
  date: string;
  /** Impairment loss, Money in the asset currency. */
  amount: Money | null;
  usefulLifeMonths: number | null;
  remainingLifeMonths: number | null;
  /** Revised salvage (life change), Money in the asset currency. */
  salvage: Money | null;
  note: string;
}

export interface Asset extends DimensionLinks {
  id: Id;
  code: string;
  name: string;
  description: string;
  assetClass: AssetClassId;
  /** Decided by the capitalization policy when saved. */
  expenseType: ExpenseType;
  /** The rule that decided it: "CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line". */
  classificationRule: string;
  /** Money, asset currency: the whole cost of the record (all `quantity` units). */
  cost: Money;
  salvage: Money;
  currency: string;
  quantity: number;
  /** Money, asset currency: the order the asset was bought in (per-bundle thresholds); null = the cost. */
  bundleTotal: Money | null;
  inServiceDate: string;
  usefulLifeMonths: number;
  method: DepreciationMethodId;
  convention: DepreciationConventionId;
  decliningBalancePercent: number | null;
  /** Units of production: expected units over the life, and units used per fiscal period key. */
  totalUnits: number | null;
  unitsByPeriod: Record<string, number>;
  /** What the units count ("GPU hours"); '' when not units of production. */
  unitsLabel: string;
  events: AssetEventRecord[];
}

/** One fiscal period of an asset's schedule; Money strings in the asset currency. */
export interface AssetScheduleRow {
  period: string;
  fiscalYear: number;
  index: number;
  start: string;
  end: string;
  expense: Money;
  writeOff: Money;
  accumulated: Money;
  netBookValue: Money;
  events: AssetEventKind[];
}

export interface AssetSchedule {
  assetId: Id;
  code: string;
  name: string;
  currency: string;
  expenseType: ExpenseType;
  classificationRule: string;
  cost: Money;
  salvage: Money;
  depreciableBase: Money;
  totalExpense: Money;
  totalWriteOff: Money;
  /** 'expensed': classified OpEx, the whole cost in the in-service period. */
  status: 'fully-depreciated' | 'disposed' | 'in-service' | 'expensed';
  rows: AssetScheduleRow[];
}

/** Where an asset stands at the end of a fiscal year, from its schedule (asset currency). */
export interface AssetPosition {
  assetId: Id;
  /** 'planned': not yet in service at the year's end. */
  status: AssetSchedule['status'] | 'planned';
  /** Money: depreciation (or, for OpEx, the expensed cost) and write-offs within the year. */
  expenseInYear: Money;
  writeOffInYear: Money;
  /** Money at the year's end; null while planned. */
  accumulatedAtYearEnd: Money | null;
  netBookValueAtYearEnd: Money | null;
}

export type StepChangeSpec = { type: 'absolute'; amount: Money } | { type: 'percent'; percent: string };

/** How a contract's price changes; percentages are decimal strings of percent ("4" = 4 %). */
export type EscalationRuleSpec =
  | { kind: 'none' }
  | { kind: 'annual-percent'; percent: string; firstIncrease?: string }
  | { kind: 'steps'; steps: { date: string; change: StepChangeSpec }[] }
  | {
      kind: 'index';
      indexName?: string;
      values: Record<string, string>;
      lagYears?: number;
      capPercent?: string;
      floorPercent?: string;
      firstIncrease?: string;
    };

export interface RenewalSpec {
  renewalDate?: string;
  noticeDays?: number;
  noticeMonths?: number;
  autoRenew?: boolean;
  renewalTermMonths?: number;
}

export interface Contract extends DimensionLinks {
  id: Id;
  code: string;
  name: string;
  description: string;
  currency: string;
  expenseType: ExpenseType;
  /** Money, contract currency: the price of one full billing period before escalation. */
  baseAmount: Money;
  billing: BillingFrequencyId;
  start: string;
  end: string;
  escalation: EscalationRuleSpec;
  renewal: RenewalSpec | null;
  /** "net 30", "due on receipt", "end of month + 30"… */
  paymentTerms: string;
  /** Invoiced on the first day of each billing period, or the day after it ends. */
  invoiceTiming: 'advance' | 'arrears';
  /** The whole term is paid up front (on its first day, plus payment terms). */
  prepaid: boolean;
}

export interface NoticeInfo {
  renewalDate: string;
  noticeDeadline: string;
  daysLeft: number;
  status: 'open' | 'due-soon' | 'passed';
  explanation: string;
}

export interface ContractListItem extends Contract {
  /** Where the next renewal stands today (warning 90 days ahead); null without renewal terms. */
  notice: NoticeInfo | null;
}

export interface ContractBillingEvent {
  date: string;
  serviceStart: string;
  serviceEnd: string;
  /** Money, contract currency. */
  amount: Money;
  price: Money;
  serviceDays: number;
  fullPeriodDays: number;
  explanation: string;
}

export interface ContractPeriodAmounts {
  period: string;
  fiscalYear: number;
  index: number;
  start: string;
  end: string;
  /** Money, contract currency: expense recognised in the period. */
  accrual: Money;
  /** Money, contract currency: paid in the period. */
  cash: Money;
  /** Money, contract currency: paid to date − expensed to date (> 0 prepaid, < 0 accrued). */
  prepaidBalance: Money;
}

export interface ContractSchedule {
  contractId: Id;
  code: string;
  currency: string;
  /** Last day of service covered (after auto-renewals up to the horizon). */
  end: string;
  prices: { effective: string; price: Money; previous: Money | null; formula: string }[];
  events: ContractBillingEvent[];
  /** Payments: one per billing event, or one per term when prepaid. */
  payments: { date: string; amount: Money }[];
  notice: NoticeInfo | null;
  periods: ContractPeriodAmounts[];
  /** Money: Σ event amounts = Σ accrual = Σ cash over the periods. */
  total: Money;
}

/** A single invoice or purchase with its service period (accrual) and payment (cash). */
export interface CostItemRecord extends DimensionLinks {
  id: Id;
  description: string;
  reference: string;
  /** Money, item currency; negative for a credit note. */
  amount: Money;
  currency: string;
  expenseType: ExpenseType;
  invoiceDate: string;
  /** The payment date, or null when `paymentTerms` decide it. */
  paymentDate: string | null;
  paymentTerms: string | null;
  serviceStart: string;
  serviceEnd: string;
  /**
   * The contract this is an invoice of, or null. The accounting summary counts a contract
   * by its schedule, so it leaves such invoices out rather than count them twice.
   */
  contractId: Id | null;
}

/** One FX rate row: 1 `from` = `budgetRate` `to` in month `period`. Rates are decimal strings. */
export interface FxRateRecord {
  from: string;
  to: string;
  /** "YYYY-MM". */
  period: string;
  budgetRate: string;
  actualRate: string | null;
}
