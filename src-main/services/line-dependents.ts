import type { TrackedTx } from './command';

/**
 * Rows of other tables that hang off budget lines or scenarios without an ON DELETE
 * action (forecast inputs of a line scope, driver models, posting sources, growth
 * assumptions). Every command that deletes lines or scenarios calls these first, so the
 * journal records each removed row and undo restores it.
 */
export function deleteLineDependents(tx: TrackedTx, lineIds: readonly string[]): void {
  if (lineIds.length === 0) return;
  const scoped = lineIds.map((id) => ['line', id]);
  tx.deleteRows('forecast_overrides', ['scope_kind', 'scope_id'], scoped);
  tx.deleteRows('forecast_adjustments', ['scope_kind', 'scope_id'], scoped);
  tx.deleteRows('forecast_profiles', ['scope_kind', 'scope_id'], scoped);
  const ids = lineIds.map((id) => [id]);
  tx.deleteRows('driver_line_models', ['line_id'], ids);
  tx.deleteRows('budget_line_sources', ['line_id'], ids);
}

/** What hangs off a scenario itself (its lines' dependents go through deleteLineDependents). */
export function deleteScenarioDependents(tx: TrackedTx, scenarioId: string): void {
  tx.deleteRows('driver_assumptions', ['scenario_id'], [[scenarioId]]);
}
