import { asText, fieldName, wholeOrText, type Path } from './model-paths';
import type { EditorApi } from './editor-api';

export interface FieldSpec {
  type: 'text' | 'decimal' | 'money' | 'whole' | 'select';
  options?: readonly { value: string; label: string }[];
  optional?: boolean;
}

/** The model value for what was typed or picked: whole numbers as numbers, an empty optional field removed. */
export function valueOf(spec: FieldSpec, text: string): unknown {
  if (spec.optional && text.trim() === '') return undefined;
  return spec.type === 'whole' ? wholeOrText(text) : text;
}

/**
 * One input of the model editor (a labelled field, or a bare cell of a list table with its
 * label for screen readers only): shows the draft's value, marks it when it differs from
 * the saved model and shows the refusal that names it.
 */
export function TcoField({
  ed,
  item,
  path,
  value,
  label,
  spec,
  cell = false,
}: {
  ed: EditorApi;
  item: string;
  path: Path;
  value: unknown;
  label: string;
  spec: FieldSpec;
  cell?: boolean;
}) {
  const name = fieldName(path);
  const error = ed.errorAt(item, path);
  const edited = ed.edited(item, path);
  const testId = `tco-input-${item}-${name}`;
  const onChange = (text: string) => ed.set(item, path, valueOf(spec, text));
  const control =
    spec.type === 'select' ? (
      <select
        value={asText(value)}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
        className={edited ? 'tco-edited' : undefined}
        data-testid={testId}
      >
        {(spec.optional || value === undefined) && <option value="">—</option>}
        {(spec.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : (
      <input
        type="text"
        inputMode={spec.type === 'text' ? 'text' : 'decimal'}
        value={asText(value)}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        className={edited ? 'tco-edited' : undefined}
        data-testid={testId}
      />
    );
  const errorEl = error && (
    <span className="field-error" role="alert" data-testid={`tco-error-${item}-${name}`}>
      {error}
    </span>
  );
  if (cell) {
    return (
      <td className={error ? 'tco-cell field-invalid' : 'tco-cell'} title={error ?? name}>
        {control}
        {errorEl}
      </td>
    );
  }
  return (
    <div className={error ? 'field field-invalid' : 'field'} title={name}>
      <span className="field-label">{label}</span>
      {control}
      {errorEl}
    </div>
  );
}
