import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput, Progress } from '../../src-shared/ipc/contract';
import { useClient } from './ApiProvider';
import { ApiCallError, errorMessage } from './client';

export interface LongCallState {
  running: boolean;
  /** The latest progress report of the run in flight (null before the first one). */
  progress: Progress | null;
  /** The last run's failure; a cancelled run is not a failure (see `cancelled`). */
  error: ApiCallError | null;
  /** The last run was stopped by the user. */
  cancelled: boolean;
}

const IDLE: LongCallState = { running: false, progress: null, error: null, cancelled: false };

/**
 * Run one long contract call at a time with progress and a Cancel: `start(args)` resolves
 * with the value, or null when the call failed or was cancelled (see the state). The work
 * runs in the main process; the page only receives progress messages, so it stays
 * responsive. Starting again cancels the run in flight; leaving the screen cancels it too.
 */
export function useLongCall<C extends Channel>(channel: C) {
  const client = useClient();
  const [state, setState] = useState<LongCallState>(IDLE);
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(
    async (args: ChannelInput<C>): Promise<ChannelOutput<C> | null> => {
      current.current?.abort();
      const mine = new AbortController();
      current.current = mine;
      const mineOnly = (next: (s: LongCallState) => LongCallState) => {
        if (current.current === mine) setState(next);
      };
      setState({ running: true, progress: null, error: null, cancelled: false });
      try {
        const value = await client.call(channel, args, {
          signal: mine.signal,
          onProgress: (progress) => mineOnly((s) => ({ ...s, progress })),
        });
        mineOnly(() => IDLE);
        return value;
      } catch (e) {
        const err =
          e instanceof ApiCallError ? e : new ApiCallError(channel, { code: 'internal', message: errorMessage(e) });
        const cancelled = err.code === 'cancelled';
        mineOnly(() => ({ running: false, progress: null, error: cancelled ? null : err, cancelled }));
        return null;
      } finally {
        if (current.current === mine) current.current = null;
      }
    },
    [client, channel],
  );

  const cancel = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => {
    current.current?.abort();
    setState(IDLE);
  }, []);

  return { ...state, start, cancel, reset };
}
