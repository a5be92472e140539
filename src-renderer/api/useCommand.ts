import { useCallback, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-shared/ipc/contract';
import { useClient } from './ApiProvider';
import { ApiCallError, errorMessage } from './client';
import { notify } from './notifications';

export interface CommandOptions {
  /** Show failures as a toast (default). Screens that show errors at a field turn this off. */
  toast?: boolean;
}

/**
 * Run a write through the contract. Resolves with the value, or with null when the
 * call failed (the failure is shown as a toast unless `toast: false`, and is kept in
 * `error` for inline display).
 */
export function useCommand(opts: CommandOptions = {}) {
  const client = useClient();
  const toast = opts.toast ?? true;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const run = useCallback(
    async <C extends Channel>(channel: C, args: ChannelInput<C>): Promise<ChannelOutput<C> | null> => {
      setBusy(true);
      setError(null);
      try {
        return await client.call(channel, args);
      } catch (e) {
        const err =
          e instanceof ApiCallError ? e : new ApiCallError(channel, { code: 'internal', message: errorMessage(e) });
        setError(err);
        if (toast) notify('error', err.message);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [client, toast],
  );
  return { run, busy, error, clearError: () => setError(null) };
}
