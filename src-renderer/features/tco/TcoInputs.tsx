import type { TcoModel } from '../../../src-shared/model';
import { alternativeFields, fieldKey, fieldLabel } from './model-fields';

function NumberInput({
  item,
  field,
  label,
  saved,
  edits,
  errors,
  onEdit,
}: {
  item: string;
  field: string;
  label: string;
  saved: string;
  edits: ReadonlyMap<string, string>;
  errors: ReadonlyMap<string, string>;
  onEdit: (key: string, text: string) => void;
}) {
  const key = fieldKey(item, field);
  const error = errors.get(key);
  return (
    <label className={error ? 'field field-invalid' : 'field'} title={field}>
      <span className="field-label">{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={edits.get(key) ?? saved}
        onChange={(e) => onEdit(key, e.target.value)}
        className={edits.has(key) ? 'tco-edited' : undefined}
        data-testid={`tco-input-${item}-${field}`}
      />
      {error && (
        <span className="field-error" role="alert" data-testid={`tco-error-${item}-${field}`}>
          {error}
        </span>
      )}
    </label>
  );
}

/**
 * The inputs planners change most: horizon, discount rate and each alternative's decimal
 * inputs outside its lists. Edits are a what-if until saved; errors show at their field.
 */
export function TcoInputs({
  model,
  edits,
  errors,
  formError,
  busy,
  onEdit,
  onSave,
  onReset,
}: {
  model: TcoModel;
  edits: ReadonlyMap<string, string>;
  errors: ReadonlyMap<string, string>;
  /** A refusal not about one of the fields shown. */
  formError: string | null;
  busy: boolean;
  onEdit: (key: string, text: string) => void;
  onSave: () => void;
  onReset: () => void;
}) {
  const common = { edits, errors, onEdit };
  return (
    <aside className="panel tco-inputs" aria-label="Model inputs" data-testid="tco-inputs">
      <div className="tco-inputs-head">
        <h3>Inputs</h3>
        {edits.size > 0 && (
          <span className="tco-whatif" data-testid="tco-whatif">
            What-if, not saved
          </span>
        )}
      </div>
      <div className="tco-inputs-group">
        <NumberInput item="model" field="years" label="Horizon (years)" saved={String(model.years)} {...common} />
        <NumberInput
          item="model"
          field="discountRatePercent"
          label="Discount rate %"
          saved={model.discountRatePercent}
          {...common}
        />
      </div>
      {model.alternatives.map((a) => (
        <fieldset key={a.id} className="tco-inputs-group">
          <legend>{a.name}</legend>
          {alternativeFields(a).map((f) => (
            <NumberInput
              key={f.field}
              item={a.id}
              field={f.field}
              label={fieldLabel(f.field)}
              saved={f.value}
              {...common}
            />
          ))}
        </fieldset>
      ))}
      {formError && (
        <p className="form-error" role="alert" data-testid="tco-form-error">
          {formError}
        </p>
      )}
      <div className="tco-inputs-actions">
        <button type="button" onClick={onReset} disabled={edits.size === 0} data-testid="tco-reset">
          Reset
        </button>
        <button
          type="button"
          className="primary"
          onClick={onSave}
          disabled={busy || edits.size === 0}
          data-testid="tco-save"
        >
          Save
        </button>
      </div>
    </aside>
  );
}
