import { useState } from 'react';
import { Field, Select } from '../../components/Field';
import { useCommand } from '../../api/useCommand';
import { notify } from '../../api/notifications';
import { errorField } from '../../api/client';
import { useWorkbook } from '../../state/WorkbookContext';
import { blankRow, toSaveRow, type KindSpec } from './dimension-specs';

/**
 * Add a row of reference data. The server validates (code format, uniqueness ignoring
 * case, references); its message is shown under the field it names.
 */
export function AddDimensionForm({ spec }: { spec: KindSpec }) {
  const wb = useWorkbook();
  const [values, setValues] = useState<Record<string, string>>(() => blankRow(spec, wb.dimensions));
  const cmd = useCommand({ toast: false });
  const [missing, setMissing] = useState<string | null>(null);
  const field = missing ?? errorField(cmd.error);
  const message = missing
    ? `${spec.fields.find((f) => f.key === missing)?.label ?? missing} is required.`
    : cmd.error?.message;
  const known = spec.fields.some((f) => f.key === field);

  const submit = async () => {
    // Say what is missing here rather than show the boundary's schema message.
    const empty = spec.fields.find((f) => !f.nullable && f.key !== 'owner' && (values[f.key] ?? '') === '');
    setMissing(empty ? empty.key : null);
    if (empty) return;
    const r = await cmd.run('dimensions/save', { kind: spec.kind, row: toSaveRow(spec, values) } as never);
    if (r) {
      notify('info', `Added ${spec.label.toLowerCase()} ${values.code}.`);
      setValues(blankRow(spec, wb.dimensions));
    }
  };

  return (
    <form
      className="add-form"
      data-testid="add-dimension-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {spec.fields.map((f) => (
        <Field key={f.key} label={f.label} error={field === f.key ? message : null}>
          {f.type === 'text' ? (
            <input
              data-testid={`add-${f.key}`}
              value={values[f.key] ?? ''}
              aria-invalid={field === f.key}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
          ) : (
            <Select
              testId={`add-${f.key}`}
              value={values[f.key] ?? ''}
              none={f.nullable ? '—' : undefined}
              options={f.options?.(wb.dimensions) ?? []}
              onChange={(v) => setValues((s) => ({ ...s, [f.key]: v }))}
            />
          )}
        </Field>
      ))}
      <button type="submit" className="primary" data-testid="add-dimension-submit" disabled={cmd.busy}>
        Add {spec.label.toLowerCase()}
      </button>
      {message && !known && (
        <p className="form-error" role="alert" data-testid="add-dimension-error">
          {message}
        </p>
      )}
    </form>
  );
}
