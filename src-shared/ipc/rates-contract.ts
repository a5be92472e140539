import { z } from 'zod';
import {
  BILLABLE_UNITS,
  RATE_BASES,
  type ChargebackService,
  type RateCardDetail,
  type RateCardSummary,
  type RateSheet,
  type RecoveryView,
  type VolumesView,
} from '../model/rates';
import { zFiscalYear, zId, zMoney, zMonth } from './schemas';

const zPercent = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a percentage such as "5" or "2.5"');
/** Which allocated cost the pools take: accrual (effective) or cash (billed) runs. */
const zMeasure = z.enum(['effective', 'billed']).default('effective');
const zPricing = { fiscalYear: zFiscalYear, basis: z.enum(RATE_BASES), markupPct: zPercent, measure: zMeasure };
/** A quantity typed in a grid: a decimal string, or '' to clear the cell (checked by the service). */
const zQuantity = z.string().max(40);

/** Channels of the rates area (issue 6): catalogue, volumes, rate cards, what-if and recovery. */
export const ratesContract = {
  /** The service catalogue, by code. */
  'rates/list-services': { input: z.object({}), output: null as unknown as ChargebackService[] },
  /**
   * Add (no id) or edit a catalogue service; one command. 'validation' names the field (code
   * format, empty name, a node that is not `svc:`/`cc:`/`bu:` + an existing code); 'conflict'
   * for a code already used.
   */
  'rates/save-service': {
    input: z.object({
      id: zId.optional(),
      code: z.string().max(64),
      name: z.string().max(200),
      unit: z.enum(BILLABLE_UNITS),
      node: z.string().max(100),
      active: z.boolean().default(true),
    }),
    output: null as unknown as { seq: number; id: string },
  },
  /** Delete a service with its usage and capacity; 'conflict' when a rate card prices it. */
  'rates/delete-service': { input: z.object({ id: zId }), output: null as unknown as { seq: number } },
  /** Usage per business unit and service, and capacity per service, of one month. */
  'rates/get-volumes': { input: z.object({ month: zMonth }), output: null as unknown as VolumesView },
  /**
   * Set usage cells (a grid edit or a paste) as one command; '' clears a cell. A bad cell is
   * refused ('validation') naming its business unit, service and month; nothing is written.
   */
  'rates/set-usage': {
    input: z.object({
      cells: z
        .array(z.object({ month: zMonth, departmentId: zId, serviceId: zId, quantity: zQuantity }))
        .min(1)
        .max(100_000),
    }),
    output: null as unknown as { seq: number; changed: number },
  },
  /** Set capacity cells as one command; '' clears a cell; refusals name service and month. */
  'rates/set-capacity': {
    input: z.object({
      cells: z
        .array(z.object({ serviceId: zId, month: zMonth, capacity: zQuantity }))
        .min(1)
        .max(100_000),
    }),
    output: null as unknown as { seq: number; changed: number },
  },
  /** Rate cards of a year (all years when omitted), newest first; `current` marks the one in force. */
  'rates/list-cards': {
    input: z.object({ fiscalYear: zFiscalYear.optional() }),
    output: null as unknown as RateCardSummary[],
  },
  /**
   * Proposed rates of the year's active services: pool = cost their nodes hold in the months'
   * current allocation runs, volume = usage or capacity, with markup; nothing written.
   */
  'rates/propose-card': { input: z.object(zPricing), output: null as unknown as RateSheet },
  /** The same priced with candidate rates (service id → rate; absent = proposed): recovery effect, no write. */
  'rates/what-if': {
    input: z.object({ ...zPricing, rates: z.record(zId, zMoney) }),
    output: null as unknown as RateSheet,
  },
  /** A card with its lines priced from today's costs and volumes. */
  'rates/get-card': {
    input: z.object({ cardId: zId, measure: zMeasure }),
    output: null as unknown as RateCardDetail,
  },
  /** A new draft version of the year's card with the proposed rates; one command. */
  'rates/draft-card': {
    input: z.object({ ...zPricing, note: z.string().max(500).default('') }),
    output: null as unknown as { seq: number; id: string; version: number },
  },
  /** Replace a draft's basis, markup, note and rates; 'conflict' for a published card. */
  'rates/save-draft': {
    input: z.object({
      cardId: zId,
      basis: z.enum(RATE_BASES),
      markupPct: zPercent,
      note: z.string().max(500).default(''),
      rates: z.record(zId, zMoney),
      measure: zMeasure,
    }),
    output: null as unknown as { seq: number },
  },
  /** Publish a draft: it prices the year from now on (supersedes lower versions); 'conflict' if published. */
  'rates/publish-card': { input: z.object({ cardId: zId }), output: null as unknown as { seq: number } },
  /** Delete a draft card; 'conflict' for a published one. */
  'rates/delete-draft': { input: z.object({ cardId: zId }), output: null as unknown as { seq: number } },
  /**
   * Recovered (usage × published rate, rounded per business unit and month as invoices are)
   * − cost per service and month, with totals; under the year's current card unless `cardId`.
   */
  'rates/recovery': {
    input: z.object({ fiscalYear: zFiscalYear, cardId: zId.optional(), measure: zMeasure }),
    output: null as unknown as RecoveryView,
  },
} as const;
