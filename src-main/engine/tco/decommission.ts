import { D, toMoney, type Dec, type Money } from '../../../src-shared/money';
import type { TcoContext } from './context';
import { inputError } from './inputs';
import type { Ledger } from './ledger';
import type { DecommissionedAssetResult } from './result-types';
import type { SaasAlternative, TcoAssetBook } from './types';

/** The schedule row of the last month at or before `label`, or undefined before the first. */
function rowAtOrBefore(book: TcoAssetBook, label: string): TcoAssetBook['months'][number] | undefined {
  let found: TcoAssetBook['months'][number] | undefined;
  for (const r of book.months) {
    if (r.month > label) break;
    found = r;
  }
  return found;
}

/**
 * Retires the register assets of a SaaS alternative in decommissioning month `d`: through
 * month d each asset's own schedule is posted (P&L depreciation and any write-off it has),
 * then the net book value at the end of month d is written off in d and nothing follows;
 * its maintenance (both views) runs months 1 … d. An asset's amounts convert to the model
 * currency at month 1's rate, all of them, so what is posted adds up to its net book value
 * at the start (cash − P&L = NBV at the horizon − NBV at the start stays exact).
 *
 * @returns one entry per asset, and the assets' net book value before month 1
 * @throws EngineInputError naming the alternative and `assets[i]` field: an id the register
 *   does not have, an asset used twice, one going into service after the model starts
 */
export function retireAssets(
  ctx: TcoContext,
  ledger: Ledger,
  alt: SaasAlternative,
  d: number,
): { retired: DecommissionedAssetResult[]; nbvStart: Dec } {
  const item = alt.id;
  const mu = ctx.model.minorUnits;
  const start = ctx.labels[0]!;
  const seen = new Set<string>();
  const round = (v: Dec): Money => toMoney(v.toDecimalPlaces(mu, D.ROUND_HALF_UP));
  let nbvStart = new D(0);
  const retired = (alt.assets ?? []).map((a, i): DecommissionedAssetResult => {
    const f = `assets[${i}]`;
    const book = typeof a?.assetId === 'string' ? ctx.assets.get(a.assetId) : undefined;
    if (!book) throw inputError(item, `${f}.assetId`, `${JSON.stringify(a?.assetId)} is not an asset of the register`);
    if (seen.has(book.id)) throw inputError(item, `${f}.assetId`, `asset ${book.code} is retired twice`);
    seen.add(book.id);
    if (book.inServiceMonth >= start) {
      throw inputError(
        item,
        `${f}.assetId`,
        `asset ${book.code} goes into service in ${book.inServiceMonth}, not before the model starts (${start})`,
      );
    }
    const conv = (x: Money) => ctx.money({ amount: x, currency: book.currency }, 1, item, `${f}.assetId`);
    const before = rowAtOrBefore(book, prevLabel(start));
    const atStart = before ? conv(before.netBookValue) : new D(0);
    let depreciation = new D(0);
    for (let m = 1; m <= d; m++) {
      const row = book.months.find((r) => r.month === ctx.labels[m - 1]);
      if (!row) continue;
      const expense = conv(row.expense);
      depreciation = depreciation.plus(expense);
      ledger.add('pnl', 'depreciation', m, expense);
      if (row.writeOff !== '0') ledger.add('pnl', 'write-off', m, conv(row.writeOff));
    }
    const last = rowAtOrBefore(book, ctx.labels[d - 1]!);
    const writeOff = last ? conv(last.netBookValue) : new D(0);
    if (!writeOff.isZero()) ledger.add('pnl', 'write-off', d, writeOff);
    let maintenance = new D(0);
    if (a.maintenanceMonthly !== undefined) {
      for (let m = 1; m <= d; m++) {
        const v = ctx.money(a.maintenanceMonthly, m, item, `${f}.maintenanceMonthly`);
        maintenance = maintenance.plus(v);
        ledger.both('maintenance', m, v);
      }
    }
    nbvStart = nbvStart.plus(atStart);
    return {
      assetId: book.id,
      code: book.code,
      name: book.name,
      nbvAtStart: round(atStart),
      depreciation: round(depreciation),
      writeOff: round(writeOff),
      maintenance: round(maintenance),
    };
  });
  return { retired, nbvStart };
}

/** "2027-01" → "2026-12". */
function prevLabel(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
