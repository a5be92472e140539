import type { FiscalCalendarSpec } from '../../../src-shared/calendar/calendar-types';
import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type { AccountingSettings } from '../../../src-shared/model';

export type AccountingPatch = ChannelInput<'accounting/save-settings'>['patch'];
export type AccountingKey = keyof AccountingSettings;
export const ACCOUNTING_KEYS: readonly AccountingKey[] = ['calendar', 'roundingMode', 'accrualPolicy'];

type Retail = Extract<FiscalCalendarSpec, { kind: 'retail' }>;

/**
 * The first calendar month of a fiscal year under a calendar, as the service sets the
 * workbook's fiscal-year start: a retail year ending in January starts in February.
 */
export function budgetStartMonth(calendar: FiscalCalendarSpec): number {
  return calendar.kind === 'calendar-months' ? calendar.startMonth : (calendar.endMonth % 12) + 1;
}

/**
 * The calendar of the other kind naming the same fiscal years: calendar months start the
 * month after a retail year-end month; a new retail calendar ends the month before the
 * start, on a Saturday nearest the month end (the NRF convention), 4-4-5.
 */
export function switchKind(calendar: FiscalCalendarSpec, kind: FiscalCalendarSpec['kind']): FiscalCalendarSpec {
  if (calendar.kind === kind) return calendar;
  if (kind === 'calendar-months') return { kind, startMonth: budgetStartMonth(calendar) };
  const endMonth = ((budgetStartMonth(calendar) + 10) % 12) + 1;
  return { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth } satisfies Retail;
}

/** The same calendar spec, compared field by field (the stored spec has no optional fields). */
export function sameCalendar(a: FiscalCalendarSpec, b: FiscalCalendarSpec): boolean {
  if (a.kind === 'calendar-months') return b.kind === 'calendar-months' && a.startMonth === b.startMonth;
  if (b.kind === 'calendar-months') return false;
  return a.pattern === b.pattern && a.endWeekday === b.endWeekday && a.rule === b.rule && a.endMonth === b.endMonth;
}

/**
 * The fields of a draft that differ from the stored settings: the patch to save, and the
 * draft to keep once the stored settings change (after a save, an undo or another window).
 */
export function accountingPatch(stored: AccountingSettings, draft: Partial<AccountingSettings>): AccountingPatch {
  const patch: AccountingPatch = {};
  if (draft.calendar && !sameCalendar(draft.calendar, stored.calendar)) patch.calendar = draft.calendar;
  if (draft.roundingMode && draft.roundingMode !== stored.roundingMode) patch.roundingMode = draft.roundingMode;
  if (draft.accrualPolicy && draft.accrualPolicy !== stored.accrualPolicy) patch.accrualPolicy = draft.accrualPolicy;
  return patch;
}

/**
 * Which settings a refusal is about: "calendar" for "patch.calendar.endMonth", the key for
 * "roundingMode"… or null when it names none of them.
 */
export function accountingErrorKey(field: string | null): AccountingKey | null {
  if (!field) return null;
  const head = field.replace(/^patch\./, '').split('.')[0];
  return ACCOUNTING_KEYS.find((k) => k === head) ?? null;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

/** A calendar in words: "Calendar months, years start in July" or "4-4-5 retail weeks, …". */
export function describeCalendar(c: FiscalCalendarSpec): string {
  if (c.kind === 'calendar-months') return `Calendar months, fiscal years start in ${MONTHS[c.startMonth - 1]}`;
  const day = WEEKDAYS[c.endWeekday];
  const end = c.rule === 'last' ? `the last ${day} of` : `the ${day} nearest the end of`;
  return `${c.pattern} retail weeks, fiscal years end on ${end} ${MONTHS[c.endMonth - 1]}`;
}
