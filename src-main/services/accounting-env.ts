import type { FiscalCalendar, FiscalPeriodSpan } from '../../src-shared/calendar/calendar-types';
import { createFiscalCalendar } from '../../src-shared/calendar/fiscal-calendar';
import { fxMonthOfPeriod } from '../../src-shared/fx/missing-rates';
import { AppError } from '../../src-shared/ipc/errors';
import type { AccountingSettings, AssetClassId, WorkbookSettings } from '../../src-shared/model';
import type { RoundingMode } from '../../src-shared/money';
import { defaultCapitalizationPolicy, type CapitalizationPolicy } from '../engine/capitalization';
import type { FxRateTable } from '../engine/fx';
import { readAccountingSettings } from '../repo/accounting-settings-repo';
import { storedPolicies } from '../repo/capitalization-repo';
import { listCurrencies, readSettings } from '../repo/settings-repo';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { storedRateTable } from './fx-table';

/** Everything an accounting calculation needs from the workbook, read once per request. */
export interface AccountingEnv {
  settings: WorkbookSettings;
  accounting: AccountingSettings;
  calendar: FiscalCalendar;
  rounding: RoundingMode;
  baseCurrency: string;
  /** Minor units of every workbook currency. */
  currencies: ReadonlyMap<string, number>;
  /** The capitalization policy: the workbook's rules over the defaults. */
  policy: CapitalizationPolicy;
  /** Classes the workbook has its own rule for. */
  customClasses: ReadonlySet<AssetClassId>;
  /** Every stored FX rate. */
  rates: FxRateTable;
}

/** Minor units of a workbook currency; a 'validation' error naming the field when unknown. */
export function minorUnitsOf(env: AccountingEnv, currency: string, field: string, item: string): number {
  const mu = env.currencies.get(currency);
  if (mu === undefined) {
    throw new AppError('validation', `${item}: ${field} "${currency}" is not a currency of this workbook.`, {
      item,
      field,
      currency,
    });
  }
  return mu;
}

/** The FX month of a fiscal period (the shared rule the FX rates screen warns with). */
export const fxMonthOf: (span: FiscalPeriodSpan) => string = fxMonthOfPeriod;

/** The workbook's capitalization policy: its stored rules over the engine defaults in the base currency. */
export function effectivePolicy(
  ctx: WorkbookContext,
  baseCurrency: string,
  minorUnits: number,
): { policy: CapitalizationPolicy; customClasses: Set<AssetClassId> } {
  const defaults = defaultCapitalizationPolicy(baseCurrency, minorUnits);
  const stored = storedPolicies(ctx.db);
  const classes = { ...defaults.classes };
  for (const [cls, p] of stored) {
    const { decliningBalancePercent, ...rest } = p;
    classes[cls] = decliningBalancePercent === null ? rest : { ...rest, decliningBalancePercent };
  }
  return { policy: { baseCurrency, minorUnits, classes }, customClasses: new Set(stored.keys()) };
}

/** Read settings, calendar, currencies, policy and FX rates of the open workbook. */
export function loadAccountingEnv(ctx: WorkbookContext): AccountingEnv {
  const settings = readSettings(ctx.orm);
  const accounting = readAccountingSettings(ctx.db, settings.fyStartMonth);
  const currencyList = listCurrencies(ctx.orm);
  const currencies = new Map(currencyList.map((c) => [c.code, c.minorUnits]));
  const baseUnits = currencies.get(settings.baseCurrency) ?? 2;
  const { policy, customClasses } = effectivePolicy(ctx, settings.baseCurrency, baseUnits);
  const rates = storedRateTable(ctx, settings.baseCurrency, currencyList);
  return {
    settings,
    accounting,
    calendar: engineCall(() => createFiscalCalendar(accounting.calendar), 'fiscal calendar'),
    rounding: accounting.roundingMode,
    baseCurrency: settings.baseCurrency,
    currencies,
    policy,
    customClasses,
    rates,
  };
}
