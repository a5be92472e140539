/** The data of the export's Actuals, Assets and TCO sheets. */
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import type { ExportActual } from '../io/excel-export/actuals-sheet';
import type { ExportAsset } from '../io/excel-export/assets-sheet';
import { listActualsWithCodes } from '../repo/actuals-repo';
import { listAssets } from '../repo/assets-repo';
import { listCostCenters } from '../repo/dimensions-repo';
import { loadAccountingEnv } from './accounting-env';
import { assetPositions } from './asset-positions';
import { computeModel } from './tco-engine';
import { findTcoModel, listTcoModels } from '../repo/tco-repo';
import type { TcoExport } from '../io/excel-export/tco-sheet';
import type { WorkbookContext } from './context';

/** Actuals of the months `months[0]`…`months.at(-1)`, by month then cost center, with codes. */
export function loadExportActuals(ctx: WorkbookContext, months: readonly MonthKey[]): ExportActual[] {
  return listActualsWithCodes(ctx.orm, months[0]!, months.at(-1)!);
}

/** Every asset with its status, expense, write-off, accumulated depreciation and NBV in `fiscalYear`. */
export function loadExportAssets(ctx: WorkbookContext, fiscalYear: number): ExportAsset[] {
  const assets = listAssets(ctx.db);
  const positions = new Map(assetPositions(loadAccountingEnv(ctx), assets, fiscalYear).map((p) => [p.assetId, p]));
  const codes = new Map(listCostCenters(ctx.orm).map((c) => [c.id, c.code]));
  return assets.map((a) => {
    const p = positions.get(a.id);
    return {
      code: a.code,
      name: a.name,
      assetClass: a.assetClass,
      expenseType: a.expenseType,
      costCenter: (a.costCenterId && codes.get(a.costCenterId)) ?? '',
      currency: a.currency,
      cost: a.cost,
      salvage: a.salvage,
      inServiceDate: a.inServiceDate,
      usefulLifeMonths: a.usefulLifeMonths,
      method: a.method,
      status: p?.status ?? '',
      expenseInYear: p?.expenseInYear ?? '0',
      writeOffInYear: p?.writeOffInYear ?? '0',
      accumulated: p?.accumulatedAtYearEnd ?? null,
      netBookValue: p?.netBookValueAtYearEnd ?? null,
    };
  });
}

/** Every saved TCO model computed as the TCO screen does: yearly cash per alternative, totals and NPV. */
export function loadExportTco(ctx: WorkbookContext): TcoExport[] {
  return listTcoModels(ctx.db).flatMap((item) => {
    const saved = findTcoModel(ctx.db, item.id);
    if (!saved) return [];
    const r = computeModel(ctx, saved.model);
    return {
      name: saved.name,
      currency: r.currency,
      minorUnits: r.minorUnits,
      yearStarts: r.alternatives[0]?.years.map((y) => y.firstMonth) ?? [],
      alternatives: r.alternatives.map((a) => ({
        name: a.name,
        years: a.years.map((y) => y.cash.total),
        totalCash: a.totalCash,
        npv: a.npv,
      })),
    };
  });
}
