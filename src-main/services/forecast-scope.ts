import { AppError } from '../../src-shared/ipc/errors';
import type { ForecastScenarioBy, ForecastScope } from '../../src-shared/model';
import { dimensionMembers, findForecastLine, type ActualsFilter, type ForecastLine } from '../repo/forecast-repo';
import type { InputsKey } from '../repo/forecast-inputs-repo';
import type { WorkbookContext } from './context';

/** A scope found in the workbook: what to call it, which actuals are its history. */
export interface ResolvedScope {
  scope: ForecastScope & { label: string };
  filter: ActualsFilter;
  /** The note of a scope without actuals. */
  noHistory: string;
}

/** What a dimension is called in messages. */
export const SCOPE_NAMES: Record<Exclude<ForecastScenarioBy, 'line'>, string> = {
  'cost-center': 'cost center',
  service: 'service',
  tower: 'tower',
  account: 'account',
};

/** "CC-100 · SVC-HOST · 6100 · DELL" (or "no vendor"). */
export function lineLabel(l: ForecastLine): string {
  return `${l.costCenterCode} · ${l.serviceCode} · ${l.accountCode} · ${l.vendorCode ?? 'no vendor'}`;
}

/** Why a budget line has no history. */
export const LINE_NO_HISTORY = 'no actuals for this cost center × service × account × vendor';

/**
 * Find the line or dimension member a forecast is asked for. Throws a 'not-found'
 * AppError naming the kind and id when the workbook has none (or the line is not in the
 * scenario given).
 */
export function resolveScope(ctx: WorkbookContext, scope: ForecastScope): ResolvedScope {
  if (scope.kind === 'total') {
    return { scope: { kind: 'total', label: 'All spend' }, filter: { kind: 'total' }, noHistory: 'no actuals' };
  }
  const id = scope.id;
  if (scope.kind === 'line') {
    const line = findForecastLine(ctx.db, id);
    if (!line) throw new AppError('not-found', `There is no budget line "${id}".`, { kind: 'line', id });
    if (scope.scenarioId !== undefined && line.scenarioId !== scope.scenarioId) {
      throw new AppError('not-found', `Budget line "${id}" is not in scenario "${scope.scenarioId}".`, {
        kind: 'line',
        id,
        scenarioId: scope.scenarioId,
      });
    }
    const { costCenterId, serviceId, accountId, vendorId } = line;
    return {
      scope: { kind: 'line', id, scenarioId: line.scenarioId, label: lineLabel(line) },
      filter: { kind: 'line', costCenterId, serviceId, accountId, vendorId },
      noHistory: LINE_NO_HISTORY,
    };
  }
  const member = dimensionMembers(ctx.db, scope.kind).get(id);
  const what = SCOPE_NAMES[scope.kind];
  if (!member) throw new AppError('not-found', `There is no ${what} "${id}".`, { kind: scope.kind, id });
  return {
    scope: { kind: scope.kind, id, label: `${member.code} ${member.name}` },
    filter: { kind: scope.kind, id },
    noHistory: `no actuals for ${what} ${member.code}`,
  };
}

/** Where a scope's inputs are stored: a line by its id (whatever scenario is named), the total as ''. */
export function inputsKeyOf(scope: ForecastScope): InputsKey {
  return scope.kind === 'total' ? { kind: 'total', id: '' } : { kind: scope.kind, id: scope.id };
}
