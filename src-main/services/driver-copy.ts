import { assumptionRow, assumptionsOfScenario, LINE_MODEL_COLUMNS, lineModelCopies } from '../repo/drivers-repo';
import type { TrackedTx } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';

const ASSUMPTION_COLUMNS = ['id', 'scenario_id', 'driver_id', 'from_month', 'annual_growth', 'note'] as const;

/**
 * Inside scenario/create: give the copy its source's driver models (under the new line ids,
 * `newIds` old → new) and growth assumptions (fresh ids), so the copy costs its lines the
 * same way until its assumptions are changed. The copied amounts already match.
 */
export function copyDriverInputs(
  ctx: WorkbookContext,
  tx: TrackedTx,
  newIds: ReadonlyMap<string, string>,
  fromScenarioId: string,
  toScenarioId: string,
): void {
  tx.insertRows('driver_line_models', LINE_MODEL_COLUMNS, lineModelCopies(ctx.db, newIds));
  const rows = assumptionsOfScenario(ctx.db, fromScenarioId).map((a) => {
    const row = assumptionRow({ ...a, id: newId(), scenarioId: toScenarioId });
    return ASSUMPTION_COLUMNS.map((c) => row[c]);
  });
  tx.insertRows('driver_assumptions', ASSUMPTION_COLUMNS, rows);
}
