import { fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { readSchemaVersion } from '../db/migrate';
import { readAccountingSettings } from '../repo/accounting-settings-repo';
import { budgetTotals, tableCounts } from '../repo/info-repo';
import { fiscalPeriodsOf, storedPeriods } from '../repo/periods-repo';
import { listScenarios } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import { settingsRow } from '../repo/rows';
import { runCommand } from './command';
import { recomputeDriverLines } from './driver-costs';
import { localDate, type WorkbookContext } from './context';
import { regenerateFiscalPeriods } from './periods';
import { requireCurrency } from './validate';

type WorkbookHandlers = Pick<Handlers, 'workbook/get-info' | 'workbook/update-settings' | 'workbook/list-periods'>;

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * The fiscal-year start month and the accounting calendar must name the same fiscal years.
 * A calendar-months calendar keeps no start month of its own (it reads the workbook's, see
 * readAccountingSettings), so moving the start moves that calendar in the same command and
 * undo restores both. A retail calendar is refused instead of silently moved: its year is
 * fixed by an end weekday, a rule and an end month together, and shifting only the month from
 * here would reshape every week-based period (53-week years, depreciation and accrual
 * periods) without the preview the Calendar & policies panel shows before such a change.
 */
function checkCalendarAllowsStart(ctx: WorkbookContext, fyStartMonth: number): void {
  const { calendar } = readAccountingSettings(ctx.db, fyStartMonth);
  if (calendar.kind !== 'retail') return;
  throw new AppError(
    'validation',
    `patch.fyStartMonth: the fiscal year follows the ${calendar.pattern} retail calendar, which ends in ${MONTHS[calendar.endMonth - 1]}; change the year end in Setup → Calendar & policies.`,
    { field: 'patch.fyStartMonth', item: 'accounting calendar', calendar: calendar.kind },
  );
}

/** Workbook-level use cases: info for the header and the CLI, settings, the fiscal calendar. */
export function workbookHandlers(ctx: WorkbookContext): WorkbookHandlers {
  return {
    'workbook/get-info': () => {
      const settings = readSettings(ctx.orm);
      const { totals, fiscalYears } = budgetTotals(ctx.db, settings.fyStartMonth, settings.baseCurrency);
      const names = new Map(listScenarios(ctx.orm).map((s) => [s.id, s.name]));
      return {
        path: ctx.path,
        schemaVersion: readSchemaVersion(ctx.db),
        settings,
        counts: tableCounts(ctx.db),
        totals: totals
          .map((t) => ({ ...t, scenarioName: names.get(t.scenarioId) ?? t.scenarioId }))
          .sort((a, b) => a.scenarioName.localeCompare(b.scenarioName) || a.fiscalYear - b.fiscalYear),
        fiscalYears,
        currentFiscalYear: fiscalYearOfDate(localDate(ctx.now()), settings.fyStartMonth),
      };
    },

    'workbook/update-settings': ({ patch }) => {
      const before = readSettings(ctx.orm);
      if (patch.baseCurrency !== undefined) requireCurrency(ctx, patch.baseCurrency, 'patch.baseCurrency');
      const next = { ...before, ...patch };
      if (next.fyStartMonth !== before.fyStartMonth) checkCalendarAllowsStart(ctx, before.fyStartMonth);
      runCommand(
        ctx,
        { command: 'workbook/update-settings', label: 'Change workbook settings', payload: { patch } },
        (tx) => {
          tx.update('settings', { id: 1 }, settingsRow(next));
          if (next.fyStartMonth !== before.fyStartMonth) {
            regenerateFiscalPeriods(ctx.db, tx, next.fyStartMonth);
            recomputeDriverLines(ctx, tx, {});
          }
        },
      );
      return readSettings(ctx.orm);
    },

    'workbook/list-periods': ({ fiscalYear }) => {
      const stored = storedPeriods(ctx.db, fiscalYear);
      return stored.length > 0 ? stored : fiscalPeriodsOf(fiscalYear, readSettings(ctx.orm).fyStartMonth);
    },
  };
}
