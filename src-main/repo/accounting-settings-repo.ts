import type { FiscalCalendarSpec } from '../../src-shared/calendar/calendar-types';
import type { AccountingSettings } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface AccountingSettingsDbRow {
  calendar_kind: 'calendar-months' | 'retail';
  retail_pattern: '4-4-5' | '4-5-4' | '5-4-4' | null;
  retail_end_weekday: number | null;
  retail_rule: 'last' | 'nearest' | null;
  retail_end_month: number | null;
  rounding_mode: AccountingSettings['roundingMode'];
  accrual_policy: AccountingSettings['accrualPolicy'];
}

/**
 * The accounting settings: the stored row, or the defaults (calendar months, half up,
 * accrual by days) for a workbook that never changed them. A calendar-months calendar
 * starts in the workbook's fiscal-year start month.
 */
export function readAccountingSettings(db: Sqlite, fyStartMonth: number): AccountingSettings {
  const r = db.prepare('SELECT * FROM accounting_settings WHERE id = 1').get() as AccountingSettingsDbRow | undefined;
  if (!r) {
    return {
      calendar: { kind: 'calendar-months', startMonth: fyStartMonth },
      roundingMode: 'HALF_UP',
      accrualPolicy: 'by-days',
    };
  }
  const calendar: FiscalCalendarSpec =
    r.calendar_kind === 'retail'
      ? {
          kind: 'retail',
          pattern: r.retail_pattern!,
          endWeekday: r.retail_end_weekday!,
          rule: r.retail_rule!,
          endMonth: r.retail_end_month!,
        }
      : { kind: 'calendar-months', startMonth: fyStartMonth };
  return { calendar, roundingMode: r.rounding_mode, accrualPolicy: r.accrual_policy };
}

export function hasAccountingSettingsRow(db: Sqlite): boolean {
  return db.prepare('SELECT 1 FROM accounting_settings WHERE id = 1').get() !== undefined;
}

/** The row image of the settings (the start month of a calendar-months calendar lives in settings). */
export function accountingSettingsRow(s: AccountingSettings): Row {
  const retail = s.calendar.kind === 'retail' ? s.calendar : null;
  return {
    id: 1,
    calendar_kind: s.calendar.kind,
    retail_pattern: retail?.pattern ?? null,
    retail_end_weekday: retail?.endWeekday ?? null,
    retail_rule: retail?.rule ?? null,
    retail_end_month: retail?.endMonth ?? null,
    rounding_mode: s.roundingMode,
    accrual_policy: s.accrualPolicy,
  };
}
