import { z } from 'zod';
import type { SavedTcoModel, TcoModel, TcoModelListItem, TcoResult, TornadoResult } from '../model';
import { zId } from './schemas';

type Seq = { seq: number };

/**
 * A TCO model crossing the boundary. Only its outline is checked here: the engine checks
 * every field when the model is saved or computed and names the alternative and field
 * of a bad one in a 'validation' error.
 */
export const zTcoModel = z.custom<TcoModel>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'expected a TCO model (an object)',
);

const zName = z.string().trim().min(1).max(100);

/** A saved model by id, or an unsaved one (a what-if): exactly one of the two. */
const zModelRef = z.object({ id: zId.optional(), model: zTcoModel.optional() });
const exactlyOne = (r: { id?: string | undefined; model?: TcoModel | undefined }) =>
  (r.id === undefined) !== (r.model === undefined);
const ONE_REF = { message: 'give either id (a saved model) or model (an unsaved one)' };

export const zTornadoMetric = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('npv'), alternative: z.string().min(1) }),
  z.object({ kind: z.literal('npv-difference'), base: z.string().min(1), other: z.string().min(1) }),
]);

/**
 * The TCO channels, spread into the one request map in contract.ts. Amounts are decimal
 * strings in the model's currency; inputs in other currencies convert at the workbook's
 * budget FX rate of the month they are used in (a missing rate is a 'validation' error
 * naming the pair and month). Writes are journaled, undoable commands returning their seq.
 */
export const tcoContract = {
  /** Saved models by name: id, name, description, alternatives' names, updatedAt. */
  'tco/list': { input: z.object({}), output: null as unknown as TcoModelListItem[] },
  /** One saved model; 'not-found' for an unknown id. */
  'tco/get': { input: z.object({ id: zId }), output: null as unknown as SavedTcoModel },
  /**
   * Create (no id) or replace (id) a model. The engine computes it once first: bad input is
   * a 'validation' error naming the alternative and field, and nothing is written. Names
   * are unique ignoring case ('conflict').
   */
  'tco/save': {
    input: z.object({
      id: zId.optional(),
      name: zName,
      description: z.string().max(2000).default(''),
      model: zTcoModel,
    }),
    output: null as unknown as Seq & { id: string },
  },
  /** A copy of a saved model under a new name. */
  'tco/duplicate': {
    input: z.object({ id: zId, name: zName }),
    output: null as unknown as Seq & { id: string },
  },
  'tco/delete': { input: z.object({ id: zId }), output: null as unknown as Seq },
  /**
   * The engine's result for a saved model or an unsaved what-if: per alternative monthly and
   * yearly cash and P&L by category, cumulative totals, NPV, cost per unit, and break-even
   * months between every pair.
   */
  'tco/compute': { input: zModelRef.refine(exactlyOne, ONE_REF), output: null as unknown as TcoResult },
  /**
   * Tornado-chart data: each input moved down and up by variationPercent (default "20") %,
   * the `top` (default 3) inputs by swing of the metric.
   */
  'tco/tornado': {
    input: zModelRef
      .extend({
        metric: zTornadoMetric,
        variationPercent: z.string().max(40).optional(),
        top: z.number().int().min(1).max(1000).optional(),
      })
      .refine(exactlyOne, ONE_REF),
    output: null as unknown as TornadoResult,
  },
} as const;
