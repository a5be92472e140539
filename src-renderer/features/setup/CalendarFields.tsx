import type { FiscalCalendarSpec } from '../../../src-shared/calendar/calendar-types';
import { Field, Select } from '../../components/Field';
import { MONTH_NAMES } from '../../state/fiscal-years';
import { switchKind } from './accounting-draft';

type Retail = Extract<FiscalCalendarSpec, { kind: 'retail' }>;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const monthOptions = MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }));
const weekdayOptions = WEEKDAYS.map((d, i) => ({ value: String(i), label: d }));
const PATTERNS = ['4-4-5', '4-5-4', '5-4-4'] as const;
const patternOptions = [
  { value: '4-4-5', label: '4-4-5 weeks per quarter' },
  { value: '4-5-4', label: '4-5-4 weeks per quarter (NRF retail)' },
  { value: '5-4-4', label: '5-4-4 weeks per quarter' },
];

/**
 * The fields of a fiscal calendar: its kind, then the start month of calendar months, or
 * the pattern, closing weekday, rule and year-end month of a retail 52/53-week calendar.
 */
export function CalendarFields({
  value,
  onChange,
  error,
}: {
  value: FiscalCalendarSpec;
  onChange: (spec: FiscalCalendarSpec) => void;
  error: string | null;
}) {
  const retail = (patch: Partial<Retail>) => value.kind === 'retail' && onChange({ ...value, ...patch });
  return (
    <fieldset className="calendar-fields" aria-invalid={error !== null}>
      <legend>Fiscal calendar</legend>
      <Field
        label="Periods are"
        error={error}
        hint={
          value.kind === 'retail'
            ? 'Twelve periods of whole weeks, 13 weeks a quarter; years have 52 weeks, or 53 when the year-end rule needs one more.'
            : 'Twelve calendar months.'
        }
      >
        <Select
          testId="calendar-kind"
          value={value.kind}
          options={[
            { value: 'calendar-months', label: 'Calendar months' },
            { value: 'retail', label: 'Retail weeks (4-4-5, 4-5-4, 5-4-4)' },
          ]}
          onChange={(v) => onChange(switchKind(value, v === 'retail' ? 'retail' : 'calendar-months'))}
        />
      </Field>
      {value.kind === 'calendar-months' ? (
        <Field label="Fiscal year starts in">
          <Select
            testId="calendar-start-month"
            value={String(value.startMonth)}
            options={monthOptions}
            onChange={(v) => onChange({ kind: 'calendar-months', startMonth: Number(v) })}
          />
        </Field>
      ) : (
        <div className="form-grid">
          <Field label="Weeks per period">
            <Select
              testId="calendar-pattern"
              value={value.pattern}
              options={patternOptions}
              onChange={(v) => retail({ pattern: PATTERNS.find((p) => p === v) ?? value.pattern })}
            />
          </Field>
          <Field label="Year-end month">
            <Select
              testId="calendar-end-month"
              value={String(value.endMonth)}
              options={monthOptions}
              onChange={(v) => retail({ endMonth: Number(v) })}
            />
          </Field>
          <Field label="Weeks end on">
            <Select
              testId="calendar-end-weekday"
              value={String(value.endWeekday)}
              options={weekdayOptions}
              onChange={(v) => retail({ endWeekday: Number(v) })}
            />
          </Field>
          <Field label="The year ends on">
            <Select
              testId="calendar-rule"
              value={value.rule}
              options={[
                {
                  value: 'last',
                  label: `the last ${WEEKDAYS[value.endWeekday]} of ${MONTH_NAMES[value.endMonth - 1]}`,
                },
                {
                  value: 'nearest',
                  label: `the ${WEEKDAYS[value.endWeekday]} nearest the end of ${MONTH_NAMES[value.endMonth - 1]}`,
                },
              ]}
              onChange={(v) => retail({ rule: v === 'last' ? 'last' : 'nearest' })}
            />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
