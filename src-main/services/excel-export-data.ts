/** The data of the export's Actuals, Assets and TCO sheets. */
import { asc, between, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { MonthKey } from '../../src-shared/calendar/fiscal';
import { accounts, actuals, costCenters, services, vendors } from '../db/schema';
import type { ExportActual } from '../io/excel-export/actuals-sheet';
import type { ExportAsset } from '../io/excel-export/assets-sheet';
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
  const vendor = alias(vendors, 'v');
  const rows = ctx.orm
    .select({
      month: actuals.month,
      costCenter: costCenters.code,
      service: services.code,
      account: accounts.code,
      vendor: vendor.code,
      amount: actuals.amount,
      currency: actuals.currency,
      source: actuals.source,
      reference: actuals.reference,
    })
    .from(actuals)
    .innerJoin(costCenters, eq(costCenters.id, actuals.costCenterId))
    .innerJoin(services, eq(services.id, actuals.serviceId))
    .innerJoin(accounts, eq(accounts.id, actuals.accountId))
    .leftJoin(vendor, eq(vendor.id, actuals.vendorId))
    .where(between(actuals.month, months[0]!, months.at(-1)!))
    .orderBy(asc(actuals.month), asc(costCenters.code), asc(actuals.id))
    .all();
  return rows.map((r) => ({ ...r, vendor: r.vendor ?? '' }));
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
