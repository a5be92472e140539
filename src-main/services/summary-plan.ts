import type { MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { DimensionLinks } from '../../src-shared/model';
import { findScenario } from '../repo/scenarios-repo';
import type { WorkbookContext } from './context';
import { CurrencyCells } from './summary-tally';

/**
 * A scenario's manual budget lines for the fiscal year's `months`, summed per currency and
 * cell (cost center and tower × the line's own expense type): month i goes to period i. Throws a 'not-found'
 * AppError naming `scenarioId` when there is no such scenario.
 */
export function plannedCells(
  ctx: WorkbookContext,
  scenarioId: string,
  months: readonly MonthKey[],
  cellOf: (l: DimensionLinks) => string,
): { scenario: { id: string; name: string; budgetLines: number }; cells: CurrencyCells } {
  const scenario = findScenario(ctx.orm, scenarioId);
  if (!scenario) {
    throw new AppError('not-found', `There is no scenario with id "${scenarioId}".`, { field: 'scenarioId' });
  }
  const lines = ctx.budget.gridOfScenario(scenarioId, months);
  const cells = new CurrencyCells(months.length);
  for (const line of lines) {
    const key = { group: cellOf(line), type: line.expenseType };
    line.amounts.forEach((amount, i) => cells.add(line.currency, key, i, amount));
  }
  return { scenario: { id: scenario.id, name: scenario.name, budgetLines: lines.length }, cells };
}
