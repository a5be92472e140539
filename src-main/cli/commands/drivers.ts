import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { DriversView } from '../../../src-shared/model/drivers';
import { sumMoney } from '../../../src-shared/money';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { findScenario } from '../find-scenario';

const OPTIONS = {
  ...COMMON_OPTIONS,
  scenario: { type: 'string' },
  fy: { type: 'string' },
} as const;

/**
 * `outlay drivers FILE [--scenario S] [--fy Y] [--json]`: the drivers with their series over
 * a fiscal year (actual, plan, forecast, grown) and the driver-based lines' fixed, variable
 * and step parts, from the same read the drivers screen uses.
 */
export async function runDrivers(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('drivers', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.drivers);
    return EXIT.ok;
  }
  const file = oneFile('drivers', positionals);
  const ref = values.scenario?.trim();
  if (ref === '') throw new UsageError('--scenario expects a scenario name or id', 'drivers');
  const fy = intOption('drivers', 'fy', values.fy, 1900, 2200);
  const { view, scenarioName, minor } = await withWorkbook(file, async (s) => {
    const scenario = await findScenario(s, ref);
    const fiscalYear = fy ?? (await s.call('workbook/get-info', {})).currentFiscalYear;
    const view = await s.call('drivers/view', { scenarioId: scenario.id, fiscalYear });
    const dims = await s.call('dimensions/get-all', {});
    return { view, scenarioName: scenario.name, minor: new Map(dims.currencies.map((c) => [c.code, c.minorUnits])) };
  });
  io.out(values.json ? `${JSON.stringify(view, null, 2)}\n` : formatDrivers(view, scenarioName, minor));
  return EXIT.ok;
}

/** The text form: one row per driver (method, counts of actual/plan/forecast months, first and last value), then the lines. */
export function formatDrivers(v: DriversView, scenarioName: string, minor: ReadonlyMap<string, number>): string {
  const first = v.months[0]!;
  const last = v.months[v.months.length - 1]!;
  const title = `Drivers of scenario ${scenarioName}, ${fiscalYearLabel(v.fiscalYear)} (${first} to ${last})\n`;
  const growth = (id: string) =>
    v.assumptions
      .filter((a) => a.driverId === id)
      .map((a) => `${a.annualGrowth}%/yr from ${a.fromMonth}`)
      .join('; ') || '-';
  const count = (d: DriversView['drivers'][number], src: string) =>
    String(d.points.filter((p) => p.source === src).length);
  const drivers = v.drivers.length
    ? textTable(
        ['Driver', 'Unit', 'Method', 'Actual', 'Plan', 'Forecast', `${first}`, `${last}`, 'Growth'],
        v.drivers.map((d) => [
          d.driver.code,
          d.driver.unit,
          d.method,
          count(d, 'actual'),
          count(d, 'plan'),
          count(d, 'forecast'),
          d.points[0]?.value ?? '-',
          d.points[d.points.length - 1]?.value ?? '-',
          growth(d.driver.id),
        ]),
        ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
      )
    : 'No drivers.\n';
  if (v.lines.length === 0) return `${title}\n${drivers}\nNo driver-based lines in this scenario.\n`;
  const m = (x: string, c: string) => exactFixed(x, minor.get(c) ?? 2);
  const rows = v.lines.map((l) => [
    l.lineDescription || l.model.lineId,
    l.driverCode,
    l.currency,
    m(l.totals.fixed, l.currency),
    m(l.totals.variable, l.currency),
    m(l.totals.step, l.currency),
    m(l.totals.total, l.currency),
  ]);
  for (const c of [...new Set(v.lines.map((l) => l.currency))].sort()) {
    const of = v.lines.filter((l) => l.currency === c);
    const sum = (k: 'fixed' | 'variable' | 'step' | 'total') => m(sumMoney(of.map((l) => l.totals[k])), c);
    rows.push(['Total', '', c, sum('fixed'), sum('variable'), sum('step'), sum('total')]);
  }
  const lines = textTable(['Line', 'Driver', 'Currency', 'Fixed', 'Variable', 'Step', 'Total'], rows, [
    'left',
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
  ]);
  return `${title}\n${drivers}\nDriver-based lines (${fiscalYearLabel(v.fiscalYear)} totals):\n${lines}`;
}
