import { z } from 'zod';
import type {
  AccountingSettings,
  AccountingSummary,
  Asset,
  AssetPosition,
  AssetSchedule,
  CapitalizationPolicyEntry,
  ContractListItem,
  ContractSchedule,
  CostItemRecord,
  FxRateRecord,
} from '../model';
import {
  zAccountingSettingsPatch,
  zAssetEvent,
  zAssetInput,
  zCapitalizationPolicy,
  zAssetClass,
  zContractInput,
  zCostItemInput,
  zFxKey,
  zFxRate,
  zIsoDate,
  zSummaryArgs,
} from './accounting-schemas';
import { zCurrency, zId } from './schemas';

type Seq = { seq: number };

/**
 * The accounting channels, spread into the one request map in contract.ts. Money crosses
 * as decimal strings; every write is one journaled, undoable command returning its seq.
 * Input the engine refuses (a negative useful life, salvage above cost, a service period
 * ending before it starts, an unknown currency, a missing FX rate…) comes back as a
 * 'validation' error whose details name the item and the field; nothing is written.
 */
export const accountingContract = {
  'accounting/get-settings': { input: z.object({}), output: null as unknown as AccountingSettings },
  /** A calendar change also moves the workbook's fiscal-year start month (budget periods follow). */
  'accounting/save-settings': {
    input: z.object({ patch: zAccountingSettingsPatch }),
    output: null as unknown as Seq & { settings: AccountingSettings },
  },
  /** Contracts, cost items and asset depreciation per fiscal period, in base currency at budget FX rates. */
  'accounting/summary': { input: zSummaryArgs, output: null as unknown as AccountingSummary },

  /** All seven asset classes: the workbook's rule, or the default where it has none. */
  'capitalization/list-policies': { input: z.object({}), output: null as unknown as CapitalizationPolicyEntry[] },
  /** Does not reclassify saved assets: their classification is kept as decided. */
  'capitalization/save-policy': {
    input: z.object({ policy: zCapitalizationPolicy }),
    output: null as unknown as Seq,
  },
  'capitalization/reset-policy': {
    input: z.object({ assetClass: zAssetClass }),
    output: null as unknown as Seq,
  },

  'assets/list': { input: z.object({}), output: null as unknown as Asset[] },
  /** Every asset's status, NBV and expense at the end of a fiscal year, from its schedule. */
  'assets/list-positions': {
    input: z.object({ fiscalYear: z.number().int().min(1900).max(2200) }),
    output: null as unknown as AssetPosition[],
  },
  /** Classifies the asset with the capitalization policy and stores the rule that decided. */
  'assets/save': { input: zAssetInput, output: null as unknown as Seq & { asset: Asset } },
  'assets/delete': { input: z.object({ id: zId }), output: null as unknown as Seq },
  'assets/add-event': {
    input: z.object({ assetId: zId, event: zAssetEvent }),
    output: null as unknown as Seq & { eventId: string },
  },
  'assets/delete-event': { input: z.object({ eventId: zId }), output: null as unknown as Seq },
  /** The depreciation schedule over the asset's whole life, in the workbook's fiscal calendar. */
  'assets/get-schedule': { input: z.object({ assetId: zId }), output: null as unknown as AssetSchedule },

  'contracts/list': { input: z.object({}), output: null as unknown as ContractListItem[] },
  'contracts/save': { input: zContractInput, output: null as unknown as Seq & { id: string } },
  'contracts/delete': { input: z.object({ id: zId }), output: null as unknown as Seq },
  /** Escalated billing events with explanations, and accrual vs cash per fiscal period. */
  'contracts/get-schedule': {
    input: z.object({ contractId: zId, horizon: zIsoDate.optional() }),
    output: null as unknown as ContractSchedule,
  },

  'cost-items/list': { input: z.object({}), output: null as unknown as CostItemRecord[] },
  'cost-items/save': { input: zCostItemInput, output: null as unknown as Seq & { id: string } },
  'cost-items/delete': { input: z.object({ id: zId }), output: null as unknown as Seq },

  'fx/list-rates': {
    input: z.object({ from: zCurrency.optional(), to: zCurrency.optional() }),
    output: null as unknown as FxRateRecord[],
  },
  /** A pasted block: every row inserted or replaced in one command. */
  'fx/save-rates': {
    input: z.object({ rates: z.array(zFxRate).min(1).max(50_000) }),
    output: null as unknown as Seq & { saved: number },
  },
  'fx/delete-rates': {
    input: z.object({ keys: z.array(zFxKey).min(1).max(50_000) }),
    output: null as unknown as Seq & { deleted: number },
  },
} as const;
