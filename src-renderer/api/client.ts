import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  OutlayApi,
  Progress,
  WorkbookChangedEvent,
} from '../../src-shared/ipc/contract';
import type { AppErrorShape } from '../../src-shared/ipc/result';

/** A call failed: the service refused it (code from the contract) or the transport dropped. */
export class ApiCallError extends Error {
  constructor(
    readonly channel: Channel,
    readonly error: AppErrorShape,
  ) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.error.code;
  }
  get details() {
    return this.error.details;
  }
}

/** What a screen may pass with a long call. */
export interface ClientCallOptions {
  /** Progress reports of the call, in order, before it settles. */
  onProgress?: (p: Progress) => void;
  /** Aborting asks main to stop the call; it then rejects with code 'cancelled', having written nothing. */
  signal?: AbortSignal;
}

/** The renderer's typed client: resolves with the value, rejects with ApiCallError. */
export interface OutlayClient {
  call<C extends Channel>(channel: C, args: ChannelInput<C>, opts?: ClientCallOptions): Promise<ChannelOutput<C>>;
  onChanged(listener: (e: WorkbookChangedEvent) => void): () => void;
}

/**
 * Wrap the transport's Result-returning api. Every failure, whether refused by a
 * service or lost in transport, becomes one ApiCallError so screens handle one shape.
 */
export function createClient(api: OutlayApi): OutlayClient {
  let nextCallId = 1;
  return {
    async call(channel, args, opts) {
      const signal = opts?.signal;
      if (signal?.aborted) throw new ApiCallError(channel, { code: 'cancelled', message: `${channel} was cancelled.` });
      // The transport cannot carry an AbortSignal (Electron's contextBridge drops it): name the call instead.
      const callId = signal ? `call-${nextCallId++}` : undefined;
      const onAbort = () => {
        if (callId) api.cancel(callId);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      let result;
      try {
        result = await api.call(channel, args, {
          ...(opts?.onProgress ? { onProgress: opts.onProgress } : {}),
          ...(callId ? { callId } : {}),
        });
      } catch (e) {
        throw new ApiCallError(channel, { code: 'internal', message: e instanceof Error ? e.message : String(e) });
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
      if (!result.ok) throw new ApiCallError(channel, result.error);
      return result.value;
    },
    onChanged: (listener) => api.on('workbook/changed', listener),
  };
}

/** The message to show for anything a call may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiCallError || e instanceof Error) return e.message;
  return String(e);
}

/**
 * The input field a refusal is about, without the argument prefix: "code" for
 * details.field "row.code", or the path of the first zod issue of a bad request.
 */
export function errorField(e: unknown): string | null {
  if (!(e instanceof ApiCallError)) return null;
  const d = e.details ?? {};
  let field: unknown = d.field;
  if (typeof field !== 'string' && Array.isArray(d.issues))
    field = (d.issues[0] as { path?: unknown } | undefined)?.path;
  if (typeof field !== 'string') return null;
  return field.replace(/^(row|fields|patch)\./, '');
}

/**
 * What to show at a field for a refusal: the schema's own words for a bad request
 * (without the channel and path prefix), the service's message otherwise.
 */
export function errorFieldMessage(e: unknown): string {
  if (!(e instanceof ApiCallError)) return errorMessage(e);
  const issues = e.details?.issues;
  if (e.code === 'bad-request' && Array.isArray(issues)) {
    const first = issues[0] as { message?: unknown; code?: unknown } | undefined;
    if (first?.code === 'too_small') return 'This cannot be empty.';
    if (typeof first?.message === 'string') return first.message;
  }
  // Services name the field first ("patch.baseCurrency: …"); the field already says which.
  const field = e.details?.field;
  return typeof field === 'string' && e.message.startsWith(`${field}: `)
    ? e.message.slice(field.length + 2)
    : e.message;
}
