import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { BudgetGridLine, ScenarioCompareRow } from '../../src-shared/model';
import { subMoney } from '../../src-shared/money';
import { BUDGET_AMOUNT_COLUMNS, BUDGET_LINE_COLUMNS } from '../repo/budget-repo';
import { ExactSum } from '../repo/exact-sum';
import { scenarioRow } from '../repo/rows';
import { findScenario, findScenarioByName, listScenarios } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import { copyDriverInputs } from './driver-copy';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { deleteLineDependents, deleteScenarioDependents } from './line-dependents';
import { newId } from './ids';

type ScenarioHandlers = Pick<
  Handlers,
  'scenario/list' | 'scenario/create' | 'scenario/rename' | 'scenario/delete' | 'scenario/compare'
>;

function requireScenario(ctx: WorkbookContext, id: string, field: string) {
  const s = findScenario(ctx.orm, id);
  if (!s)
    throw new AppError(field === 'id' ? 'not-found' : 'validation', `${field}: there is no scenario with id "${id}".`, {
      field,
      id,
    });
  return s;
}

function requireFreeName(ctx: WorkbookContext, name: string, selfId: string | null): void {
  const other = findScenarioByName(ctx.orm, name);
  if (other && other.id !== selfId) {
    throw new AppError('conflict', `A scenario named "${other.name}" already exists.`, { field: 'name', name });
  }
}

/** The key two scenarios' lines are matched on. */
const compareKey = (l: BudgetGridLine) =>
  JSON.stringify([l.costCenterId, l.serviceId, l.accountId, l.vendorId ?? '', l.description]);

/** Scenario management: a baseline and what-if copies, compared line by line. */
export function scenarioHandlers(ctx: WorkbookContext): ScenarioHandlers {
  return {
    'scenario/list': () => listScenarios(ctx.orm),

    'scenario/create': (args) => {
      const source = requireScenario(ctx, args.fromScenarioId, 'fromScenarioId');
      requireFreeName(ctx, args.name, null);
      const scenario = {
        id: newId(),
        name: args.name,
        kind: 'what-if' as const,
        copiedFromId: source.id,
        createdAt: ctx.now().toISOString(),
      };
      const label = `Create scenario "${args.name}" from "${source.name}"`;
      const { seq } = runCommand(ctx, { command: 'scenario/create', label, payload: args }, (tx) => {
        tx.insert('scenarios', scenarioRow(scenario));
        // Fresh ids, so nothing to read first; SQLite copies the rows itself and hands back
        // their images as JSON columns for the journal.
        const newIds = new Map(ctx.budget.lineIdsOfScenario(source.id).map((id) => [id, newId()]));
        tx.insertSelect('budget_lines', BUDGET_LINE_COLUMNS, ctx.budget.linesCopySource(newIds, scenario.id));
        tx.insertSelect('budget_amounts', BUDGET_AMOUNT_COLUMNS, ctx.budget.amountsCopySource(newIds));
        copyDriverInputs(ctx, tx, newIds, source.id, scenario.id);
      });
      return { seq, scenario };
    },

    'scenario/rename': ({ id, name }) => {
      const s = requireScenario(ctx, id, 'id');
      requireFreeName(ctx, name, id);
      const label = `Rename scenario "${s.name}" to "${name}"`;
      const { seq } = runCommand(ctx, { command: 'scenario/rename', label, payload: { id, name } }, (tx) => {
        tx.update('scenarios', { id }, { name });
      });
      return { seq };
    },

    'scenario/delete': ({ id }) => {
      const s = requireScenario(ctx, id, 'id');
      if (s.kind === 'baseline' && ctx.budget.countBaselines() <= 1) {
        throw new AppError('validation', `"${s.name}" is the only baseline scenario and cannot be deleted.`, { id });
      }
      const label = `Delete scenario "${s.name}"`;
      const { seq } = runCommand(ctx, { command: 'scenario/delete', label, payload: { id } }, (tx) => {
        // Explicit deletes (not ON DELETE actions) so every removed row is journaled and undo restores it.
        for (const other of listScenarios(ctx.orm)) {
          if (other.copiedFromId === id) tx.update('scenarios', { id: other.id }, { copied_from_id: null });
        }
        const lineIds = ctx.budget.lineIdsOfScenario(id);
        deleteLineDependents(tx, lineIds);
        deleteScenarioDependents(tx, id);
        tx.deleteRows(
          'budget_amounts',
          ['line_id'],
          lineIds.map((lineId) => [lineId]),
        );
        tx.deleteRows('budget_lines', ['scenario_id'], [[id]]);
        tx.delete('scenarios', { id });
      });
      return { seq };
    },

    'scenario/compare': ({ scenarioA, scenarioB, fiscalYear }) => {
      requireScenario(ctx, scenarioA, 'scenarioA');
      requireScenario(ctx, scenarioB, 'scenarioB');
      const months = fiscalYearMonths(fiscalYear, readSettings(ctx.orm).fyStartMonth);
      const rows = new Map<string, { line: BudgetGridLine; a: ExactSum; b: ExactSum }>();
      const add = (lines: BudgetGridLine[], side: 'a' | 'b') => {
        for (const l of lines) {
          const key = compareKey(l);
          let r = rows.get(key);
          if (!r) rows.set(key, (r = { line: l, a: new ExactSum(), b: new ExactSum() }));
          r[side].add(l.total);
        }
      };
      add(ctx.budget.gridOfScenario(scenarioA, months), 'a');
      add(ctx.budget.gridOfScenario(scenarioB, months), 'b');
      const totalA = new ExactSum();
      const totalB = new ExactSum();
      const out: ScenarioCompareRow[] = [...rows].map(([key, { line, a, b }]) => {
        const ta = a.value();
        const tb = b.value();
        totalA.add(ta);
        totalB.add(tb);
        return {
          key,
          costCenterId: line.costCenterId,
          serviceId: line.serviceId,
          accountId: line.accountId,
          vendorId: line.vendorId,
          description: line.description,
          totalA: ta,
          totalB: tb,
          difference: subMoney(tb, ta),
        };
      });
      const ta = totalA.value();
      const tb = totalB.value();
      return { scenarioA, scenarioB, fiscalYear, rows: out, totalA: ta, totalB: tb, difference: subMoney(tb, ta) };
    },
  };
}
