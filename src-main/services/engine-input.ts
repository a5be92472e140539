import { AppError } from '../../src-shared/ipc/errors';
import { EngineInputError } from '../engine/errors';
import { MissingFxRateError } from '../engine/fx';

/**
 * The engine refused its input: the same problem as a 'validation' AppError whose details
 * name the item and the field (and, for a missing FX rate, the period and which rate), so
 * the caller can point at the bad value. `context` names what was being done
 * ("asset SRV-001") when the engine's own message does not. Anything else passes through.
 */
export function asValidationError(e: unknown, context?: string): unknown {
  if (e instanceof EngineInputError) {
    const message = context && !e.message.includes(context) ? `${context}: ${e.message}` : e.message;
    const details: Record<string, unknown> = { item: e.item, field: e.field };
    if (e instanceof MissingFxRateError) Object.assign(details, { period: e.period, rateKind: e.kind });
    return new AppError('validation', message, details);
  }
  // The calendar throws RangeError for an impossible date or calendar spec.
  if (e instanceof RangeError) return new AppError('validation', context ? `${context}: ${e.message}` : e.message);
  return e;
}

/** Run an engine calculation; its input errors become 'validation' AppErrors (see asValidationError). */
export function engineCall<T>(fn: () => T, context?: string): T {
  try {
    return fn();
  } catch (e) {
    throw asValidationError(e, context);
  }
}
