import { useMemo } from 'react';
import type { FiscalCalendarSpec, FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { createFiscalCalendar } from '../../../src-shared/calendar/fiscal-calendar';

type Preview = { ok: true; periods: FiscalPeriodSpan[]; weeks: number | null } | { ok: false; message: string };

/** The periods of one fiscal year under a (drafted) calendar, or why the calendar is invalid. */
export function previewPeriods(spec: FiscalCalendarSpec, fy: number): Preview {
  try {
    const periods = createFiscalCalendar(spec).periods(fy);
    const weeks = spec.kind === 'retail' ? periods.reduce((n, p) => n + (p.weeks ?? 0), 0) : null;
    return { ok: true, periods, weeks };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A live table of the drafted calendar's periods for one fiscal year, computed in the
 * renderer with the same shared calendar code the services use, so what is shown is what
 * the summary, depreciation and accruals will use. A 53-week year and its long period are
 * flagged.
 */
export function CalendarPreview({
  spec,
  fiscalYear,
  years,
  onYear,
}: {
  spec: FiscalCalendarSpec;
  fiscalYear: number;
  years: readonly number[];
  onYear: (fy: number) => void;
}) {
  const preview = useMemo(() => previewPeriods(spec, fiscalYear), [spec, fiscalYear]);
  const retail = spec.kind === 'retail';
  return (
    <section className="calendar-preview" data-testid="calendar-preview" aria-label="Fiscal periods preview">
      <div className="calendar-preview-head">
        <h3>Preview</h3>
        <select
          aria-label="Fiscal year to preview"
          data-testid="calendar-preview-year"
          value={String(fiscalYear)}
          onChange={(e) => onYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {fiscalYearLabel(y)}
            </option>
          ))}
        </select>
        {preview.ok && (
          <span className="muted" data-testid="calendar-preview-summary">
            {preview.periods[0]!.start} – {preview.periods[preview.periods.length - 1]!.end} ·{' '}
            {preview.weeks !== null
              ? `${preview.weeks} weeks`
              : `${preview.periods.reduce((n, p) => n + p.days, 0)} days`}
          </span>
        )}
        {preview.ok && preview.weeks === 53 && (
          <span className="badge badge-warn" data-testid="calendar-53-week">
            53-week year
          </span>
        )}
      </div>
      {preview.ok ? (
        <table className="preview-table">
          <thead>
            <tr>
              <th>Period</th>
              <th>Start</th>
              <th>End</th>
              <th className="num">{retail ? 'Weeks' : 'Days'}</th>
            </tr>
          </thead>
          <tbody>
            {preview.periods.map((p) => {
              const long = preview.weeks === 53 && isExtraWeek(spec, p);
              return (
                <tr key={p.key} data-testid="calendar-preview-row" className={long ? 'row-flagged' : undefined}>
                  <td>{p.key}</td>
                  <td>{p.start}</td>
                  <td>{p.end}</td>
                  <td className="num">
                    {retail ? p.weeks : p.days}
                    {long && <span className="muted small"> (+1 week)</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="form-error" role="alert">
          {preview.message}
        </p>
      )}
    </section>
  );
}

/** The period that takes the 53rd week (the last one unless the spec says otherwise). */
function isExtraWeek(spec: FiscalCalendarSpec, p: FiscalPeriodSpan): boolean {
  return spec.kind === 'retail' && p.index === (spec.extraWeekPeriod ?? 12);
}
