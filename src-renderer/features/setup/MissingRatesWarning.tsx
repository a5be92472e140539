import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { MissingRates } from '../../../src-shared/fx';

/** Currencies in use that lack budget rates for some months: the accounting summary fails on them. */
export function MissingRatesWarning({
  missing,
  fiscalYear,
  baseCurrency,
}: {
  missing: MissingRates[] | null;
  fiscalYear: number;
  baseCurrency: string;
}) {
  if (!missing || missing.length === 0) return null;
  return (
    <div className="fx-warnings" role="status" data-testid="fx-missing">
      <b>Missing budget rates in {fiscalYearLabel(fiscalYear)}</b>: the accounting summary cannot convert these
      currencies into {baseCurrency} until they have a rate for every month.
      <ul>
        {missing.map((m) => (
          <li key={m.currency} data-testid="fx-missing-currency">
            {m.currency}/{baseCurrency}: {m.months.length === 12 ? 'every month' : m.months.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
