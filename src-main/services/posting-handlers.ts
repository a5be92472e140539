import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { postTco } from './post-tco';

type SliceHandlers = Pick<Handlers, 'posting/post-tco'>;

/** The channels of posting forecasts and TCO results into budget lines. */
export function postingHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'posting/post-tco': (args) => postTco(ctx, args),
  };
}
