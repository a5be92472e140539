import { Field, Select } from '../../components/Field';
import type { FieldErrors } from './draft-parse';
import type { EscalationDraft, EscalationKind, StepDraft } from './escalation-draft';
import { errorAt } from './form-errors';

const KINDS: { value: EscalationKind; label: string }[] = [
  { value: 'none', label: 'None (fixed price)' },
  { value: 'annual-percent', label: 'Annual percentage' },
  { value: 'steps', label: 'Steps on dates' },
  { value: 'index', label: 'Price index (CPI)' },
];

/** The escalation part of the contract dialog: one set of inputs per kind of rule. */
export function EscalationEditor({
  value,
  onChange,
  errors,
}: {
  value: EscalationDraft;
  onChange: (patch: Partial<EscalationDraft>) => void;
  errors: FieldErrors;
}) {
  const at = (k: string) => errorAt(errors, `escalation.${k}`);
  const firstIncrease = (
    <Field label="First increase" error={at('firstIncrease')} hint="Blank: one year after the start.">
      <input
        type="date"
        data-testid="escalation-first-increase"
        value={value.firstIncrease}
        onChange={(e) => onChange({ firstIncrease: e.target.value })}
      />
    </Field>
  );
  return (
    <fieldset className="contract-fieldset span-2" data-testid="escalation-editor">
      <legend>Escalation</legend>
      <div className="form-grid">
        <Field label="Kind" error={at('kind')}>
          <Select
            testId="escalation-kind"
            value={value.kind}
            options={KINDS}
            onChange={(v) => onChange({ kind: KINDS.find((k) => k.value === v)?.value ?? 'none' })}
          />
        </Field>
        {value.kind === 'annual-percent' && (
          <>
            <Field label="Increase per year (%)" error={at('percent')}>
              <input
                data-testid="escalation-percent"
                inputMode="decimal"
                placeholder="3.5"
                value={value.percent}
                onChange={(e) => onChange({ percent: e.target.value })}
              />
            </Field>
            {firstIncrease}
          </>
        )}
        {value.kind === 'steps' && (
          <StepsEditor steps={value.steps} onChange={(steps) => onChange({ steps })} errors={errors} />
        )}
        {value.kind === 'index' && (
          <>
            <Field label="Index name" error={at('indexName')}>
              <input
                data-testid="escalation-index-name"
                value={value.indexName}
                onChange={(e) => onChange({ indexName: e.target.value })}
              />
            </Field>
            {firstIncrease}
            <div className="span-2">
              <Field
                label="Index level per calendar year"
                error={at('values')}
                hint='One a line, "2025 = 127.4". The increase is the change of the level, lagged.'
              >
                <textarea
                  data-testid="escalation-index-values"
                  rows={4}
                  value={value.valuesText}
                  onChange={(e) => onChange({ valuesText: e.target.value })}
                />
              </Field>
            </div>
            <Field label="Lag (years)" error={at('lagYears')} hint="Blank: 1.">
              <input
                data-testid="escalation-lag"
                inputMode="numeric"
                value={value.lagYears}
                onChange={(e) => onChange({ lagYears: e.target.value })}
              />
            </Field>
            <div className="contract-pair">
              <Field label="Cap (%)" error={at('capPercent')}>
                <input
                  data-testid="escalation-cap"
                  inputMode="decimal"
                  value={value.capPercent}
                  onChange={(e) => onChange({ capPercent: e.target.value })}
                />
              </Field>
              <Field label="Floor (%)" error={at('floorPercent')}>
                <input
                  data-testid="escalation-floor"
                  inputMode="decimal"
                  value={value.floorPercent}
                  onChange={(e) => onChange({ floorPercent: e.target.value })}
                />
              </Field>
            </div>
          </>
        )}
      </div>
    </fieldset>
  );
}

/** Dated price changes: a new absolute price or a percentage on the price before. */
function StepsEditor({
  steps,
  onChange,
  errors,
}: {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  errors: FieldErrors;
}) {
  const edit = (i: number, patch: Partial<StepDraft>) =>
    onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <div className="span-2 contract-steps" data-testid="escalation-steps">
      {steps.length === 0 && <p className="muted small">No steps yet.</p>}
      {steps.map((s, i) => {
        const error = errorAt(errors, `escalation.steps[${i}]`);
        return (
          <div key={i} className="contract-step">
            <input
              type="date"
              aria-label={`Step ${i + 1} date`}
              data-testid={`escalation-step-${i}-date`}
              value={s.date}
              onChange={(e) => edit(i, { date: e.target.value })}
            />
            <Select
              ariaLabel={`Step ${i + 1} change`}
              testId={`escalation-step-${i}-type`}
              value={s.type}
              options={[
                { value: 'percent', label: 'Change by %' },
                { value: 'absolute', label: 'New price' },
              ]}
              onChange={(v) => edit(i, { type: v === 'absolute' ? 'absolute' : 'percent' })}
            />
            <input
              aria-label={`Step ${i + 1} ${s.type === 'percent' ? 'percent' : 'price'}`}
              data-testid={`escalation-step-${i}-value`}
              inputMode="decimal"
              value={s.value}
              onChange={(e) => edit(i, { value: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove step ${i + 1}`}
              onClick={() => onChange(steps.filter((_, j) => j !== i))}
            >
              ×
            </button>
            {error && (
              <span className="field-error contract-step-error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <button
        type="button"
        data-testid="escalation-add-step"
        onClick={() => onChange([...steps, { date: '', type: 'percent', value: '' }])}
      >
        Add step
      </button>
    </div>
  );
}
