import type { ReactNode } from 'react';

/** A labelled form field with an optional hint and an optional error under it. */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <label className={error ? 'field field-invalid' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A select over options, with an optional "none" entry. */
export function Select({
  value,
  options,
  onChange,
  none,
  ariaLabel,
  testId,
}: {
  value: string;
  options: readonly Option[];
  onChange: (v: string) => void;
  none?: string;
  ariaLabel?: string;
  testId?: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={ariaLabel} data-testid={testId}>
      {none !== undefined && <option value="">{none}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Options from dimension rows, sorted by code. */
export function codeOptions(rows: readonly { id: string; code: string; name: string }[]): Option[] {
  return [...rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }));
}
