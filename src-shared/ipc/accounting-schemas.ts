import { z } from 'zod';
import {
  ACCRUAL_POLICY_IDS,
  ASSET_CLASS_IDS,
  BILLING_FREQUENCIES,
  DEPRECIATION_CONVENTION_IDS,
  DEPRECIATION_METHOD_IDS,
  ROUNDING_MODE_IDS,
} from '../model/accounting';
import { zCurrency, zExpenseType, zId, zMoney } from './schemas';

/*
 * Boundary schemas of the accounting channels. They check shapes only: whether a useful
 * life is positive, a salvage below cost or a service period in order is the engine's
 * call, so such input comes back as a 'validation' error naming the item and the field
 * rather than as a malformed request.
 */

/** An ISO date's shape; whether the day exists is checked by the engine. */
export const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD"');
/** A percentage as a decimal string ("3", "-2.5"). */
export const zPercent = z.string().max(40);
const zText = (max: number) => z.string().max(max);

export const zFiscalCalendarSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('calendar-months'), startMonth: z.number().int().min(1).max(12) }),
  z.object({
    kind: z.literal('retail'),
    pattern: z.enum(['4-4-5', '4-5-4', '5-4-4']),
    endWeekday: z.number().int().min(0).max(6),
    rule: z.enum(['last', 'nearest']),
    endMonth: z.number().int().min(1).max(12),
  }),
]);

export const zAccountingSettingsPatch = z
  .object({
    calendar: zFiscalCalendarSpec,
    roundingMode: z.enum(ROUNDING_MODE_IDS),
    accrualPolicy: z.enum(ACCRUAL_POLICY_IDS),
  })
  .partial();

export const zAssetClass = z.enum(ASSET_CLASS_IDS);
export const zDepreciationMethod = z.enum(DEPRECIATION_METHOD_IDS);
export const zDepreciationConvention = z.enum(DEPRECIATION_CONVENTION_IDS);

export const zCapitalizationPolicy = z.object({
  assetClass: zAssetClass,
  label: z.string().min(1).max(100),
  treatment: z.enum(['threshold', 'always-opex']),
  threshold: zMoney,
  thresholdBasis: z.enum(['per-item', 'per-bundle']),
  usefulLifeMonths: z.number().int(),
  method: zDepreciationMethod,
  convention: zDepreciationConvention,
  decliningBalancePercent: z.number().nullable().default(null),
});

const links = {
  costCenterId: zId.nullable().default(null),
  serviceId: zId.nullable().default(null),
  accountId: zId.nullable().default(null),
  vendorId: zId.nullable().default(null),
};

export const zAssetInput = z.object({
  id: zId.optional(),
  code: z.string(),
  name: z.string().min(1).max(200),
  description: zText(500).default(''),
  assetClass: zAssetClass,
  cost: zMoney,
  salvage: zMoney.default('0'),
  currency: zCurrency,
  quantity: z.number().int().default(1),
  bundleTotal: zMoney.nullable().default(null),
  inServiceDate: zIsoDate,
  /** Absent: the capitalization policy's life, method and convention for the class. */
  usefulLifeMonths: z.number().int().optional(),
  method: zDepreciationMethod.optional(),
  convention: zDepreciationConvention.optional(),
  decliningBalancePercent: z.number().nullable().optional(),
  totalUnits: z.number().nullable().default(null),
  unitsByPeriod: z.record(z.string(), z.number()).default({}),
  unitsLabel: zText(60).default(''),
  ...links,
});

const note = zText(500).default('');
export const zAssetEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('disposal'), date: zIsoDate, note }),
  z.object({ kind: z.literal('impairment'), date: zIsoDate, amount: zMoney, note }),
  z.object({
    kind: z.literal('life-change'),
    date: zIsoDate,
    usefulLifeMonths: z.number().int().optional(),
    remainingLifeMonths: z.number().int().optional(),
    salvage: zMoney.optional(),
    note,
  }),
]);

const zStepChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('absolute'), amount: zMoney }),
  z.object({ type: z.literal('percent'), percent: zPercent }),
]);

export const zEscalationRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('annual-percent'), percent: zPercent, firstIncrease: zIsoDate.optional() }),
  z.object({
    kind: z.literal('steps'),
    steps: z.array(z.object({ date: zIsoDate, change: zStepChange })).max(200),
  }),
  z.object({
    kind: z.literal('index'),
    indexName: zText(40).optional(),
    values: z.record(z.string(), zPercent),
    lagYears: z.number().int().optional(),
    capPercent: zPercent.optional(),
    floorPercent: zPercent.optional(),
    firstIncrease: zIsoDate.optional(),
  }),
]);

export const zRenewal = z.object({
  renewalDate: zIsoDate.optional(),
  noticeDays: z.number().int().optional(),
  noticeMonths: z.number().int().optional(),
  autoRenew: z.boolean().optional(),
  renewalTermMonths: z.number().int().optional(),
});

export const zContractInput = z.object({
  id: zId.optional(),
  code: z.string(),
  name: z.string().min(1).max(200),
  description: zText(500).default(''),
  currency: zCurrency,
  expenseType: zExpenseType.default('OpEx'),
  baseAmount: zMoney,
  billing: z.enum(BILLING_FREQUENCIES),
  start: zIsoDate,
  end: zIsoDate,
  escalation: zEscalationRule.default({ kind: 'none' }),
  renewal: zRenewal.nullable().default(null),
  paymentTerms: zText(50).default('net 30'),
  invoiceTiming: z.enum(['advance', 'arrears']).default('advance'),
  prepaid: z.boolean().default(false),
  ...links,
});

export const zCostItemInput = z.object({
  id: zId.optional(),
  description: zText(500).default(''),
  reference: zText(100).default(''),
  amount: zMoney,
  currency: zCurrency,
  expenseType: zExpenseType,
  invoiceDate: zIsoDate,
  paymentDate: zIsoDate.nullable().default(null),
  paymentTerms: zText(50).nullable().default(null),
  serviceStart: zIsoDate,
  serviceEnd: zIsoDate,
  contractId: zId.nullable().default(null),
  ...links,
});

/** One rate row as pasted: the period and rates are checked by the service, naming the row. */
export const zFxRate = z.object({
  from: zCurrency,
  to: zCurrency,
  period: zText(10),
  budgetRate: zText(40),
  actualRate: zText(40).nullable().default(null),
});
export const zFxKey = z.object({ from: zCurrency, to: zCurrency, period: zText(10) });

export const zSummaryArgs = z.object({
  fiscalYear: z.number().int().min(1900).max(2200),
  view: z.enum(['accrual', 'cash']),
  by: z.enum(['capex-opex', 'cost-center', 'tower']),
  /** Include this scenario's budget lines as planned spend (left out when absent). */
  scenarioId: zId.optional(),
});
