import type { AppErrorShape } from '../../../src-shared/ipc/result';
import { missingRateOf } from './summary-error';

/**
 * Why the summary could not be calculated. A missing FX rate names the pair and the month
 * and points to where rates are kept; anything else shows the service's message.
 */
export function SummaryError({
  message,
  failure,
  onOpenSetup,
}: {
  message: string;
  failure: AppErrorShape | null;
  onOpenSetup: () => void;
}) {
  const missing = missingRateOf(failure);
  return (
    <div className="banner banner-error summary-error" role="alert" data-testid="summary-error">
      {missing ? (
        <>
          <b>
            No {missing.rateKind} FX rate for {missing.pair} in {missing.month}.
          </b>{' '}
          The summary converts every amount to the base currency at the rate of its month. Add the rate in Setup → FX
          rates.{' '}
          <button type="button" className="link" data-testid="summary-open-setup" onClick={onOpenSetup}>
            Open FX rates
          </button>
          <div className="muted small">{message}</div>
        </>
      ) : (
        message
      )}
    </div>
  );
}
