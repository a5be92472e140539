import { z } from 'zod';
import type { Driver, DriversView } from '../model/drivers';
import { zEscalationRule } from './accounting-schemas';
import { zFiscalYear, zId, zMonth } from './schemas';

type Seq = { seq: number };

/** A quantity or rate at the boundary: a plain decimal string (checked again by the engine). */
const zQuantity = z.string().trim().max(40);

export const zDriverLineModel = z.object({
  lineId: zId,
  driverId: zId,
  fixedAmount: zQuantity.default('0'),
  unitRate: zQuantity,
  escalation: zEscalationRule.default({ kind: 'none' }),
  tierSize: zQuantity.nullable().default(null),
  tierAmount: zQuantity.nullable().default(null),
  startMonth: zMonth,
  endMonth: zMonth.nullable().default(null),
});

/**
 * Drivers, their monthly values, growth assumptions per scenario and driver-based lines,
 * spread into the one request map in contract.ts. Quantities are decimal strings; amounts
 * are Money strings in the line's currency. Every write is one journaled, undoable command
 * that also recomputes, in the same transaction, the budget amounts of every driver-based
 * line it affects (months of the stored fiscal years from the model's start month to its
 * end month). Bad input is a 'validation' error whose details name the field.
 */
export const driversContract = {
  /** Every driver, by code. */
  'drivers/list': { input: z.object({}), output: null as unknown as Driver[] },
  /** Create (no id) or edit a driver; codes are unique ignoring case ('conflict'). */
  'drivers/save': {
    input: z.object({
      id: zId.optional(),
      code: z.string().trim().min(1).max(40),
      name: z.string().trim().min(1).max(100),
      unit: z.string().trim().max(40).default(''),
      description: z.string().max(2000).default(''),
      forecastMethod: z.string().trim().min(1).max(40).default('auto'),
    }),
    output: null as unknown as Seq & { id: string },
  },
  /** Delete a driver with its values and assumptions; refused while a line is costed from it. */
  'drivers/delete': { input: z.object({ id: zId }), output: null as unknown as Seq },
  /**
   * Set (value) or clear (null) monthly values of one kind. A plan is for a month without an
   * actual; an actual replaces a plan of its month. Values are non-negative numbers.
   */
  'drivers/set-values': {
    input: z.object({
      driverId: zId,
      kind: z.enum(['actual', 'plan']),
      values: z
        .array(z.object({ month: zMonth, value: zQuantity.nullable() }))
        .min(1)
        .max(1200),
    }),
    output: null as unknown as Seq & { changed: number },
  },
  /** Create (no id) or edit a scenario's growth assumption ("8" = +8 % a year, compounded monthly). */
  'drivers/save-assumption': {
    input: z.object({
      id: zId.optional(),
      scenarioId: zId,
      driverId: zId,
      fromMonth: zMonth,
      annualGrowth: zQuantity,
      note: z.string().max(500).default(''),
    }),
    output: null as unknown as Seq & { id: string },
  },
  'drivers/delete-assumption': { input: z.object({ id: zId }), output: null as unknown as Seq },
  /** Cost a budget line from a driver (replacing its model if it has one) and recompute its amounts. */
  'drivers/attach-line': { input: z.object({ model: zDriverLineModel }), output: null as unknown as Seq },
  /** Stop costing a line from its driver; its amounts stay as last computed. */
  'drivers/detach-line': { input: z.object({ lineId: zId }), output: null as unknown as Seq },
  /**
   * A scenario's drivers with their series over the fiscal year's months (actual, plan,
   * forecast, grown), its assumptions, and every driver-based line's fixed / variable / step
   * parts per month with totals.
   */
  'drivers/view': {
    input: z.object({ scenarioId: zId, fiscalYear: zFiscalYear }),
    output: null as unknown as DriversView,
  },
} as const;
