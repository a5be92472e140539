import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, never>;

/** The channels of forecast inputs (method, cleanings, one-offs, re-baselines, overrides). */
export function forecastInputHandlers(ctx: WorkbookContext): SliceHandlers {
  void ctx;
  return {};
}
