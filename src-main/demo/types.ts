import type { DemoAllocation } from './allocation';
import type { SyntheticFocusRow } from './cloud-billing';
import type { DemoRates } from './rates';
import type {
  Account,
  Actual,
  BudgetLine,
  CostCenter,
  Department,
  ExpenseType,
  Scenario,
  Service,
  Vendor,
  WorkbookSettings,
} from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { CostItem } from '../engine/accrual';
import type { AssetClass, CapitalizationPolicy } from '../engine/capitalization';
import type { DepreciableAsset } from '../engine/depreciation';
import type { ContractTerms } from '../engine/escalation';
import type { FxRate } from '../engine/fx';
import type { TcoModel } from '../engine/tco';
import type { DemoDrivers } from './drivers';

/** Services in generated data name their TBM tower and cost pool by code (TW-…, CP-…). */
export type DemoService = Omit<Service, 'towerId' | 'costPoolId'> & { towerCode: string; costPoolCode: string };

/** Links of an accounting row to the generated dimensions (ids of rows in the same DemoData). */
export interface DemoDimensionLinks {
  costCenterId: string;
  serviceId: string;
  /** A CapEx (17xx) account for capitalised assets, an OpEx (6xxx) account otherwise. */
  accountId: string;
  vendorId: string | null;
}

/**
 * A fixed asset (or a purchase that fell below the threshold), usable as is by
 * `depreciationSchedule`. Amounts are Money strings in the base currency, which is also
 * the currency the capitalization threshold is compared in. `id` is the row id (UUID);
 * `code` is the asset tag people use ("FA-10042").
 *
 * OpEx rows (below the threshold) are expensed when bought; their depreciation fields hold
 * the class defaults so every row has the same shape, and they carry no events.
 * `unitsByPeriod` keys (units of production) are fiscal period keys of the workbook's
 * calendar-month calendar ("FY2027-P03"), covering the whole life (planned usage after asOf).
 */
export interface DemoAsset extends DepreciableAsset, DemoDimensionLinks {
  code: string;
  name: string;
  currency: string;
  assetClass: AssetClass;
  /** Whole units bought together (a laptop fleet, a rack of switches), ≥ 1. */
  quantity: number;
  /** Money, base currency: the price of one unit; `cost` = unitCost × quantity. */
  unitCost: Money;
  /** From `classify(…, capitalizationPolicy)`. */
  expenseType: ExpenseType;
  /** The rule that decided: "CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line". */
  capitalizationRule: string;
  /** What `totalUnits`/`unitsByPeriod` count, for units of production ("GPU hours"). */
  unitsLabel?: string;
}

export type DemoContractKind =
  'saas' | 'support' | 'maintenance' | 'colocation' | 'telecom' | 'managed-service' | 'term-licence';

/**
 * A supplier contract, usable as is by `escalateContract` / `noticeStatus` (which name it by
 * `id`; pass `{ ...c, id: c.code }` for explanations that read "CTR-1004"). Amounts are
 * Money strings in `currency`; `baseAmount` is the price of one billing period.
 */
export interface DemoContract extends ContractTerms, DemoDimensionLinks {
  code: string;
  name: string;
  kind: DemoContractKind;
  /** ISO 4217; foreign-currency contracts convert with `fxRates`. */
  currency: string;
  minorUnits: number;
  /** Always OpEx: services, subscriptions and prepaid term licences are expensed. */
  expenseType: ExpenseType;
  /** "net 30", "net 45", "net 60" or "EOM + 30" (parsePaymentTerms reads them). */
  paymentTerms: string;
  /** Invoiced on the first day of each billing period, or the day after it ends. */
  invoiceTiming: 'advance' | 'arrears';
  /**
   * The whole original term is invoiced once on `start` and amortized over it (a multi-year
   * licence paid up front); `escalation` is then `none` and `baseAmount` the yearly price.
   */
  prepaid: boolean;
}

