import { z } from 'zod';
import type {
  AllocationDriverRecord,
  AllocationPreview,
  AllocationRuleRecord,
  AllocationSummary,
  AllocationTrace,
} from '../model/allocation';
import type { OutputDone } from './files';
import { zOutputRef } from './files';
import { zId, zMonth } from './schemas';

const zNode = z.string().min(1).max(120);
const zDecimal = z.string().max(40);
const zKey = z.string().min(1).max(200);

/** The engine's SourceSelector. */
export const zSourceSelector = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pool'), pool: zKey }),
  z.object({ kind: z.literal('match'), dims: z.record(zKey, z.string().max(500)) }),
  z.object({ kind: z.literal('untagged'), key: zKey }),
  z.object({ kind: z.literal('node'), node: zNode }),
]);

/** The engine's AllocationMethod. */
export const zAllocationMethod = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('direct'),
    key: zKey,
    map: z.record(z.string().max(500), zNode).optional(),
    nodeKind: z.enum(['cc', 'bu', 'svc']).optional(),
  }),
  z.object({ kind: z.literal('driver'), driver: zKey, targets: z.array(zNode).max(5000).readonly().optional() }),
  z.object({
    kind: z.literal('percent'),
    shares: z
      .array(z.object({ target: zNode, percent: zDecimal }))
      .max(5000)
      .readonly(),
  }),
  z.object({ kind: z.literal('even'), targets: z.array(zNode).max(5000).readonly() }),
]);

const zRuleDraft = z.object({
  id: zId.optional(),
  name: z.string().max(200),
  source: zSourceSelector,
  method: zAllocationMethod,
  enabled: z.boolean(),
  note: z.string().max(2000).default(''),
});
const zBasis = z.enum(['effective', 'billed']);
const zRunRef = { period: zMonth.optional(), runId: zId.optional() };
/** '' = every month without its own value. */
const zDriverPeriod = z.union([z.literal(''), zMonth]);

/** Allocation rules, driver tables, runs, trace and FOCUS export (issue 6). */
export const allocationContract = {
  /** The ordered rule list. */
  'allocation/list-rules': { input: z.object({}), output: null as unknown as AllocationRuleRecord[] },
  /** Add (no id; goes last) or edit a rule; the whole list is checked with it in place. Undoable. */
  'allocation/save-rule': { input: zRuleDraft, output: null as unknown as { seq: number; id: string } },
  /** Move a rule to a 0-based position; refused when it breaks the step-down order. Undoable. */
  'allocation/move-rule': {
    input: z.object({ id: zId, to: z.number().int().min(0).max(100_000) }),
    output: null as unknown as { seq: number },
  },
  /** Enable or disable a rule. Undoable. */
  'allocation/set-rule-enabled': {
    input: z.object({ id: zId, enabled: z.boolean() }),
    output: null as unknown as { seq: number },
  },
  /** Delete a rule. Undoable. */
  'allocation/delete-rule': { input: z.object({ id: zId }), output: null as unknown as { seq: number } },
  /** Driver tables with their quantities. */
  'allocation/list-drivers': { input: z.object({}), output: null as unknown as AllocationDriverRecord[] },
  /** Add or edit a driver table's code, name and unit. Undoable. */
  'allocation/save-driver': {
    input: z.object({
      id: zId.optional(),
      code: z.string().max(40),
      name: z.string().max(200),
      unit: z.string().max(40),
    }),
    output: null as unknown as { seq: number; id: string },
  },
  /** Delete a driver table no rule uses. Undoable. */
  'allocation/delete-driver': { input: z.object({ id: zId }), output: null as unknown as { seq: number } },
  /** Set quantities per target node for one period ('' = every month); null/blank removes. Undoable. */
  'allocation/set-driver-values': {
    input: z.object({
      driverId: zId,
      period: zDriverPeriod,
      values: z.array(z.object({ target: zNode, quantity: z.string().max(40).nullable() })).max(100_000),
    }),
    output: null as unknown as { seq: number; changed: number },
  },
  /** Node ids that can receive cost, with names (cost centers, business units, services). */
  'allocation/list-nodes': {
    input: z.object({}),
    output: null as unknown as { id: string; name: string }[],
  },
  /**
   * Allocate a month and store the run (one undoable command); the month's previous run is
   * superseded. Long call: progress, and 'cancelled' before anything is written.
   */
  'allocation/run': {
    input: z.object({ period: zMonth, basis: zBasis }),
    output: null as unknown as AllocationSummary,
  },
  /** A proposed rule list's result beside the saved list's, with the difference per target. Writes nothing. */
  'allocation/preview': {
    input: z.object({ period: zMonth, basis: zBasis, rules: z.array(zRuleDraft).max(10_000) }),
    output: null as unknown as AllocationPreview,
  },
  /** The current run of a month (or a run by id), or null when the month has none. */
  'allocation/get-run': { input: z.object(zRunRef), output: null as unknown as AllocationSummary | null },
  /** Why a target holds what it holds: postings back through step-down nodes to the aggregates. */
  'allocation/explain': {
    input: z.object({ ...zRunRef, target: zNode, from: z.string().min(1).max(200).optional() }),
    output: null as unknown as AllocationTrace,
  },
  /** A stored run's allocated costs as FOCUS CSV rows (FOCUS 1.3 Allocated* and x_Allocation* columns). */
  'allocation/export-focus': {
    input: z.object({ ...zRunRef, output: zOutputRef }),
    output: null as unknown as { rows: number; total: string; output: OutputDone },
  },
} as const;
