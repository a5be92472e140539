import { EngineInputError } from '../errors';
import type { AccrualPolicy } from './types';

const POLICIES: readonly AccrualPolicy[] = ['by-days', 'even-by-period'];

/** @throws EngineInputError (item "policy", field "accrualPolicy") for an unknown policy. */
export function checkPolicy(policy: AccrualPolicy): void {
  if (!POLICIES.includes(policy)) {
    throw new EngineInputError(
      `Accrual policy ${JSON.stringify(policy)} is not one of ${POLICIES.join(', ')}`,
      'policy',
      'accrualPolicy',
    );
  }
}
