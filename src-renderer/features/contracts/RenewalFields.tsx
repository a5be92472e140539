import { Field, Select } from '../../components/Field';
import type { RenewalDraft } from './contract-draft';
import type { FieldErrors } from './draft-parse';
import { errorAt } from './form-errors';

/** Renewal and notice terms of the contract dialog; off means the contract simply ends. */
export function RenewalFields({
  value,
  onChange,
  errors,
}: {
  value: RenewalDraft;
  onChange: (patch: Partial<RenewalDraft>) => void;
  errors: FieldErrors;
}) {
  const at = (k: string) => errorAt(errors, `renewal.${k}`);
  return (
    <fieldset className="contract-fieldset span-2" data-testid="renewal-fields">
      <legend>
        <label className="inline-check">
          <input
            type="checkbox"
            data-testid="renewal-enabled"
            checked={value.enabled}
            onChange={(e) => onChange({ enabled: e.target.checked })}
          />
          Renewal and notice terms
        </label>
      </legend>
      {value.enabled && (
        <div className="form-grid">
          <Field label="Renewal date" error={at('renewalDate')} hint="Blank: the day after the end.">
            <input
              type="date"
              data-testid="renewal-date"
              value={value.renewalDate}
              onChange={(e) => onChange({ renewalDate: e.target.value })}
            />
          </Field>
          <div className="contract-pair">
            <Field label="Notice" error={at('noticeDays') ?? at('noticeMonths')} hint="Blank: none needed.">
              <input
                data-testid="renewal-notice"
                inputMode="numeric"
                value={value.notice}
                onChange={(e) => onChange({ notice: e.target.value })}
              />
            </Field>
            <Field label="Unit">
              <Select
                testId="renewal-notice-unit"
                value={value.noticeUnit}
                options={[
                  { value: 'days', label: 'days before' },
                  { value: 'months', label: 'months before' },
                ]}
                onChange={(v) => onChange({ noticeUnit: v === 'months' ? 'months' : 'days' })}
              />
            </Field>
          </div>
          <label className="inline-check">
            <input
              type="checkbox"
              data-testid="renewal-auto"
              checked={value.autoRenew}
              onChange={(e) => onChange({ autoRenew: e.target.checked })}
            />
            Renews automatically unless cancelled
          </label>
          <Field label="Renewal term (months)" error={at('renewalTermMonths')}>
            <input
              data-testid="renewal-term"
              inputMode="numeric"
              value={value.renewalTermMonths}
              onChange={(e) => onChange({ renewalTermMonths: e.target.value })}
            />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
