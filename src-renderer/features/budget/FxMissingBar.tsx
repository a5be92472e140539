import { monthLabel } from '../../../src-shared/calendar/fiscal';
import type { MissingRate } from '../../../src-shared/model';
import { useWorkbook } from '../../state/WorkbookContext';

const SHOWN = 6;

/**
 * Why the base-currency total has empty months: the budget FX rates it lacks, by currency
 * pair and month, and where to add them. Also shows a conversion that failed outright.
 */
export function FxMissingBar(props: { missing: readonly MissingRate[]; error: string | null; baseCurrency: string }) {
  const { missing, error, baseCurrency } = props;
  const wb = useWorkbook();
  if (!missing.length && !error) return null;
  const named = missing.slice(0, SHOWN).map((m) => `${m.from}→${m.to} ${monthLabel(m.month)}`);
  const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '';
  return (
    <div className="grid-message grid-message-warning" role="alert" data-testid="fx-missing">
      {error ? (
        <span>
          The total in {baseCurrency} could not be converted: {error}
        </span>
      ) : (
        <span>
          No budget FX rate for {named.join(', ')}
          {more}: the total in {baseCurrency} leaves {missing.length === 1 ? 'that month' : 'those months'} empty. Add
          the rates in Setup → FX rates.{' '}
          <button type="button" className="link" data-testid="fx-missing-open" onClick={() => wb.openSetup('fx')}>
            Open FX rates
          </button>
        </span>
      )}
    </div>
  );
}
