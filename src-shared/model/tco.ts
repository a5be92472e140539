import type { Money } from '../money';

/**
 * Inputs of a total-cost-of-ownership model. Every amount and rate is a decimal string
 * (never a JS number); whole counts of months and years are numbers.
 *
 * Time: the model runs month by month from `startMonth` for `years` × 12 months. Model
 * month 1 is `startMonth`; model year y holds months 12(y − 1) + 1 … 12y. Demand is a level
 * per model year (it steps at the start of each model year) and annual percentages
 * (growth, escalation, price changes) compound once per model year.
 */

/** The demand drivers a model can carry. */
export type DemandKey = 'vms' | 'storageTb' | 'users';

export const DEMAND_KEYS: readonly DemandKey[] = ['vms', 'storageTb', 'users'];

/** One demand driver: a level in year 1 that grows by a percentage per year. */
export interface DemandDriver {
  /** Decimal string, units (VMs, TB, users) in model year 1, ≥ 0. */
  start: string;
  /** Decimal string, percent per year ("10" = +10 %), above −100. */
  growthPercent: string;
  /**
   * Levels that replace the computed one in some model years (key 1…years); later years
   * grow from the override.
   */
  overrides?: Readonly<Record<number, string>>;
}

/**
 * An amount in the model currency (a plain Money string) or in another currency, converted
 * at the rate of the month the amount is used in (see RateLookup).
 */
export type MoneyInput = Money | { amount: Money; currency: string };

/**
 * Model-currency units per 1 unit of `currency` in calendar month `month` ("YYYY-MM"),
 * as a positive decimal string, or null/undefined when the table has none.
 */
export type RateLookup = (currency: string, month: string) => string | null | undefined;

/** Depreciation methods TCO hardware can use (time-based; units of production is not). */
export type TcoDepreciationMethod =
  'straight-line' | 'declining-balance' | 'double-declining-balance' | 'sum-of-the-years-digits';

/** Units of hardware already in service when the model starts (bought before month 1). */
export interface InstalledHardware {
  /** Whole units in service at month 1. */
  units: number;
  /** Money per unit as originally paid (converted at month 1's rate). */
  unitCost: MoneyInput;
  /** Whole months in service before month 1, 1 … refreshYears × 12 − 1 (1 = bought the month before). */
  ageMonths: number;
}

/**
 * A class of hardware sized by a demand driver: enough whole units are kept in service to
 * cover the driver (units = ⌈demand ÷ capacityPerUnit⌉). More units are bought at the start
 * of a model year when demand needs them; each purchase (a cohort) is replaced by new units
 * `refreshYears` after it was bought, and the old units leave the books in the month before
 * (remaining net book value written off when depreciation runs longer than the refresh).
 */
export interface HardwareItem {
  name: string;
  driver: DemandKey;
  /** Decimal string, driver units one hardware unit serves (VMs per server, TB per shelf), > 0. */
  capacityPerUnit: string;
  /** Money per hardware unit, paid in the month it is bought. */
  unitCost: MoneyInput;
  /** Decimal string, percent per model year the purchase price changes by (default 0). */
  unitCostChangePercent?: string;
  /** Whole years between purchase and replacement, 1 … 15. */
  refreshYears: number;
  /** Whole years of depreciation (useful life), 1 … 15; full-month convention, no salvage. */
  depreciationYears: number;
  /** Default straight-line. */
  method?: TcoDepreciationMethod;
  /** Decimal string, percent of the purchase price of units in service, per year. */
  maintenancePercent: string;
  /** Decimal string, kW of IT load per unit. */
  kwPerUnit: string;
  /** Decimal string, units that fit in one rack, > 0. */
  unitsPerRack: string;
  installed?: InstalledHardware;
}

/** A cost that recurs every month, fixed or per demand unit. */
export interface RecurringCost {
  name: string;
  category: 'licences' | 'staff' | 'other';
  /** Money per month (per unit of `per` when given). */
  monthly: MoneyInput;
  per?: DemandKey;
  /** Decimal string, percent per model year, compounding from year 2 (default 0). */
  escalationPercent?: string;
  /** First and last model month the cost runs in (default: the whole horizon). */
  fromMonth?: number;
  toMonth?: number;
}

