import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { Driver, DriverLineCostMonth, DriverLineModel } from '../../src-shared/model/drivers';
import type { RoundingMode } from '../../src-shared/money';
import type { Sqlite } from '../db/client';
import { driverSeries, lineCost, type DriverSeries } from '../engine/drivers';
import { readAccountingSettings } from '../repo/accounting-settings-repo';
import {
  assumptionsOfScenario,
  driverValues,
  listDrivers,
  modelsOfLines,
  type ModelOfLine,
} from '../repo/drivers-repo';
import { storedPeriodMonths } from '../repo/periods-repo';
import { readSettings } from '../repo/settings-repo';
import type { Orm } from '../db/client';
import type { AmountTuple } from '../repo/budget-repo';
import { writeAmounts } from './budget-cells';
import type { TrackedTx } from './command';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { ensureFiscalYears } from './periods';

/** A scenario's driver series and its driver-based lines' costs over a month range. */
export interface ScenarioDriverCosts {
  drivers: Driver[];
  series: Map<string, DriverSeries>;
  lines: { line: ModelOfLine; months: DriverLineCostMonth[] }[];
}

/** The workbook rounding mode (accounting settings), used for every driver-based amount. */
export function roundingMode(db: Sqlite, orm: Orm): RoundingMode {
  return readAccountingSettings(db, readSettings(orm).fyStartMonth).roundingMode;
}

/**
 * Driver series and line costs of one scenario for the months `from`…`to`, from what the
 * database holds now (inside a command: including its own writes so far). Only the drivers
 * in `onlyDriverIds` (when given) and the lines in `lines` (default: all of the scenario's).
 * @throws AppError 'validation' naming the driver or line and field the engine refused
 */
export function scenarioDriverCosts(
  db: Sqlite,
  orm: Orm,
  scenarioId: string,
  range: { from: MonthKey; to: MonthKey },
  lines: readonly ModelOfLine[] = modelsOfLines(db, { scenarioIds: [scenarioId] }),
  onlyDriverIds?: ReadonlySet<string>,
): ScenarioDriverCosts {
  const drivers = onlyDriverIds ? listDrivers(db).filter((d) => onlyDriverIds.has(d.id)) : listDrivers(db);
  const values = driverValues(
    db,
    drivers.map((d) => d.id),
  );
  const assumptions = assumptionsOfScenario(db, scenarioId);
  const series = new Map<string, DriverSeries>();
  for (const d of drivers) {
    const own = values.filter((v) => v.driverId === d.id);
    series.set(
      d.id,
      engineCall(() =>
        driverSeries({
          driver: d.code,
          method: d.forecastMethod,
          actuals: own.filter((v) => v.kind === 'actual'),
          plans: own.filter((v) => v.kind === 'plan'),
          assumptions: assumptions.filter((a) => a.driverId === d.id),
          from: range.from,
          to: range.to,
        }),
      ),
    );
  }
  const rounding = roundingMode(db, orm);
  const costed = lines.map((line) => ({
    line,
    months: costOfLine(line, series.get(line.model.driverId)?.points ?? [], rounding),
  }));
  return { drivers, series, lines: costed };
}

function costOfLine(
  line: ModelOfLine,
  points: readonly { month: MonthKey; value: string }[],
  rounding: RoundingMode,
): DriverLineCostMonth[] {
  const m: DriverLineModel = line.model;
  const name = line.description ? `"${line.description}"` : line.model.lineId;
  return engineCall(() => lineCost({ ...m, line: name }, points, { minorUnits: line.minorUnits, rounding }));
}

/**
 * Inside a command: recompute the budget amounts of driver-based lines (of `scenarioIds`,
 * or only `lineIds` when given) for every month of the stored fiscal years inside each
 * model's start…end range, with writeAmounts (zero removes the row, unchanged records
 * nothing). Months outside a model's range keep their amounts. Returns how many changed.
 */
export function recomputeDriverLines(
  ctx: WorkbookContext,
  tx: TrackedTx,
  scope: { scenarioIds?: readonly string[]; driverId?: string; lineIds?: readonly string[] },
): number {
  const months = storedPeriodMonths(ctx.db);
  if (months.length === 0) return 0;
  const range = { from: months[0]!, to: months[months.length - 1]! };
  const stored = new Set(months);
  let all = modelsOfLines(ctx.db, { scenarioIds: scope.scenarioIds, driverId: scope.driverId });
  if (scope.lineIds) {
    const only = new Set(scope.lineIds);
    all = all.filter((l) => only.has(l.model.lineId));
  }
  let changed = 0;
  for (const scenarioId of new Set(all.map((l) => l.scenarioId))) {
    const lines = all.filter((l) => l.scenarioId === scenarioId);
    const used = new Set(lines.map((l) => l.model.driverId));
    const costs = scenarioDriverCosts(ctx.db, ctx.orm, scenarioId, range, lines, used);
    const ids = lines.map((l) => l.model.lineId);
    const existing: AmountTuple[] = ctx.budget.allAmountsOfLines(ids);
    const cells = costs.lines.flatMap(({ line, months: ms }) =>
      ms
        .filter((c) => stored.has(c.month))
        .map((c) => ({ lineId: line.model.lineId, month: c.month, amount: c.total })),
    );
    changed += writeAmounts(tx, existing, cells);
  }
  return changed;
}

/**
 * ensureFiscalYears, and when it adds years, cost every driver-based line over them in the
 * same command (their models run open-ended into years that had no periods yet).
 */
export function ensureFiscalYearsAndDrivers(
  ctx: WorkbookContext,
  tx: TrackedTx,
  years: Iterable<number>,
  fyStartMonth: number,
): void {
  if (ensureFiscalYears(ctx.db, tx, years, fyStartMonth).length > 0) recomputeDriverLines(ctx, tx, {});
}
