import { useEffect, useMemo, useState } from 'react';
import type { AccountingSettings as Settings } from '../../../src-shared/model';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useCommand } from '../../api/useCommand';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { MONTH_NAMES, selectableYears } from '../../state/fiscal-years';
import { useWorkbook } from '../../state/WorkbookContext';
import { accountingErrorKey, accountingPatch, budgetStartMonth, type AccountingKey } from './accounting-draft';
import { CalendarFields } from './CalendarFields';
import { CalendarPreview } from './CalendarPreview';
import { ChoiceGroup } from './ChoiceGroup';
import '../../styles/setup-accounting.css';

const ROUNDING = [
  {
    value: 'HALF_UP',
    label: 'Half up',
    hint: 'A half cent rounds away from zero (2.345 → 2.35), as Excel’s ROUND does.',
  },
  {
    value: 'HALF_EVEN',
    label: 'Half to even (banker’s)',
    hint: 'A half cent rounds to the even cent (2.345 → 2.34, 2.355 → 2.36), so many roundings do not drift upwards.',
  },
] as const;

const ACCRUAL = [
  {
    value: 'by-days',
    label: 'By days',
    hint: 'A cost is spread over the periods its service covers in proportion to the days in each (a 5-week period gets more than a 4-week one).',
  },
  {
    value: 'even-by-period',
    label: 'Evenly by period',
    hint: 'Every period the service touches gets an equal share, however many of its days it covers.',
  },
] as const;

/**
 * The accounting calendar and policies: fiscal calendar (with a live preview of a fiscal
 * year's periods), rounding and accrual policy. One Save is one undoable
 * accounting/save-settings command. Because budget months and accounting periods must name
 * the same fiscal years, a calendar that starts its year in another month also moves the
 * workbook's fiscal-year start; that is said next to the calendar and confirmed first.
 */
export function AccountingSettings() {
  const wb = useWorkbook();
  const stored = useQuery('accounting/get-settings', {}, { staleOn: touches(TABLES.accountingSettings) });
  if (!stored.data) return <div className="loading">{stored.error ?? 'Loading…'}</div>;
  return <SettingsForm stored={stored.data} fyStartMonth={wb.info.settings.fyStartMonth} />;
}

function SettingsForm({ stored, fyStartMonth }: { stored: Settings; fyStartMonth: number }) {
  const wb = useWorkbook();
  const [draft, setDraft] = useState<Partial<Settings>>({});
  const [previewYear, setPreviewYear] = useState(wb.fiscalYear);
  const [confirming, setConfirming] = useState(false);
  const cmd = useCommand({ toast: false });
  const patch = useMemo(() => accountingPatch(stored, draft), [stored, draft]);
  const dirty = Object.keys(patch).length > 0;
  const value: Settings = { ...stored, ...draft };
  const newStart = budgetStartMonth(value.calendar);
  const moves = newStart !== fyStartMonth;

  // After a save, an undo or a change elsewhere, keep only the edits still pending.
  useEffect(() => setDraft((d) => accountingPatch(stored, d)), [stored]);

  const errorKey = accountingErrorKey(errorField(cmd.error));
  const errorAt = (k: AccountingKey) => (errorKey === k && cmd.error ? errorFieldMessage(cmd.error) : null);
  const generalError = cmd.error && errorKey === null ? cmd.error.message : null;
  const edit = <K extends AccountingKey>(k: K, v: Settings[K]) => {
    cmd.clearError();
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const save = async () => {
    setConfirming(false);
    const saved = await cmd.run('accounting/save-settings', { patch });
    if (saved) notify('info', 'Accounting settings saved. Undo puts them back.');
  };
  const years = [...new Set([...selectableYears(wb.info), previewYear])].sort((a, b) => a - b);

  return (
    <div className="panel settings-panel accounting-settings" data-testid="accounting-settings">
      <h2>Calendar &amp; policies</h2>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!dirty || cmd.busy) return;
          if (patch.calendar && moves) setConfirming(true);
          else void save();
        }}
      >
        <div className="calendar-row">
          <div className="form-stack">
            <CalendarFields value={value.calendar} onChange={(c) => edit('calendar', c)} error={errorAt('calendar')} />
            <p className={moves ? 'calendar-note calendar-note-warn' : 'calendar-note'} data-testid="calendar-fy-note">
              {moves
                ? `Saving moves the budget’s fiscal-year start from ${MONTH_NAMES[fyStartMonth - 1]} to ${MONTH_NAMES[newStart - 1]}: budget months, fiscal years and their totals follow.`
                : `Budget fiscal years start in ${MONTH_NAMES[fyStartMonth - 1]}, the first month of this calendar’s years; a calendar that starts its years in another month moves that start too.`}
            </p>
          </div>
          <CalendarPreview spec={value.calendar} fiscalYear={previewYear} years={years} onYear={setPreviewYear} />
        </div>
        <ChoiceGroup
          label="Rounding"
          name="rounding-mode"
          value={value.roundingMode}
          options={ROUNDING}
          error={errorAt('roundingMode')}
          onChange={(v) => edit('roundingMode', v)}
        />
        <ChoiceGroup
          label="Accrual policy"
          name="accrual-policy"
          value={value.accrualPolicy}
          options={ACCRUAL}
          error={errorAt('accrualPolicy')}
          onChange={(v) => edit('accrualPolicy', v)}
        />
        {generalError && (
          <p className="form-error" role="alert" data-testid="accounting-settings-error">
            {generalError}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            disabled={!dirty}
            onClick={() => {
              cmd.clearError();
              setDraft({});
            }}
          >
            Discard changes
          </button>
          <button type="submit" className="primary" data-testid="accounting-save" disabled={!dirty || cmd.busy}>
            Save
          </button>
        </div>
      </form>
      {confirming && (
        <Dialog
          title="Change the fiscal calendar?"
          onClose={() => setConfirming(false)}
          testId="calendar-confirm-dialog"
          width={480}
          footer={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button type="button" className="primary" data-testid="calendar-confirm" onClick={() => void save()}>
                Change the calendar
              </button>
            </>
          }
        >
          <p>
            Fiscal years will start in <b>{MONTH_NAMES[newStart - 1]}</b> instead of {MONTH_NAMES[fyStartMonth - 1]}.
            Budget amounts stay in their calendar months, so every fiscal year holds different months; accounting
            periods, depreciation and accruals follow the new calendar. You can undo this.
          </p>
        </Dialog>
      )}
    </div>
  );
}
