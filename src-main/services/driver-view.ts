import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { DriverLineCostView, DriversView } from '../../src-shared/model/drivers';
import { sumMoney } from '../../src-shared/money';
import { assumptionsOfScenario } from '../repo/drivers-repo';
import { findScenario } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import type { WorkbookContext } from './context';
import { scenarioDriverCosts } from './driver-costs';

/** The drivers screen's read for a scenario and fiscal year (see 'drivers/view'). */
export function driversView(ctx: WorkbookContext, scenarioId: string, fiscalYear: number): DriversView {
  if (!findScenario(ctx.orm, scenarioId)) {
    throw new AppError('not-found', `There is no scenario with id "${scenarioId}".`, { field: 'scenarioId' });
  }
  const months = fiscalYearMonths(fiscalYear, readSettings(ctx.orm).fyStartMonth);
  const costs = scenarioDriverCosts(ctx.db, ctx.orm, scenarioId, { from: months[0]!, to: months[months.length - 1]! });
  const code = new Map(costs.drivers.map((d) => [d.id, d.code]));
  const lines: DriverLineCostView[] = costs.lines.map(({ line, months: ms }) => ({
    model: line.model,
    lineDescription: line.description,
    currency: line.currency,
    driverCode: code.get(line.model.driverId) ?? '',
    months: ms,
    totals: {
      fixed: sumMoney(ms.map((m) => m.fixed)),
      variable: sumMoney(ms.map((m) => m.variable)),
      step: sumMoney(ms.map((m) => m.step)),
      total: sumMoney(ms.map((m) => m.total)),
    },
  }));
  return {
    scenarioId,
    fiscalYear,
    months,
    drivers: costs.drivers.map((driver) => {
      const s = costs.series.get(driver.id)!;
      return { driver, method: s.method, notes: s.notes, points: s.points };
    }),
    assumptions: assumptionsOfScenario(ctx.db, scenarioId),
    lines,
  };
}
