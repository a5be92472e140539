import { isMonthKey } from '../../src-shared/calendar/fiscal';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { D, toMoney } from '../../src-shared/money';
import { createRateTable } from '../engine/fx';
import { FX_COLUMNS, listFxRates } from '../repo/fx-repo';
import { listCurrencies, readSettings } from '../repo/settings-repo';
import { plural } from './accounting-validate';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

type FxHandlers = Pick<Handlers, 'fx/list-rates' | 'fx/save-rates' | 'fx/delete-rates'>;
type RateArgs = Parameters<Handlers['fx/save-rates']>[0]['rates'][number];

/** "1.08420" → "1.0842": rates are stored as canonical decimal strings. */
const canonical = (rate: string) => toMoney(new D(rate.trim()));

/**
 * Check a block of rates as pasted: every currency known to the workbook, a month
 * "YYYY-MM", positive decimal rates, no pair and month twice, no currency to itself.
 * Throws 'validation' naming the row (pair and month) and the field.
 */
function checkRates(ctx: WorkbookContext, rates: readonly RateArgs[]): void {
  const currencies = listCurrencies(ctx.orm);
  const known = new Set(currencies.map((c) => c.code));
  rates.forEach((r, i) => {
    const item = `FX rate ${r.from}/${r.to} ${r.period}`;
    for (const field of ['from', 'to'] as const) {
      if (!known.has(r[field])) {
        throw new AppError('validation', `${item}: ${field} "${r[field]}" is not a currency of this workbook.`, {
          item,
          field: `rates[${i}].${field}`,
          row: i,
        });
      }
    }
    if (!isMonthKey(r.period)) {
      throw new AppError('validation', `${item}: period "${r.period}" is not a month (YYYY-MM).`, {
        item,
        field: `rates[${i}].period`,
        row: i,
      });
    }
  });
  engineCall(() =>
    createRateTable({
      baseCurrency: readSettings(ctx.orm).baseCurrency,
      currencies,
      rates: rates.map((r) => ({ ...r, actualRate: r.actualRate ?? undefined })),
    }),
  );
}

/** FX rate tables: budget and actual rates per currency pair and month, pasted in blocks. */
export function fxHandlers(ctx: WorkbookContext): FxHandlers {
  return {
    'fx/list-rates': (filter) => listFxRates(ctx.db, filter),

    'fx/save-rates': ({ rates }) => {
      checkRates(ctx, rates);
      // Value arrays in FX_COLUMNS order: from, to, period, budget rate, actual rate.
      const rows = rates.map((r) => [
        r.from,
        r.to,
        r.period,
        canonical(r.budgetRate),
        r.actualRate === null ? null : canonical(r.actualRate),
      ]);
      const stored = new Set(listFxRates(ctx.db).map((r) => `${r.from}/${r.to}@${r.period}`));
      const isStored = (row: unknown[]) => stored.has(`${String(row[0])}/${String(row[1])}@${String(row[2])}`);
      const label = `Save ${plural(rates.length, 'FX rate')}`;
      const { seq } = runCommand(ctx, { command: 'fx/save-rates', label, payload: { rates } }, (tx) => {
        tx.insertRows(
          'fx_rates',
          FX_COLUMNS,
          rows.filter((r) => !isStored(r)),
        );
        tx.updateRows(
          'fx_rates',
          FX_COLUMNS,
          rows.filter((r) => isStored(r)),
        );
      });
      return { seq, saved: rates.length };
    },

    'fx/delete-rates': ({ keys }) => {
      const label = `Delete ${plural(keys.length, 'FX rate')}`;
      const { seq, result } = runCommand(ctx, { command: 'fx/delete-rates', label, payload: { keys } }, (tx) =>
        tx.deleteRows(
          'fx_rates',
          ['from_currency', 'to_currency', 'period'],
          keys.map((k) => [k.from, k.to, k.period]),
        ),
      );
      return { seq, deleted: result };
    },
  };
}