/** People: full-time equivalents at a yearly loaded cost (salary, benefits, overhead). */
export interface StaffCost {
  name: string;
  /** Decimal string, FTE, ≥ 0. */
  fte: string;
  /** Money per FTE per year; posted as one twelfth a month. */
  loadedCostPerYear: MoneyInput;
  /** Decimal string, percent per model year (pay rises), compounding from year 2. */
  escalationPercent?: string;
  /** First and last model month the team is paid in (default: the whole horizon). */
  fromMonth?: number;
  toMonth?: number;
}

/** A one-off cost in one model month (migration, consulting, exit fees). */
export interface OneOffCost {
  name: string;
  amount: MoneyInput;
  /** Model month 1 … years × 12. */
  month: number;
  /** Default 'migration'. */
  category?: 'migration' | 'other';
}

interface AlternativeBase {
  /** Short id, used in messages and break-even pairs ("dc", "cloud"). */
  id: string;
  name: string;
  recurring?: readonly RecurringCost[];
  staff?: readonly StaffCost[];
  oneOffs?: readonly OneOffCost[];
}

/** An own data center: power at PUE × price per kWh, floor space per rack. */
export interface DataCenterFacility {
  /** Decimal string, power usage effectiveness, ≥ 1. */
  pue: string;
  /** Money per kWh; 730 hours a month (8,760 ÷ 12) at the IT load. */
  pricePerKwh: MoneyInput;
  /** Decimal string, percent per model year the energy price changes by (default 0). */
  energyPriceChangePercent?: string;
  /** Money per rack per month: floor space, cooling and building overhead. */
  spacePerRackMonth: MoneyInput;
}

/** Colocation fees; `escalationPercent` applies to all of them per model year (the contract's). */
export interface ColocationFees {
  /** Money per rack per month. */
  rackFeeMonth: MoneyInput;
  /** Money per kW of IT load per month. */
  powerFeePerKwMonth: MoneyInput;
  /** Decimal string, cross-connects held. */
  crossConnects: string;
  /** Money per cross-connect per month. */
  crossConnectFeeMonth: MoneyInput;
  /** Decimal string, remote-hands hours per month. */
  remoteHandsHoursMonth: string;
  /** Money per remote-hands hour. */
  remoteHandsRate: MoneyInput;
  escalationPercent?: string;
}

export interface DataCenterAlternative extends AlternativeBase {
  kind: 'data-center';
  hardware: readonly HardwareItem[];
  facility: DataCenterFacility;
}

export interface ColocationAlternative extends AlternativeBase {
  kind: 'colocation';
  hardware: readonly HardwareItem[];
  colocation: ColocationFees;
}

export interface CloudAlternative extends AlternativeBase {
  kind: 'cloud';
  compute: {
    /** Money per VM per month at on-demand prices. */
    pricePerVmMonth: MoneyInput;
    /** Decimal string, percent of VMs covered by reservations / committed use, 0 … 100. */
    reservedCoveragePercent: string;
    /** Decimal string, percent off the on-demand price for covered VMs, 0 … 100. */
    reservedDiscountPercent: string;
  };
  storage: {
    /** Money per TB stored per month. */
    pricePerTbMonth: MoneyInput;
  };
  egress: {
    /** Decimal string, TB leaving the cloud per month in year 1. */
    tbPerMonth: string;
    /** Decimal string, percent per model year egress grows by (default 0). */
    growthPercent?: string;
    /** Money per TB. */
    pricePerTb: MoneyInput;
  };
  /** Decimal string, percent per model year the provider's unit prices change by (default 0). */
  priceChangePercent?: string;
}

/** A volume tier: from `fromUsers` users on, every user costs `pricePerUserMonth`. */
export interface SaasTier {
  /** Decimal string, user count at which the tier starts (the first tier starts at 0). */
  fromUsers: string;
  pricePerUserMonth: MoneyInput;
}

