import type { Currency } from '../../src-shared/model';
import { createRateTable, type FxRateTable } from '../engine/fx';
import { listFxRates } from '../repo/fx-repo';
import { listCurrencies } from '../repo/settings-repo';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

/** The workbook's stored FX rates (budget and actual, per pair and month) as the engine's rate table. */
export function storedRateTable(
  ctx: WorkbookContext,
  baseCurrency: string,
  currencies: readonly Currency[] = listCurrencies(ctx.orm),
): FxRateTable {
  return engineCall(
    () =>
      createRateTable({
        baseCurrency,
        currencies,
        rates: listFxRates(ctx.db).map((r) => ({
          from: r.from,
          to: r.to,
          period: r.period,
          budgetRate: r.budgetRate,
          ...(r.actualRate !== null ? { actualRate: r.actualRate } : {}),
        })),
      }),
    'stored FX rates',
  );
}
