import { z } from 'zod';
import type { Money } from '../money';
import { zMonth } from './schemas';
import type { CommitmentStats } from '../model/commitments';

/** Dimensions cloud cost can be totalled by; 'tag' uses a tag key of the aggregates. */
export const CLOUD_DIMENSIONS = [
  'provider',
  'billingAccount',
  'subAccount',
  'service',
  'region',
  'resourceType',
  'chargeCategory',
  'tag',
] as const;
export type CloudDimension = (typeof CLOUD_DIMENSIONS)[number];

/** The cost measure of a basis: EffectiveCost (amortized) for accrual, BilledCost (invoiced) for cash. */
export type CloudMeasure = 'EffectiveCost' | 'BilledCost';

/** One row of a totals table: a dimension value (null = none) with its exact sums per month. */
export interface CloudTotalsRow {
  key: string | null;
  byMonth: Record<string, Money>;
  total: Money;
  rows: number;
}

/** Totals in one currency (currencies are never added together). */
export interface CloudCurrencyTotals {
  currency: string;
  rows: CloudTotalsRow[];
  byMonth: Record<string, Money>;
  total: Money;
}

export interface CloudTotals {
  measure: CloudMeasure;
  /** Charge months present after filtering, ascending. */
  months: string[];
  currencies: CloudCurrencyTotals[];
  /** Filter choices: every provider and tag key found in the stored aggregates. */
  providers: string[];
  tagKeys: string[];
  /** Whether anything is imported at all (empty state). */
  hasData: boolean;
}

export interface TagKeyRule {
  canonicalKey: string;
  position: number;
}
export interface TagAliasRule {
  alias: string;
  canonicalKey: string;
}
export interface TagValueRule {
  canonicalKey: string;
  fromValue: string;
  toValue: string;
}
export interface TagRulesView {
  keys: TagKeyRule[];
  aliases: TagAliasRule[];
  values: TagValueRule[];
}

/** The stored rules and the aliases every import knows without being told (`env` → Environment). */
export interface TagRulesWithBuiltIns extends TagRulesView {
  builtInAliases: TagAliasRule[];
}

/** One line of the tag hygiene report. */
export interface TagHygieneRow {
  billingAccount: string | null;
  service: string | null;
  currency: string;
  /** null: untagged; otherwise the (value-mapped) value, which is not allowed. */
  value: string | null;
  amount: Money;
  /** Share of the currency's total spend in the period, in %, 2 places. */
  sharePct: string | null;
  rows: number;
}

export interface TagHygieneReport {
  key: string;
  measure: CloudMeasure;
  /** Where the allowed values come from: the key's value map, the cost center codes, or none (untagged only). */
  allowedFrom: 'value-map' | 'cost-centers' | 'none';
  lines: TagHygieneRow[];
  /** Per currency: all spend and the spend flagged (untagged + mis-tagged). */
  totals: { currency: string; total: Money; untagged: Money; mistagged: Money; flaggedPct: string | null }[];
}

/** A commitment's analytics in its currency, with the term the user entered (null until then). */
export type CommitmentView = CommitmentStats & { currency: string; term: { start: string; end: string } | null };

export interface CommitmentsView {
  commitments: CommitmentView[];
  coverage: { currency: string; covered: Money; uncovered: Money; coveragePct: string | null }[];
  byMonth: {
    commitmentDiscountId: string;
    currency: string;
    month: string;
    usedCost: Money;
    unusedCost: Money;
    utilizationPct: string | null;
  }[];
}

const zBasis = z.enum(['accrual', 'cash']);
const zKey = z.string().trim().min(1, 'is empty').max(128);
const zValue = z.string().trim().min(1, 'is empty').max(256);
const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD"');
const zRange = { from: zMonth.optional(), to: zMonth.optional() };

/** Cloud costs screen: totals of imported billing, tag hygiene rules and report, commitments. */
export const cloudCostsContract = {
  /** Exact totals of the stored aggregates by a dimension × charge month, per currency. */
  'cloud/totals': {
    input: z.object({
      dimension: z.enum(CLOUD_DIMENSIONS),
      tagKey: zKey.optional(),
      basis: zBasis,
      provider: z.string().max(128).optional(),
      ...zRange,
    }),
    output: null as unknown as CloudTotals,
  },
  'cloud/get-tag-rules': { input: z.object({}), output: null as unknown as TagRulesWithBuiltIns },
  /** Add a tag key imports aggregate on (or move it to `position`). */
  'cloud/save-tag-key': {
    input: z.object({ canonicalKey: zKey, position: z.number().int().min(0).max(10_000).optional() }),
    output: null as unknown as { seq: number },
  },
  'cloud/delete-tag-key': { input: z.object({ canonicalKey: zKey }), output: null as unknown as { seq: number } },
  'cloud/save-tag-alias': {
    input: z.object({ alias: zKey, canonicalKey: zKey }),
    output: null as unknown as { seq: number },
  },
  'cloud/delete-tag-alias': { input: z.object({ alias: zKey }), output: null as unknown as { seq: number } },
  'cloud/save-tag-value': {
    input: z.object({ canonicalKey: zKey, fromValue: zValue, toValue: zValue }),
    output: null as unknown as { seq: number },
  },
  'cloud/delete-tag-value': {
    input: z.object({ canonicalKey: zKey, fromValue: zValue }),
    output: null as unknown as { seq: number },
  },
  /** Untagged and mis-tagged spend for one tag key by billing account and service. */
  'cloud/tag-hygiene': {
    input: z.object({ key: zKey, basis: zBasis, ...zRange }),
    output: null as unknown as TagHygieneReport,
  },
  'cloud/commitments': { input: z.object({}), output: null as unknown as CommitmentsView },
  'cloud/save-commitment-term': {
    input: z.object({ commitmentDiscountId: z.string().min(1).max(1024), start: zIsoDate, end: zIsoDate }),
    output: null as unknown as { seq: number },
  },
  'cloud/delete-commitment-term': {
    input: z.object({ commitmentDiscountId: z.string().min(1).max(1024) }),
    output: null as unknown as { seq: number },
  },
} as const;
