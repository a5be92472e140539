import { useState } from 'react';
import type { AlternativeKind, Asset, TcoModel, TcoResult } from '../../../src-shared/model';
import type { EditorApi } from './editor-api';
import { KIND_LABELS, KINDS } from './templates';
import { TcoAlternativeEditor } from './TcoAlternativeEditor';
import { TcoDemandEditor } from './TcoDemandEditor';
import { TcoField } from './TcoField';

/**
 * Every input of a model: horizon, start, discount rate, demand drivers, and the
 * alternatives side by side with their lists. Edits are a what-if until saved; a refusal
 * shows at the field it names, anything else under the editor.
 */
export function TcoInputs({
  model,
  ed,
  dirty,
  register,
  result,
  minorUnits,
  formError,
  busy,
  onAddAlternative,
  onRemoveAlternative,
  onSave,
  onReset,
}: {
  model: TcoModel;
  ed: EditorApi;
  dirty: boolean;
  register: readonly Asset[];
  result: TcoResult | undefined;
  minorUnits: number;
  /** A refusal not about one of the fields shown. */
  formError: string | null;
  busy: boolean;
  onAddAlternative: (kind: AlternativeKind) => void;
  onRemoveAlternative: (id: string) => void;
  onSave: () => void;
  onReset: () => void;
}) {
  const [kind, setKind] = useState<AlternativeKind>('cloud');
  return (
    <section className="panel tco-inputs" aria-label="Model inputs" data-testid="tco-inputs">
      <div className="tco-inputs-head">
        <h3>Inputs</h3>
        {dirty && (
          <span className="tco-whatif" data-testid="tco-whatif">
            What-if, not saved
          </span>
        )}
        <div className="tco-inputs-actions">
          <button type="button" onClick={onReset} disabled={!dirty} data-testid="tco-reset">
            Reset
          </button>
          <button type="button" className="primary" onClick={onSave} disabled={busy || !dirty} data-testid="tco-save">
            Save
          </button>
        </div>
      </div>
      {formError && (
        <p className="form-error" role="alert" data-testid="tco-form-error">
          {formError}
        </p>
      )}
      <div className="tco-model-row">
        <fieldset className="tco-inputs-group">
          <legend>Model</legend>
          <TcoField
            ed={ed}
            item="model"
            path={['years']}
            value={model.years}
            label="Horizon (years)"
            spec={{ type: 'whole' }}
          />
          <TcoField
            ed={ed}
            item="model"
            path={['startMonth']}
            value={model.startMonth}
            label="First month"
            spec={{ type: 'text' }}
          />
          <TcoField
            ed={ed}
            item="model"
            path={['discountRatePercent']}
            value={model.discountRatePercent}
            label="Discount rate %"
            spec={{ type: 'decimal' }}
          />
        </fieldset>
        <TcoDemandEditor ed={ed} model={model} />
        <fieldset className="tco-inputs-group">
          <legend>Add an alternative</legend>
          <select
            value={kind}
            onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? 'cloud')}
            aria-label="Kind of alternative"
            data-testid="tco-new-alt-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => onAddAlternative(kind)} data-testid="tco-add-alt">
            Add alternative
          </button>
        </fieldset>
      </div>
      <div className="tco-alts">
        {model.alternatives.map((a) => (
          <TcoAlternativeEditor
            key={a.id}
            ed={ed}
            alt={a}
            model={model}
            register={register}
            result={result?.alternatives.find((r) => r.id === a.id)}
            minorUnits={minorUnits}
            canRemove={model.alternatives.length > 1}
            onRemove={() => onRemoveAlternative(a.id)}
          />
        ))}
      </div>
    </section>
  );
}
