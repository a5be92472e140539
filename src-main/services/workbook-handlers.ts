import { fiscalYearOfDate } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import { readSchemaVersion } from '../db/migrate';
import { budgetTotals, tableCounts } from '../repo/info-repo';
import { fiscalPeriodsOf, storedPeriods } from '../repo/periods-repo';
import { listScenarios } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import { settingsRow } from '../repo/rows';
import { runCommand } from './command';
import { localDate, type WorkbookContext } from './context';
import { regenerateFiscalPeriods } from './periods';
import { requireCurrency } from './validate';

type WorkbookHandlers = Pick<Handlers, 'workbook/get-info' | 'workbook/update-settings' | 'workbook/list-periods'>;

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
      runCommand(
        ctx,
        { command: 'workbook/update-settings', label: 'Change workbook settings', payload: { patch } },
        (tx) => {
          tx.update('settings', { id: 1 }, settingsRow(next));
          if (next.fyStartMonth !== before.fyStartMonth) regenerateFiscalPeriods(ctx.db, tx, next.fyStartMonth);
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
