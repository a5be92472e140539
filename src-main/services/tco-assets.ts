import type { TcoAssetBook, TcoModel } from '../../src-shared/model';
import { D, toMoney, type Money } from '../../src-shared/money';
import { findAsset } from '../repo/assets-repo';
import type { AccountingEnv } from './accounting-env';
import { assetSchedule } from './asset-schedule';
import type { WorkbookContext } from './context';

/** Ids of the register assets the model's SaaS alternatives retire. */
function referencedAssetIds(model: TcoModel): Set<string> {
  const ids = new Set<string>();
  for (const a of Array.isArray(model.alternatives) ? model.alternatives : []) {
    if (a?.kind !== 'saas' || !Array.isArray(a.assets)) continue;
    for (const r of a.assets) if (typeof r?.assetId === 'string') ids.add(r.assetId);
  }
  return ids;
}

/**
 * The register assets a model retires, each with its whole-life depreciation schedule as
 * the asset screen shows it (see assetBook). An id the register does not have is left
 * out: the engine refuses it naming the alternative and field.
 */
export function assetBooksOf(ctx: WorkbookContext, env: AccountingEnv, model: TcoModel): Map<string, TcoAssetBook> {
  const books = new Map<string, TcoAssetBook>();
  for (const id of referencedAssetIds(model)) {
    const asset = findAsset(ctx.db, id);
    if (!asset) continue;
    books.set(id, assetBook({ ...asset, id }, assetSchedule(env, asset).rows));
  }
  return books;
}

/**
 * An asset's book for the TCO engine from its schedule rows, by calendar month of each
 * period's end (periods ending in the same month merge: their expense and write-offs add
 * up, the last one's net book value stands).
 */
export function assetBook(
  asset: { id: string; code: string; name: string; currency: string; inServiceDate: string },
  rows: readonly ScheduleRow[],
): TcoAssetBook {
  const months: { month: string; expense: string; writeOff: string; netBookValue: string }[] = [];
  for (const r of rows) {
    const month = r.end.slice(0, 7);
    const prev = months[months.length - 1];
    if (prev && prev.month === month) {
      prev.expense = toMoney(new D(prev.expense).plus(r.expense));
      prev.writeOff = toMoney(new D(prev.writeOff).plus(r.writeOff));
      prev.netBookValue = r.netBookValue;
    } else {
      months.push({ month, expense: r.expense, writeOff: r.writeOff, netBookValue: r.netBookValue });
    }
  }
  return {
    id: asset.id,
    code: asset.code,
    name: asset.name,
    currency: asset.currency,
    inServiceMonth: asset.inServiceDate.slice(0, 7),
    months,
  };
}

/** What assetBook reads of a schedule row: the period's end, its amounts and the NBV after it. */
export interface ScheduleRow {
  end: string;
  expense: Money;
  writeOff: Money;
  netBookValue: Money;
}
