import { useEffect, useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { useCommand } from '../../api/useCommand';
import { Dialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { fiscalYearSpan, MONTH_NAMES } from '../../state/fiscal-years';
import { useWorkbook } from '../../state/WorkbookContext';
import { describeCalendar } from './accounting-draft';
import '../../styles/setup-accounting.css';
import { pruneDraft, SETTINGS_KEYS, settingsPatch, type SettingsDraft, type SettingsKey } from './settings-draft';

const monthOptions = MONTH_NAMES.map((m, i) => ({ value: String(i + 1), label: m }));

/**
 * Workbook settings: name, base currency, fiscal year start and the user's name (the actor
 * of every journal entry), with the accounting calendar shown and linked to where it is
 * set. The fiscal-year start and the calendar always agree: under calendar months moving
 * the start moves the calendar; under a retail calendar the start follows its year end.
 * Saving is one undoable command; the header follows through the workbook/changed event. A new fiscal-year start changes
 * which months every fiscal year holds, so it is confirmed first. Refusals from the
 * service are shown at the field they name.
 */
export function WorkbookSettings({ onOpenCalendar }: { onOpenCalendar: () => void }) {
  const wb = useWorkbook();
  const accounting = useQuery('accounting/get-settings', {}, { staleOn: touches(TABLES.accountingSettings) });
  const calendar = accounting.data?.calendar;
  const retail = calendar?.kind === 'retail';
  const stored = wb.info.settings;
  const [draft, setDraft] = useState<SettingsDraft>({});
  const [confirming, setConfirming] = useState(false);
  const cmd = useCommand({ toast: false });
  const patch = useMemo(() => settingsPatch(stored, draft), [stored, draft]);
  const dirty = Object.keys(patch).length > 0;
  const value = { ...stored, ...draft };

  useEffect(() => setDraft((d) => pruneDraft(stored, d)), [stored]);

  const field = errorField(cmd.error);
  const errorAt = (k: SettingsKey) => (field === k && cmd.error ? errorFieldMessage(cmd.error) : null);
  const generalError = cmd.error && !SETTINGS_KEYS.some((k) => k === field) ? cmd.error.message : null;

  const edit = <K extends SettingsKey>(k: K, v: SettingsDraft[K]) => {
    cmd.clearError();
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const apply = async () => {
    setConfirming(false);
    const saved = await cmd.run('workbook/update-settings', { patch });
    if (saved) notify('info', 'Workbook settings saved. Undo puts them back.');
  };

  const fy = wb.info.currentFiscalYear;
  const currencies = wb.dimensions.currencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));

  return (
    <div className="panel settings-panel" data-testid="workbook-settings">
      <h2>Workbook</h2>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!dirty || cmd.busy) return;
          if (patch.fyStartMonth !== undefined) setConfirming(true);
          else void apply();
        }}
      >
        <Field label="Workbook name" error={errorAt('name')}>
          <input
            data-testid="settings-name"
            value={value.name}
            aria-invalid={field === 'name'}
            onChange={(e) => edit('name', e.target.value)}
          />
        </Field>
        <Field
          label="Base currency"
          error={errorAt('baseCurrency')}
          hint="Subtotals and grand totals add lines in this currency; lines in other currencies are totalled on their own."
        >
          <Select
            testId="settings-base-currency"
            value={value.baseCurrency}
            options={currencies}
            onChange={(v) => edit('baseCurrency', v)}
          />
        </Field>
        <Field
          label="Fiscal year starts in"
          error={errorAt('fyStartMonth')}
          hint={
            retail
              ? 'Set by the retail calendar: its year starts the month after its year-end month. Change it in Calendar & policies.'
              : `${fiscalYearLabel(fy)} runs ${fiscalYearSpan(fy, value.fyStartMonth)}. The accounting calendar moves with it.`
          }
        >
          <select
            data-testid="settings-fy-start"
            value={String(value.fyStartMonth)}
            disabled={retail}
            onChange={(e) => edit('fyStartMonth', Number(e.target.value))}
          >
            {monthOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <div className="field">
          <span className="field-label">Fiscal calendar</span>
          <span data-testid="settings-fiscal-calendar">{calendar ? describeCalendar(calendar) : 'Loading…'}</span>
          <span className="field-hint">
            Calendar months or 4-4-5, 4-5-4 and 5-4-4 retail weeks are set, with a preview of the periods, in{' '}
            <button type="button" className="link-button" data-testid="settings-open-calendar" onClick={onOpenCalendar}>
              Calendar &amp; policies
            </button>
            .
          </span>
        </div>
        <Field
          label="Your name"
          error={errorAt('userName')}
          hint="Written as the author of every change you make, in the journal and the audit trail."
        >
          <input
            data-testid="settings-user-name"
            value={value.userName}
            aria-invalid={field === 'userName'}
            onChange={(e) => edit('userName', e.target.value)}
          />
        </Field>
        {generalError && (
          <p className="form-error" role="alert" data-testid="settings-error">
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
          <button type="submit" className="primary" data-testid="settings-save" disabled={!dirty || cmd.busy}>
            Save settings
          </button>
        </div>
      </form>
      {confirming && patch.fyStartMonth !== undefined && (
        <FiscalStartDialog
          fy={fy}
          from={stored.fyStartMonth}
          to={patch.fyStartMonth}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void apply()}
        />
      )}
    </div>
  );
}

/** What a new fiscal-year start does, asked before it is saved. */
function FiscalStartDialog(props: {
  fy: number;
  from: number;
  to: number;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { fy, from, to } = props;
  const label = fiscalYearLabel(fy);
  return (
    <Dialog
      title="Change when the fiscal year starts?"
      onClose={props.onCancel}
      testId="fy-start-dialog"
      width={480}
      footer={
        <>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" data-testid="fy-start-confirm" onClick={props.onConfirm}>
            Start fiscal years in {MONTH_NAMES[to - 1]}
          </button>
        </>
      }
    >
      <p>
        Fiscal years will start in <b>{MONTH_NAMES[to - 1]}</b> instead of {MONTH_NAMES[from - 1]}. {label} will run{' '}
        <b>{fiscalYearSpan(fy, to)}</b> instead of {fiscalYearSpan(fy, from)}.
      </p>
      <p>
        Amounts stay in their calendar months, so every fiscal year holds different months: its totals, the budget
        columns and the years you can pick all change. You can undo this.
      </p>
    </Dialog>
  );
}
