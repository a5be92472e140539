import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput, WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { useClient } from './ApiProvider';
import type { AppErrorShape } from '../../src-shared/ipc/result';
import { ApiCallError, errorMessage } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  /** The refusal behind `error` (code and details naming the field, pair, month…), when the service sent one. */
  failure: AppErrorShape | null;
  loading: boolean;
  refetch: () => Promise<void>;
}

export interface QueryOptions {
  /** Skip the call while false (e.g. until a scenario is chosen). */
  enabled?: boolean;
  /**
   * Which workbook changes make this query stale. Default: every change. A reconnect
   * of the bridge (tables ["*"]) always refetches.
   */
  staleOn?: (e: WorkbookChangedEvent) => boolean;
}

/**
 * Read through the contract and keep the result fresh: refetches when the arguments
 * change and whenever the workbook changes (this window, another one, the CLI, undo).
 * Responses that arrive out of order are dropped.
 */
export function useQuery<C extends Channel>(
  channel: C,
  args: ChannelInput<C>,
  opts: QueryOptions = {},
): QueryState<ChannelOutput<C>> {
  const client = useClient();
  const enabled = opts.enabled ?? true;
  const key = JSON.stringify(args);
  const [state, setState] = useState<{
    data?: ChannelOutput<C>;
    error: string | null;
    failure: AppErrorShape | null;
    loading: boolean;
  }>({
    error: null,
    failure: null,
    loading: enabled,
  });
  const ticket = useRef(0);
  const staleOn = useRef(opts.staleOn);
  staleOn.current = opts.staleOn;

  const refetch = useCallback(async () => {
    if (!enabled) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await client.call(channel, JSON.parse(key) as ChannelInput<C>);
      if (mine === ticket.current) setState({ data, error: null, failure: null, loading: false });
    } catch (e) {
      const failure = e instanceof ApiCallError ? e.error : null;
      if (mine === ticket.current) setState((s) => ({ ...s, error: errorMessage(e), failure, loading: false }));
    }
  }, [client, channel, key, enabled]);

  useEffect(() => {
    void refetch();
  }, [refetch]);

  useEffect(
    () =>
      client.onChanged((e) => {
        if (e.tables.includes('*') || !staleOn.current || staleOn.current(e)) void refetch();
      }),
    [client, refetch],
  );

  return { data: state.data, error: state.error, failure: state.failure, loading: state.loading, refetch };
}
