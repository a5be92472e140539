import { useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src-shared/ipc/contract';
import { useClient } from '../../api/ApiProvider';
import { ApiCallError } from '../../api/client';
import { TABLES, touches } from '../../api/stale';

export interface TcoCallState<T> {
  data: T | undefined;
  /** The refusal itself (not only its text), so the editor can show it at the field it names. */
  error: ApiCallError | null;
  loading: boolean;
}

const stale = touches(TABLES.tco);

/**
 * A TCO read (compute or tornado) that keeps the refusal's details. Refetches when the
 * arguments change and when a TCO model changes (save, duplicate, delete, undo); late
 * answers to older arguments are dropped. The last good data stays while a new one loads.
 */
export function useTcoCall<C extends Channel>(
  channel: C,
  args: ChannelInput<C> | null,
): TcoCallState<ChannelOutput<C>> {
  const client = useClient();
  const key = args === null ? '' : JSON.stringify(args);
  const [state, setState] = useState<TcoCallState<ChannelOutput<C>>>({ data: undefined, error: null, loading: true });
  const [tick, setTick] = useState(0);
  const ticket = useRef(0);

  useEffect(() => client.onChanged((e) => stale(e) && setTick((t) => t + 1)), [client]);

  useEffect(() => {
    if (!key) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true }));
    client.call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (data) => mine === ticket.current && setState({ data, error: null, loading: false }),
      (e: unknown) => {
        if (mine !== ticket.current) return;
        const err = e instanceof ApiCallError ? e : new ApiCallError(channel, { code: 'internal', message: String(e) });
        setState((s) => ({ ...s, error: err, loading: false }));
      },
    );
  }, [client, channel, key, tick]);

  return state;
}
