import type { allocationContract } from '../../src-shared/ipc/allocation-contract';
import type { Handlers } from '../../src-shared/ipc/contract';
import { listAllocationDrivers, listAllocationRules, listNodeNames } from '../repo/allocation-repo';
import {
  deleteDriver,
  deleteRule,
  moveRule,
  saveDriver,
  saveRule,
  setDriverValues,
  setRuleEnabled,
} from './allocation-config';
import { exportFocus } from './allocation-export';
import { previewRules } from './allocation-preview';
import { runAndStore } from './allocation-run';
import { findStoredRun, storedSummary } from './allocation-stored';
import { traceAllocation } from './allocation-trace';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, keyof typeof allocationContract>;

/** The channels of the allocation area. */
export function allocationHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'allocation/list-rules': () => listAllocationRules(ctx.db),
    'allocation/save-rule': (args) => saveRule(ctx, args),
    'allocation/move-rule': (args) => moveRule(ctx, args.id, args.to),
    'allocation/set-rule-enabled': (args) => setRuleEnabled(ctx, args.id, args.enabled),
    'allocation/delete-rule': (args) => deleteRule(ctx, args.id),
    'allocation/list-drivers': () => listAllocationDrivers(ctx.db),
    'allocation/save-driver': (args) => saveDriver(ctx, args),
    'allocation/delete-driver': (args) => deleteDriver(ctx, args.id),
    'allocation/set-driver-values': (args) => setDriverValues(ctx, args),
    'allocation/list-nodes': () =>
      [...listNodeNames(ctx.db)]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    'allocation/run': (args, run) => runAndStore(ctx, args, run),
    'allocation/preview': (args) => previewRules(ctx, args),
    'allocation/get-run': (args) => {
      const s = findStoredRun(ctx, args);
      return s ? storedSummary(ctx, s) : null;
    },
    'allocation/explain': (args) => traceAllocation(ctx, args),
    'allocation/export-focus': (args) => exportFocus(ctx, args),
  };
}
