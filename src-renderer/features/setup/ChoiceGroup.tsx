/** A labelled radio group whose options each carry a one-line explanation, with an optional error. */
export function ChoiceGroup<V extends string>({
  label,
  name,
  value,
  options,
  error,
  onChange,
}: {
  label: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string; hint: string }[];
  error?: string | null;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset className={error ? 'choice-group field-invalid' : 'choice-group'} data-testid={name}>
      <legend className="field-label">{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            data-testid={`${name}-${o.value}`}
            onChange={() => onChange(o.value)}
          />
          <span>
            <b>{o.label}</b> <span className="muted">{o.hint}</span>
          </span>
        </label>
      ))}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