/** A price index with assumed future values, shared (same object) by the contracts that use it. */
export interface DemoPriceIndex {
  /** = `indexName` of the escalation rules that use it: "US CPI-U", "Euro area HICP", "UK CPI". */
  name: string;
  /** Annual average index level per calendar year ("2026": "331.912"); years after `lastPublished` are assumptions. */
  values: Record<string, string>;
  lastPublished: number;
}

/** An invoice of a contract, usable as is by the accrual engine (`scheduleItem`, `buildViews`). */
export interface DemoCostItem extends CostItem {
  /** DemoContract.id. */
  contractId: string;
  /** Supplier invoice number. */
  reference: string;
}

/** Plain data for a whole workbook, as the generator makes it; written in one command. */
export interface DemoData {
  settings: WorkbookSettings;
  departments: Department[];
  costCenters: CostCenter[];
  services: DemoService[];
  accounts: Account[];
  vendors: Vendor[];
  scenarios: Scenario[];
  budgetLines: (BudgetLine & { amounts: Record<MonthKey, Money> })[];
  actuals: Actual[];
  /** The policy `assets` were classified with (thresholds in the base currency). */
  capitalizationPolicy?: CapitalizationPolicy;
  assets?: DemoAsset[];
  contracts?: DemoContract[];
  priceIndexes?: DemoPriceIndex[];
  /** Invoices of some contracts, from the start of the actuals history to the end of the budget years. */
  costItems?: DemoCostItem[];
  /**
   * Monthly rates ("YYYY-MM" periods) between the base currency and every other currency
   * used, one row per pair and month, in market quotation order (EUR/USD: 1 EUR = 1.08 USD;
   * USD/INR: 1 USD = 83 INR), so `from` or `to` is the base currency. Budget rate fixed per
   * fiscal year; actual rate for months before asOf's month only.
   */
  fxRates?: FxRate[];
  /** Saved TCO comparisons, amounts in the base currency (they need no FX rates). */
  tcoModels?: DemoTcoModel[];
  /** Drivers, their history, growth assumptions and driver-based line models (see generateDrivers). */
  drivers?: DemoDrivers;
  /** With the `chargeback` option: a cloud bill of the three months before asOf's month (FOCUS rows). */
  cloudBill?: DemoCloudBill;
  /** With the `chargeback` option: allocation driver tables and rules. */
  allocation?: DemoAllocation;
  /** With the `chargeback` option: the service catalogue, volumes and a published rate card. */
  rates?: DemoRates;
}

/** A synthetic FOCUS bill, imported at creation as if by `outlay import-billing`. */
export interface DemoCloudBill {
  fileName: string;
  rows: SyntheticFocusRow[];
  /** Tag keys the workbook aggregates on. */
  tagKeys: string[];
}

/** A TCO model as the demo saves it. */
export interface DemoTcoModel {
  id: string;
  name: string;
  description: string;
  model: TcoModel;
}

export interface DemoOptions {
  seed: number;
  /** Budget lines per scenario and fiscal year (default ~600). */
  lines?: number;
  currency?: string;
  fyStartMonth?: number;
  /** "Today" for the generator: budgets for the fiscal year containing it and the next; 36 months of actuals before it. */
  asOf: string;
  userName?: string;
  name?: string;
  /** Add a what-if scenario copied from the baseline (default true); it doubles the line count. */
  whatIf?: boolean;
  /** Share of lines billed in a vendor's home currency rather than the base currency (default 0.03). */
  foreignShare?: number;
  /** Fixed assets to generate (default 200). */
  assets?: number;
  /** Supplier contracts to generate (default 60). */
  contracts?: number;
  /**
   * Add the cloud and chargeback demo (default false): a cloud bill, allocation rules and
   * drivers, and a rate design. `outlay new --demo` and the app's demo workbook turn it on.
   */
  chargeback?: boolean;
}
