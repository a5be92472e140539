import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { BudgetRow } from './budget-rows';

/** Whether a month of a row is computed from its driver model (not typed). */
export function isDriverMonth(row: BudgetRow | undefined, month: MonthKey | null): boolean {
  if (row?.kind !== 'line' || !month) return false;
  const d = row.line.driver;
  return d !== undefined && month >= d.startMonth && (d.endMonth === null || month <= d.endMonth);
}

/** Why a driver month cannot be typed over, and where it is changed. */
export function driverRefusal(row: BudgetRow): string | null {
  const d = row.kind === 'line' ? row.line.driver : undefined;
  if (!d) return null;
  const span = d.endMonth ? `${d.startMonth} to ${d.endMonth}` : `from ${d.startMonth}`;
  return `Costed from driver ${d.code} (${d.name}) ${span}: fixed + rate × driver. Change it on the Drivers screen.`;
}

/** A posted line's origin in words, for the description's tooltip. */
export function postedNote(row: BudgetRow): string | null {
  const p = row.kind === 'line' ? row.line.posted : undefined;
  if (!p) return null;
  const what =
    p.kind === 'forecast'
      ? `a forecast (${p.detail || 'method as stored'})`
      : `a TCO model (${p.detail.replace(':', ' view, ')})`;
  return `Posted from ${what} on ${p.postedAt.slice(0, 10)}; the amounts stay editable.`;
}
