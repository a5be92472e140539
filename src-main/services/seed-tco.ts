import { createFiscalCalendar } from '../../src-shared/calendar';
import type { TcoAssetBook } from '../../src-shared/model';
import type { RowWriter } from '../db/row-writer';
import type { DemoData } from '../demo/types';
import { depreciationSchedule, lifePeriods } from '../engine/depreciation';
import { computeTco } from '../engine/tco';
import { tcoModelRow } from '../repo/tco-repo';
import { engineCall } from './engine-input';
import { assetBook } from './tco-assets';

/**
 * The demo register's assets as the TCO engine takes them: each one's whole-life schedule
 * in the demo's calendar (calendar months), as the asset screen computes it.
 */
function demoAssetBooks(demo: DemoData): Map<string, TcoAssetBook> {
  const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: demo.settings.fyStartMonth });
  const books = new Map<string, TcoAssetBook>();
  for (const a of demo.assets ?? []) {
    if (a.expenseType !== 'CapEx') continue;
    const periods = lifePeriods(calendar, a);
    const ends = new Map(periods.map((p) => [p.key, p.end]));
    const rows = depreciationSchedule(a, periods).rows.map((r) => ({ ...r, end: ends.get(r.period)! }));
    books.set(a.id, assetBook(a, rows));
  }
  return books;
}

/**
 * Write the demo's TCO models as seedWorkbook writes the rest (directly, untracked),
 * each computed once first as tco/save does, so a stored model always computes. The
 * demo's models hold amounts in the base currency only and need no FX rates; the assets
 * the ERP's SaaS alternative retires are the demo register's.
 */
export function seedTcoModels(w: RowWriter, demo: DemoData, now: Date): void {
  const models = demo.tcoModels ?? [];
  const assets = models.length > 0 ? demoAssetBooks(demo) : new Map<string, TcoAssetBook>();
  for (const m of models) {
    engineCall(() => computeTco(m.model, { assets }), `Demo TCO model "${m.name}"`);
    const at = now.toISOString();
    w.insert('tco_models', tcoModelRow({ ...m, createdAt: at, updatedAt: at }));
  }
}
