/** A From/To month pair for filtering cloud figures ('' = open-ended). */
export function MonthRange({
  from,
  to,
  onFrom,
  onTo,
  label = '',
  testId,
}: {
  from: string;
  to: string;
  onFrom: (m: string) => void;
  onTo: (m: string) => void;
  /** Prefix of the accessible names ("Hygiene" → "Hygiene from month"). */
  label?: string;
  testId: string;
}) {
  const name = (end: string) => (label ? `${label} ${end.toLowerCase()} month` : `${end} month`);
  return (
    <>
      <label className="inline-field">
        From
        <input
          type="month"
          aria-label={name('From')}
          data-testid={`${testId}-from`}
          value={from}
          onChange={(e) => onFrom(e.target.value)}
        />
      </label>
      <label className="inline-field">
        To
        <input
          type="month"
          aria-label={name('To')}
          data-testid={`${testId}-to`}
          value={to}
          onChange={(e) => onTo(e.target.value)}
        />
      </label>
    </>
  );
}
