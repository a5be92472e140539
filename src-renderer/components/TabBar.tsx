/** A screen's segmented tab bar: one button per tab, `<testPrefix>-<id>` test ids. */
export function TabBar<T extends string>({
  tabs,
  value,
  onChange,
  label,
  testPrefix,
}: {
  tabs: readonly { id: T; label: string }[];
  value: T;
  onChange: (id: T) => void;
  /** Accessible name of the tab list. */
  label: string;
  testPrefix: string;
}) {
  return (
    <div className="segmented" role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === value}
          className={t.id === value ? 'active' : ''}
          data-testid={`${testPrefix}-${t.id}`}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
