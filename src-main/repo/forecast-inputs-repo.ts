import type { ForecastInputs, ForecastScopeKind } from '../../src-shared/model';
import type { Sqlite } from '../db/client';

/** Where a scope's inputs are stored: its kind and id ('' for the total). */
export interface InputsKey {
  kind: ForecastScopeKind;
  id: string;
}

/** "kind|id": one map key per stored scope. */
export const inputsKeyString = (k: InputsKey) => `${k.kind}|${k.id}`;

/** Inputs of a scope that has nothing stored. */
export const emptyInputs = (): ForecastInputs => ({
  method: 'auto',
  baselineStart: null,
  cleanings: [],
  oneOffs: [],
  levelShifts: [],
  overrides: [],
});

interface ProfileRow {
  scopeKind: ForecastScopeKind;
  scopeId: string;
  method: ForecastInputs['method'];
  baselineStart: string | null;
}
interface AdjustmentRow {
  scopeKind: ForecastScopeKind;
  scopeId: string;
  month: string;
  kind: 'cleaning' | 'one-off' | 'level-shift';
  decision: 'accepted' | 'rejected' | null;
  value: string | null;
  reason: string;
}
interface OverrideRow {
  scopeKind: ForecastScopeKind;
  scopeId: string;
  month: string;
  amount: string;
}

const SCOPE_COLS = 'scope_kind AS scopeKind, scope_id AS scopeId';

/**
 * Stored inputs of the scopes matching `where` (bound to `params`), by inputsKeyString;
 * scopes with nothing stored are absent. Lists come in month order.
 */
function readInputs(db: Sqlite, where: string, params: Record<string, string>): Map<string, ForecastInputs> {
  const out = new Map<string, ForecastInputs>();
  const of = (kind: ForecastScopeKind, id: string) => {
    const key = inputsKeyString({ kind, id });
    let inputs = out.get(key);
    if (!inputs) out.set(key, (inputs = emptyInputs()));
    return inputs;
  };
  const profiles = db
    .prepare(`SELECT ${SCOPE_COLS}, method, baseline_start AS baselineStart FROM forecast_profiles WHERE ${where}`)
    .all(params) as ProfileRow[];
  for (const p of profiles) {
    const inputs = of(p.scopeKind, p.scopeId);
    inputs.method = p.method;
    inputs.baselineStart = p.baselineStart;
  }
  const adjustments = db
    .prepare(
      `SELECT ${SCOPE_COLS}, month, kind, decision, value, reason FROM forecast_adjustments
       WHERE ${where} ORDER BY month, kind`,
    )
    .all(params) as AdjustmentRow[];
  for (const a of adjustments) {
    const inputs = of(a.scopeKind, a.scopeId);
    if (a.kind === 'cleaning' && a.decision !== null && a.value !== null) {
      inputs.cleanings.push({ month: a.month, decision: a.decision, value: a.value, reason: a.reason });
    } else if (a.kind === 'one-off') inputs.oneOffs.push({ month: a.month, reason: a.reason });
    else if (a.kind === 'level-shift' && a.value !== null) inputs.levelShifts.push({ month: a.month, amount: a.value });
  }
  const overrides = db
    .prepare(`SELECT ${SCOPE_COLS}, month, amount FROM forecast_overrides WHERE ${where} ORDER BY month`)
    .all(params) as OverrideRow[];
  for (const o of overrides) of(o.scopeKind, o.scopeId).overrides.push({ month: o.month, amount: o.amount });
  return out;
}

/** One scope's stored inputs ('auto' and empty lists when nothing is stored). */
export function scopeInputs(db: Sqlite, key: InputsKey): ForecastInputs {
  return (
    readInputs(db, 'scope_kind = @kind AND scope_id = @id', { kind: key.kind, id: key.id }).get(inputsKeyString(key)) ??
    emptyInputs()
  );
}

/** The stored inputs of every scope of one kind, by inputsKeyString (scopes with none absent). */
export function inputsOfKind(db: Sqlite, kind: ForecastScopeKind): Map<string, ForecastInputs> {
  return readInputs(db, 'scope_kind = @kind', { kind });
}
