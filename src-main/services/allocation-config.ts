import { AppError } from '../../src-shared/ipc/errors';
import type { AllocationRuleRecord } from '../../src-shared/model/allocation';
import { D, isPlainDecimal } from '../../src-shared/money';
import {
  allocationDriverRow,
  allocationRuleRow,
  listAllocationDrivers,
  listAllocationRules,
} from '../repo/allocation-repo';
import { checkRuleList } from './allocation-validate';
import { driverTablesFor, loadRuleWorld } from './allocation-world';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';

/** A rule as the editor sends it (no position: saving keeps its place, a new rule goes last). */
export type RuleDraft = Omit<AllocationRuleRecord, 'id' | 'position'> & { id?: string | undefined };

function requireRule(ctx: WorkbookContext, id: string): { list: AllocationRuleRecord[]; rule: AllocationRuleRecord } {
  const list = listAllocationRules(ctx.db);
  const rule = list.find((r) => r.id === id);
  if (!rule) throw new AppError('not-found', `There is no allocation rule with id "${id}".`, { field: 'id', id });
  return { list, rule };
}

/** Check a whole proposed list against the workbook (see checkRuleList). */
export function checkRules(ctx: WorkbookContext, rules: readonly AllocationRuleRecord[]): void {
  checkRuleList(rules, loadRuleWorld(ctx), driverTablesFor(listAllocationDrivers(ctx.db)));
}

/** Rewrite positions 0…n-1 in list order, recording only the rows that move. */
function renumber(tx: Parameters<Parameters<typeof runCommand>[2]>[0], list: readonly AllocationRuleRecord[]) {
  list.forEach((r, i) => {
    if (r.position !== i) tx.update('allocation_rules', { id: r.id }, { position: i });
  });
}

/** Add or edit a rule after checking the whole list with it in place. Journaled. */
export function saveRule(ctx: WorkbookContext, draft: RuleDraft): { seq: number; id: string } {
  const list = listAllocationRules(ctx.db);
  const existing = draft.id === undefined ? undefined : list.find((r) => r.id === draft.id);
  if (draft.id !== undefined && !existing) {
    throw new AppError('not-found', `There is no allocation rule with id "${draft.id}".`, { field: 'id' });
  }
  const rule: AllocationRuleRecord = {
    ...draft,
    name: draft.name.trim(),
    id: existing?.id ?? newId(),
    position: existing?.position ?? list.length,
  };
  const proposed = existing ? list.map((r) => (r.id === rule.id ? rule : r)) : [...list, rule];
  checkRules(ctx, proposed);
  const label = existing ? `Edit allocation rule "${rule.name}"` : `Add allocation rule "${rule.name}"`;
  const { seq } = runCommand(ctx, { command: 'allocation/save-rule', label, payload: draft }, (tx) => {
    if (existing) tx.update('allocation_rules', { id: rule.id }, allocationRuleRow(rule));
    else tx.insert('allocation_rules', allocationRuleRow(rule));
  });
  return { seq, id: rule.id };
}

/** Move a rule to index `to` (0-based) of the ordered list; refused if it breaks the step-down order. */
export function moveRule(ctx: WorkbookContext, id: string, to: number): { seq: number } {
  const { list, rule } = requireRule(ctx, id);
  const rest = list.filter((r) => r.id !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  const proposed = [...rest.slice(0, at), rule, ...rest.slice(at)];
  checkRules(ctx, proposed);
  const label = `Move allocation rule "${rule.name}" to position ${at + 1}`;
  const { seq } = runCommand(ctx, { command: 'allocation/move-rule', label, payload: { id, to } }, (tx) =>
    renumber(tx, proposed),
  );
  return { seq };
}

/** Enable or disable a rule (a disabled rule is kept but not run). */
export function setRuleEnabled(ctx: WorkbookContext, id: string, enabled: boolean): { seq: number } {
  const { list, rule } = requireRule(ctx, id);
  checkRules(
    ctx,
    list.map((r) => (r.id === id ? { ...r, enabled } : r)),
  );
  const label = `${enabled ? 'Enable' : 'Disable'} allocation rule "${rule.name}"`;
  const { seq } = runCommand(ctx, { command: 'allocation/set-rule-enabled', label, payload: { id, enabled } }, (tx) =>
    tx.update('allocation_rules', { id }, { enabled: enabled ? 1 : 0 }),
  );
  return { seq };
}

/** Delete a rule and close the gap in the order. */
export function deleteRule(ctx: WorkbookContext, id: string): { seq: number } {
  const { list, rule } = requireRule(ctx, id);
  const rest = list.filter((r) => r.id !== id);
  const label = `Delete allocation rule "${rule.name}"`;
  const { seq } = runCommand(ctx, { command: 'allocation/delete-rule', label, payload: { id } }, (tx) => {
    tx.delete('allocation_rules', { id });
    renumber(tx, rest);
  });
  return { seq };
}

/** Add or edit a driver table's header; the code is what rules name, so a used code cannot change. */
export function saveDriver(
  ctx: WorkbookContext,
  args: { id?: string | undefined; code: string; name: string; unit: string },
): { seq: number; id: string } {
  const code = args.code.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(code)) {
    throw new AppError('validation', `Driver code "${args.code}": use letters, digits, - _ . (up to 40).`, {
      field: 'code',
    });
  }
  if (args.name.trim() === '') throw new AppError('validation', `Driver ${code}: a name is needed.`, { field: 'name' });
  const drivers = listAllocationDrivers(ctx.db);
  const existing = args.id === undefined ? undefined : drivers.find((d) => d.id === args.id);
  if (args.id !== undefined && !existing) {
    throw new AppError('not-found', `There is no driver table with id "${args.id}".`, { field: 'id' });
  }
  const twin = drivers.find((d) => d.code.toUpperCase() === code.toUpperCase() && d.id !== existing?.id);
  if (twin) throw new AppError('validation', `Driver code ${code} is already used.`, { field: 'code' });
  if (existing && existing.code !== code) {
    const user = listAllocationRules(ctx.db).find(
      (r) => r.method.kind === 'driver' && r.method.driver === existing.code,
    );
    if (user) {
      throw new AppError(
        'validation',
        `Driver ${existing.code} is used by rule "${user.name}"; its code cannot change.`,
        {
          field: 'code',
        },
      );
    }
  }
  const row = { id: existing?.id ?? newId(), code, name: args.name.trim(), unit: args.unit.trim() };
  const label = existing ? `Edit driver table ${code}` : `Add driver table ${code}`;
  const { seq } = runCommand(ctx, { command: 'allocation/save-driver', label, payload: args }, (tx) => {
    if (existing) tx.update('allocation_drivers', { id: row.id }, allocationDriverRow(row));
    else tx.insert('allocation_drivers', allocationDriverRow(row));
  });
  return { seq, id: row.id };
}