/**
 * An asset of the workbook's register that a SaaS alternative retires: it keeps
 * depreciating as its own schedule says through the decommissioning month, in which its
 * remaining net book value is written off; its maintenance stops after that month.
 */
export interface DecommissionedAsset {
  /** Id of an asset in the workbook's register (in service before the model starts). */
  assetId: string;
  /** Money per month of maintenance and support for the asset, paid through the decommissioning month (default none). */
  maintenanceMonthly?: MoneyInput;
}

/**
 * What the engine needs of a register asset, resolved by the service from the workbook
 * (the engine never reads the register): its depreciation schedule by calendar month.
 * Money strings in the asset's currency.
 */
export interface TcoAssetBook {
  id: string;
  code: string;
  name: string;
  currency: string;
  /** "YYYY-MM" of the asset's first scheduled period. */
  inServiceMonth: string;
  /** Per scheduled month, in order: depreciation and write-off in it, net book value at its end. */
  months: readonly { month: string; expense: Money; writeOff: Money; netBookValue: Money }[];
}

/** The on-premises system a SaaS alternative replaces (a data center or colocation set-up). */
export type LegacySystem = Omit<DataCenterAlternative, 'id' | 'name'> | Omit<ColocationAlternative, 'id' | 'name'>;

/**
 * Moving an on-premises application to SaaS. The subscription starts in `goLiveMonth` and
 * runs to the horizon; the legacy system keeps running (all of its costs) through
 * `goLiveMonth + dualRunningMonths − 1`, its decommissioning month, in which every unit
 * still on the books is disposed (remaining net book value written off) and after which
 * nothing of it is paid (no maintenance, licences, staff, facilities or refresh).
 */
export interface SaasAlternative extends AlternativeBase {
  kind: 'saas';
  subscription: {
    /** Volume tiers by user count, ascending `fromUsers`, the first at "0". */
    tiers: readonly SaasTier[];
    /** Decimal string, percent the price rises by every 12 months after go-live. */
    escalationPercent?: string;
  };
  /** Model month the subscription starts, 1 … years × 12. */
  goLiveMonth: number;
  /** Whole months both systems run, ≥ 0. */
  dualRunningMonths: number;
  legacy?: LegacySystem;
  /** Assets of the workbook's register retired in the decommissioning month (see DecommissionedAsset). */
  assets?: readonly DecommissionedAsset[];
}

/** One way of meeting the demand, costed over the model's horizon. */
export type TcoAlternative = DataCenterAlternative | ColocationAlternative | CloudAlternative | SaasAlternative;

export type AlternativeKind = TcoAlternative['kind'];

/** A TCO comparison: the same demand and horizon for every alternative. */
export interface TcoModel {
  /** ISO 4217 code of the model currency. */
  currency: string;
  /** Decimals of the model currency (USD 2, JPY 0). */
  minorUnits: number;
  /** "YYYY-MM", the first model month. */
  startMonth: string;
  /** Whole years, 3 … 10. */
  years: number;
  /**
   * Decimal string, percent per year, above −100. Applied monthly: a cash flow in model
   * month m is discounted by (1 + r)^(m / 12) (end-of-month convention).
   */
  discountRatePercent: string;
  demand: Partial<Record<DemandKey, DemandDriver>>;
  alternatives: readonly TcoAlternative[];
}

/** A TCO model as saved in a workbook. */
export interface SavedTcoModel {
  id: string;
  /** Unique in the workbook, ignoring case. */
  name: string;
  description: string;
  model: TcoModel;
  /** ISO timestamps of the commands that created and last wrote it. */
  createdAt: string;
  updatedAt: string;
}

/** One saved model in a list: what a picker shows. */
export interface TcoModelListItem {
  id: string;
  name: string;
  description: string;
  /** Names of the model's alternatives, in order. */
  alternatives: string[];
  updatedAt: string;
}
