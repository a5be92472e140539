import { fiscalYearBounds, periodsBetween, type FiscalCalendar } from '../../../src-shared/calendar';
import type { Asset, DepreciationConventionId } from '../../../src-shared/model';
import type { AssetStatus } from './labels';

/* Life is counted in ticks as the depreciation engine counts it (one period = one month),
 * so half months and the half-year convention's first-year split stay whole numbers. */
const T = 55_440;
const HALF = T / 2;

/** Life elapsed (ticks) at the end of period j (0 = the in-service period) under a convention. */
function clockEnd(convention: DepreciationConventionId, inServiceIndex: number, lifeMonths: number, j: number): number {
  switch (convention) {
    case 'full-month':
      return (j + 1) * T;
    case 'next-period':
      return j * T;
    case 'mid-month':
      return j * T + HALF;
    case 'half-year': {
      const k = 12 - inServiceIndex + 1;
      const firstYear = Math.min(6, lifeMonths) * T;
      return j < k ? (firstYear / k) * (j + 1) : 6 * T + (j - k + 1) * T;
    }
  }
}

/**
 * Where an asset stands at the end of fiscal year `fy`, from its record alone: expensed
 * (classified OpEx), not yet in service, disposed (a disposal on or before the year's
 * end), fully depreciated (its useful life, revised by the latest change of estimate,
 * has run out by then) or in service. It follows the engine's life clock per convention
 * so the register needs no schedule per asset; the detail panel shows the schedule's own
 * status. Units of production is judged by its life clock, not by units used.
 */
export function statusAtYearEnd(asset: Asset, calendar: FiscalCalendar, fy: number): AssetStatus {
  if (asset.expenseType === 'OpEx') return 'expensed';
  const yearEnd = fiscalYearBounds(calendar, fy).end;
  if (asset.inServiceDate > yearEnd) return 'planned';
  const upToYearEnd = asset.events.filter((e) => e.date <= yearEnd);
  if (upToYearEnd.some((e) => e.kind === 'disposal')) return 'disposed';

  const convention = asset.method === 'units-of-production' ? 'full-month' : asset.convention;
  const inServiceIndex = calendar.periodOf(asset.inServiceDate).index;
  const periodOf = (date: string) => periodsBetween(calendar, asset.inServiceDate, date).length - 1;
  const end = (j: number) => clockEnd(convention, inServiceIndex, asset.usefulLifeMonths, j);
  let lifeEnd = asset.usefulLifeMonths * T;
  const changes = upToYearEnd.filter((e) => e.kind === 'life-change').sort((a, b) => a.date.localeCompare(b.date));
  for (const e of changes) {
    const j = periodOf(e.date);
    const from = j === 0 ? 0 : end(j - 1);
    if (e.usefulLifeMonths !== null) lifeEnd = e.usefulLifeMonths * T;
    else if (e.remainingLifeMonths !== null) lifeEnd = from + e.remainingLifeMonths * T;
  }
  return end(periodOf(yearEnd)) >= lifeEnd ? 'fully-depreciated' : 'in-service';
}
