import type { ExpenseType } from '../../../src-shared/model/entities';
import type { Money } from '../../../src-shared/money';
import type { DepreciationConvention, DepreciationMethod } from '../depreciation/types';
import { ASSET_CLASS_IDS, type AssetClassId } from '../../../src-shared/model/accounting';

export type AssetClass = AssetClassId;

/** The contract's list (src-shared), so the two can never differ. */
export const ASSET_CLASSES: readonly AssetClass[] = ASSET_CLASS_IDS;

/**
 * - `threshold`: CapEx at or above the threshold, OpEx below it (hardware, perpetual
 *   licences, internally developed software);
 * - `always-opex`: expensed whatever the amount (cloud and SaaS subscriptions).
 */
export type CapitalizationTreatment = 'threshold' | 'always-opex';

/** Whether the threshold applies to one unit's cost or to the bundle bought together. */
export type ThresholdBasis = 'per-item' | 'per-bundle';

/** The capitalization rule of one asset class. */
export interface AssetClassPolicy {
  assetClass: AssetClass;
  /** How the class reads in an explanation: "server", "end-user device". */
  label: string;
  treatment: CapitalizationTreatment;
  /** Money string, base currency, ≥ 0. Amounts at or above it are capitalized. */
  threshold: Money;
  thresholdBasis: ThresholdBasis;
  /** Depreciation of what is capitalized: whole months (= fiscal periods). */
  usefulLifeMonths: number;
  method: DepreciationMethod;
  convention: DepreciationConvention;
  /** For `declining-balance`: percent of the straight-line rate. */
  decliningBalancePercent?: number;
}

/** A workbook's capitalization policy: one rule per asset class, thresholds in the base currency. */
export interface CapitalizationPolicy {
  /** ISO 4217 code of the base currency the thresholds are in. */
  baseCurrency: string;
  /** Decimals of the base currency, 0 … 6. */
  minorUnits: number;
  classes: Readonly<Record<AssetClass, AssetClassPolicy>>;
}

/** A purchase to classify. Amounts are Money strings already converted to the base currency. */
export interface CapitalizationItem {
  id: string;
  assetClass: AssetClass;
  /** Money, base currency, ≥ 0: the cost of one unit. */
  unitCost: Money;
  /** Whole units bought together, ≥ 1 (default 1). */
  quantity?: number;
  /**
   * Money, base currency, ≥ 0: the total of the bundle the item was bought in (one order,
   * one project). Default: unitCost × quantity. Only a per-bundle threshold looks at it.
   */
  bundleTotal?: Money;
  /** Billed as a subscription (term licence, hosting, support plan): OpEx in any class. */
  subscription?: boolean;
}

export interface Classification {
  expenseType: ExpenseType;
  /** The rule that decided, as stored and shown: "CapEx: server, 12,400.00 ≥ threshold 5,000.00, 5 years straight-line". */
  rule: string;
  assetClass: AssetClass;
  /** Money compared with the threshold (rounded to the base currency's minor units); absent when no threshold applied. */
  comparedAmount?: Money;
  threshold?: Money;
  thresholdBasis?: ThresholdBasis;
  /** For CapEx: how the asset is depreciated. */
  depreciation?: Pick<AssetClassPolicy, 'usefulLifeMonths' | 'method' | 'convention' | 'decliningBalancePercent'>;
}
