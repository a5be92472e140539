import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { Money } from '../../src-shared/money';
import { BUDGET_AMOUNT_COLUMNS, BUDGET_LINE_COLUMNS } from '../repo/budget-repo';
import type { BudgetLineDbRow } from '../repo/rows';
import { budgetLineFromRow, budgetLineRow } from '../repo/rows';
import { findScenario } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import { lastCellWins, previousYearMonths, spreadAmounts, spreadLabel, writeAmounts } from './budget-cells';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';
import { deleteLineDependents } from './line-dependents';
import { ensureFiscalYearsAndDrivers } from './driver-costs';
import { checkAmountScale, decimalsOf, validateLineFields } from './validate';

type BudgetHandlers = Pick<
  Handlers,
  | 'budget/get-grid'
  | 'budget/add-line'
  | 'budget/update-line'
  | 'budget/duplicate-lines'
  | 'budget/delete-lines'
  | 'budget/set-cells'
  | 'budget/spread-line'
>;

/**
 * A driver-costed line's amounts are computed from its model within the model's months:
 * typing over them would be lost at the next recompute, so it is refused, naming the
 * driver and where the model is changed.
 */
function refuseDriverMonths(
  ctx: WorkbookContext,
  edits: readonly { lineId: string; months: readonly string[]; field: string | (() => string) }[],
): void {
  const drivers = ctx.budget.driversOfLines([...new Set(edits.map((e) => e.lineId))]);
  if (drivers.size === 0) return;
  for (const e of edits) {
    const d = drivers.get(e.lineId);
    const month = d && e.months.find((m) => m >= d.startMonth && (d.endMonth === null || m <= d.endMonth));
    if (!d || !month) continue;
    const span = d.endMonth ? `${d.startMonth} to ${d.endMonth}` : `from ${d.startMonth}`;
    const field = typeof e.field === 'string' ? e.field : e.field();
    throw new AppError(
      'validation',
      `${field}: this line is costed from driver ${d.code} (${d.name}) ${span}, so ${month} is computed. ` +
        "Change the driver, the growth assumptions or the line's model on the Drivers screen, or detach the line there.",
      { field, lineId: e.lineId, month, driver: d.code },
    );
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The budget grid: lines, their monthly amounts, edits, pastes and spreads. */
export function budgetHandlers(ctx: WorkbookContext): BudgetHandlers {
  const monthsOf = (fy: number) => fiscalYearMonths(fy, readSettings(ctx.orm).fyStartMonth);

  /** All lines must exist; returns their rows in grid order. */
  const requireLines = (ids: readonly string[]): BudgetLineDbRow[] => {
    const rows = ctx.budget.linesByIds(ids);
    if (rows.length !== new Set(ids).size) {
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError('not-found', `There is no budget line with id "${missing[0]}".`, { missing });
    }
    return rows;
  };

  return {
    'budget/get-grid': ({ scenarioId, fiscalYear }) => {
      if (!findScenario(ctx.orm, scenarioId)) {
        throw new AppError('not-found', `There is no scenario with id "${scenarioId}".`, { field: 'scenarioId' });
      }
      const months = monthsOf(fiscalYear);
      return { scenarioId, fiscalYear, months, lines: ctx.budget.gridOfScenario(scenarioId, months) };
    },

    'budget/add-line': (args) => {
      if (!findScenario(ctx.orm, args.scenarioId)) {
        throw new AppError('validation', `scenarioId: there is no scenario with id "${args.scenarioId}".`, {
          field: 'scenarioId',
        });
      }
      validateLineFields(ctx, args.fields);
      const line = { ...args.fields, id: newId(), scenarioId: args.scenarioId };
      const { seq } = runCommand(ctx, { command: 'budget/add-line', label: 'Add budget line', payload: args }, (tx) => {
        tx.insert('budget_lines', budgetLineRow(line, ctx.budget.maxPosition(args.scenarioId) + 1));
      });
      return { seq, lines: ctx.budget.gridOfLines([line.id], monthsOf(args.fiscalYear)), removedIds: [] };
    },

    'budget/update-line': (args) => {
      const [row] = requireLines([args.lineId]);
      const next = { ...budgetLineFromRow(row!), ...args.patch };
      const currency = validateLineFields(ctx, next, 'patch');
      if (currency.code !== row!.currency) {
        // Amounts must stay representable in the line's currency (no cents on a JPY line).
        for (const [, month, amount] of ctx.budget.allAmountsOfLines([args.lineId])) {
          if (decimalsOf(amount) > currency.minorUnits) {
            throw new AppError(
              'validation',
              `patch.currency: the line has ${amount} in ${month}, which ${currency.code} cannot hold (${currency.minorUnits} decimals).`,
              { field: 'patch.currency' },
            );
          }
        }
      }
      const { seq } = runCommand(
        ctx,
        { command: 'budget/update-line', label: 'Edit budget line', payload: args },
        (tx) => {
          tx.update('budget_lines', { id: args.lineId }, budgetLineRow(next, row!.position));
        },
      );
      return { seq, lines: ctx.budget.gridOfLines([args.lineId], monthsOf(args.fiscalYear)), removedIds: [] };
    },

    'budget/duplicate-lines': (args) => {
      const rows = requireLines(args.lineIds);
      const newIds: string[] = [];
      const label = `Duplicate ${plural(rows.length, 'line')}`;
      const { seq } = runCommand(ctx, { command: 'budget/duplicate-lines', label, payload: args }, (tx) => {
        const copies = new Map<string, string>();
        const next = new Map<string, number>();
        const lines = rows.map((r) => {
          const id = newId();
          copies.set(r.id, id);
          newIds.push(id);
          const pos = (next.get(r.scenario_id) ?? ctx.budget.maxPosition(r.scenario_id)) + 1;
          next.set(r.scenario_id, pos);
          const copy: BudgetLineDbRow = { ...r, id, position: pos };
          return BUDGET_LINE_COLUMNS.map((c) => copy[c]);
        });
        tx.insertRows('budget_lines', BUDGET_LINE_COLUMNS, lines);
        tx.insertSelect('budget_amounts', BUDGET_AMOUNT_COLUMNS, ctx.budget.amountsCopySource(copies));
      });
      return { seq, lines: ctx.budget.gridOfLines(newIds, monthsOf(args.fiscalYear)), removedIds: [] };
    },

    'budget/delete-lines': (args) => {
      const rows = requireLines(args.lineIds);
      const label = `Delete ${plural(rows.length, 'line')}`;
      const { seq } = runCommand(ctx, { command: 'budget/delete-lines', label, payload: args }, (tx) => {
        const ids = rows.map((r) => [r.id]);
        deleteLineDependents(
          tx,
          rows.map((r) => r.id),
        );
        tx.deleteRows('budget_amounts', ['line_id'], ids);
        tx.deleteRows('budget_lines', ['id'], ids);
      });
      return { seq, lines: [], removedIds: rows.map((r) => r.id) };
    },

    'budget/set-cells': (args) => {
      const settings = readSettings(ctx.orm);
      const months = fiscalYearMonths(args.fiscalYear, settings.fyStartMonth);
      const inYear = new Set(months);
      const cells = lastCellWins(args.cells);
      const lineIds = [...new Set(cells.map((c) => c.lineId))];
      const currencies = ctx.budget.lineCurrencies(lineIds);
      args.cells.forEach((c, i) => {
        const cur = currencies.get(c.lineId);
        if (!cur)
          throw new AppError('validation', `cells.${i}.lineId: there is no budget line with id "${c.lineId}".`, {
            field: `cells.${i}.lineId`,
          });
        if (!inYear.has(c.month)) {
          throw new AppError('validation', `cells.${i}.month: ${c.month} is not a month of FY${args.fiscalYear}.`, {
            field: `cells.${i}.month`,
          });
        }
        checkAmountScale(c.amount, cur.currency, cur.minorUnits, `cells.${i}.amount`);
      });
      refuseDriverMonths(
        ctx,
        // The field is worked out only for a refused cell: indexOf over a large paste is costly.
        cells.map((c) => ({
          lineId: c.lineId,
          months: [c.month],
          field: () => `cells.${args.cells.indexOf(c)}.amount`,
        })),
      );
      const label = cells.length === 1 ? 'Edit 1 cell' : `Edit ${cells.length} cells`;
      const { seq } = runCommand(ctx, { command: 'budget/set-cells', label, payload: args }, (tx) => {
        const changed = writeAmounts(tx, ctx.budget.allAmountsOfLines(lineIds), cells);
        if (changed > 0) ensureFiscalYearsAndDrivers(ctx, tx, [args.fiscalYear], settings.fyStartMonth);
      });
      return { seq, lines: ctx.budget.gridOfLines(lineIds, months), removedIds: [] };
    },

    'budget/spread-line': (args) => {
      const settings = readSettings(ctx.orm);
      const months = fiscalYearMonths(args.fiscalYear, settings.fyStartMonth);
      requireLines([args.lineId]);
      refuseDriverMonths(ctx, [{ lineId: args.lineId, months, field: 'lineId' }]);
      const cur = ctx.budget.lineCurrencies([args.lineId]).get(args.lineId)!;
      if (args.spread.method !== 'previous-year') {
        checkAmountScale(args.spread.annual, cur.currency, cur.minorUnits, 'spread.annual');
      }
      const previous = (): Money[] => {
        const prev = previousYearMonths(args.fiscalYear, settings.fyStartMonth);
        return ctx.budget.gridOfLines([args.lineId], prev)[0]!.amounts;
      };
      const amounts = spreadAmounts(args.spread, cur.minorUnits, previous);
      const label = spreadLabel(args.spread);
      const { seq } = runCommand(ctx, { command: 'budget/spread-line', label, payload: args }, (tx) => {
        const cells = months.map((month, i) => ({ lineId: args.lineId, month, amount: amounts[i]! }));
        writeAmounts(tx, ctx.budget.allAmountsOfLines([args.lineId]), cells);
        ensureFiscalYearsAndDrivers(ctx, tx, [args.fiscalYear], settings.fyStartMonth);
      });
      return { seq, lines: ctx.budget.gridOfLines([args.lineId], months), removedIds: [] };
    },
  };
}