/** Delete a driver table and its quantities; refused while a rule uses it. */
export function deleteDriver(ctx: WorkbookContext, id: string): { seq: number } {
  const d = listAllocationDrivers(ctx.db).find((x) => x.id === id);
  if (!d) throw new AppError('not-found', `There is no driver table with id "${id}".`, { field: 'id' });
  const user = listAllocationRules(ctx.db).find((r) => r.method.kind === 'driver' && r.method.driver === d.code);
  if (user) {
    throw new AppError('validation', `Driver ${d.code} is used by rule "${user.name}"; change that rule first.`, {
      field: 'id',
    });
  }
  const { seq } = runCommand(
    ctx,
    { command: 'allocation/delete-driver', label: `Delete driver table ${d.code}`, payload: { id } },
    (tx) => {
      tx.deleteRows('allocation_driver_values', ['driver_id'], [[id]]);
      tx.delete('allocation_drivers', { id });
    },
  );
  return { seq };
}

/**
 * Set a driver's quantities for one period ('' = every month): each target gets its
 * quantity, a null or blank quantity removes it. Targets must be known nodes and
 * quantities decimals ≥ 0; a bad row is refused naming its target and index.
 */
export function setDriverValues(
  ctx: WorkbookContext,
  args: { driverId: string; period: string; values: { target: string; quantity: string | null }[] },
): { seq: number; changed: number } {
  const d = listAllocationDrivers(ctx.db).find((x) => x.id === args.driverId);
  if (!d)
    throw new AppError('not-found', `There is no driver table with id "${args.driverId}".`, { field: 'driverId' });
  const nodes = loadRuleWorld(ctx).nodes;
  const wanted = args.values.map((v, i) => {
    const field = `values[${i}]`;
    if (!nodes.has(v.target)) {
      throw new AppError('validation', `Driver ${d.code}, row ${i + 1}: there is no node "${v.target}".`, {
        item: d.code,
        field: `${field}.target`,
      });
    }
    const q = v.quantity?.trim() ?? '';
    if (q !== '' && (!isPlainDecimal(q) || new D(q).isNegative())) {
      throw new AppError('validation', `Driver ${d.code}, ${v.target}: quantity "${q}" is not a number ≥ 0.`, {
        item: d.code,
        field: `${field}.quantity`,
      });
    }
    return { target: v.target, quantity: q === '' ? null : new D(q).toFixed() };
  });
  const have = new Map(d.values.filter((v) => v.period === args.period).map((v) => [v.target, v.quantity]));
  const label = `Set ${wanted.length} quantity(ies) of driver ${d.code}${args.period ? ` for ${args.period}` : ''}`;
  const { seq, result } = runCommand(ctx, { command: 'allocation/set-driver-values', label, payload: args }, (tx) => {
    let changed = 0;
    for (const w of wanted) {
      const key = { driver_id: d.id, period: args.period, target: w.target };
      const was = have.get(w.target);
      if (w.quantity === null) {
        if (was !== undefined && tx.delete('allocation_driver_values', key)) changed++;
      } else if (was === undefined) {
        tx.insert('allocation_driver_values', { ...key, quantity: w.quantity });
        changed++;
      } else if (was !== w.quantity) {
        tx.update('allocation_driver_values', key, { quantity: w.quantity });
        changed++;
      }
      if (w.quantity === null) have.delete(w.target);
      else have.set(w.target, w.quantity);
    }
    return changed;
  });
  return { seq, changed: result };
}
