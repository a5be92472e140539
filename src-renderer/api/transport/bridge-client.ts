import type { OutlayApi, Progress, WorkbookChangedEvent } from '../../../src-shared/ipc/contract';
import type { Result } from '../../../src-shared/ipc/result';
import {
  BRIDGE_CLOSE_UNAUTHORIZED,
  BRIDGE_PROTOCOL,
  BRIDGE_TOKEN_PROTOCOL_PREFIX,
  type BridgeCancel,
  type BridgeMessage,
  type BridgeRequest,
} from '../../../src-shared/ipc/bridge-protocol';

/** The transport failed (not the service): the connection dropped or the token was refused. */
export class BridgeConnectionError extends Error {
  constructor(
    message: string,
    /** True when retrying cannot help (token refused): the user needs a fresh URL. */
    readonly fatal = false,
  ) {
    super(message);
    this.name = 'BridgeConnectionError';
  }
}

export interface BridgeClientOptions {
  /** ws:// URL of the bridge endpoint. */
  url: string;
  token: string;
  /** How long a call or the first connect waits for the socket before giving up, ms. */
  connectTimeoutMs?: number;
  /** Called once when the bridge refuses the token. */
  onUnauthorized?: () => void;
}

type Pending = {
  resolve: (r: Result<unknown>) => void;
  reject: (e: Error) => void;
  onProgress?: (p: Progress) => void;
  callId?: string;
};

/** The bridge client: the contract's API plus close(), which stops reconnecting. */
export type BridgeApi = OutlayApi & { close(): void };

const RECONNECT_DELAYS_MS = [200, 500, 1000, 2000, 5000];
/** Sent to listeners after a reconnect: events may have been missed, so every view reloads. */
export const RECONNECTED_EVENT: WorkbookChangedEvent = { seq: 0, command: 'bridge/reconnected', tables: ['*'] };

/**
 * An OutlayApi over the localhost WebSocket bridge. Reconnects when the socket drops;
 * calls in flight at that moment are rejected (they may or may not have been applied,
 * so they are never resent). Resolves once the first connection is open.
 */
export function connectBridge(opts: BridgeClientOptions): Promise<BridgeApi> {
  const timeoutMs = opts.connectTimeoutMs ?? 10_000;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(e: WorkbookChangedEvent) => void>();
  let socket: WebSocket | null = null;
  let openWaiters: { resolve: (ws: WebSocket) => void; reject: (e: Error) => void }[] = [];
  let fatal: BridgeConnectionError | null = null;
  let nextId = 1;
  let attempt = 0;
  let everOpened = false;
  let closed = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  const settleWaiters = (ws: WebSocket | null, err?: Error) => {
    const waiters = openWaiters;
    openWaiters = [];
    for (const w of waiters) {
      if (ws) w.resolve(ws);
      else w.reject(err ?? new Error('not connected'));
    }
  };

  let current: WebSocket | null = null;
  const open = () => {
    if (closed) return;
    const ws = new WebSocket(opts.url, [BRIDGE_PROTOCOL, BRIDGE_TOKEN_PROTOCOL_PREFIX + opts.token]);
    current = ws;
    // Usable only after the bridge's `bridge/ready`: a socket with a refused token opens, then closes with 4401.
    const ready = () => {
      socket = ws;
      attempt = 0;
      if (everOpened) for (const l of listeners) l(RECONNECTED_EVENT);
      everOpened = true;
      settleWaiters(ws);
    };
    ws.onmessage = (msg) => handleMessage(msg.data, ready);
    // A failed connection is followed by a close event, which decides what happens next.
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      if (socket === ws) socket = null;
      const lost = new BridgeConnectionError(
        'Lost the connection to Outlay before it answered; the change may not have been saved. Reconnecting…',
      );
      for (const p of pending.values()) p.reject(lost);
      pending.clear();
      if (ev.code === BRIDGE_CLOSE_UNAUTHORIZED) {
        fatal = new BridgeConnectionError(
          'Outlay refused this page’s access token. Open the URL printed by `npm start` (or `outlay serve`) again.',
          true,
        );
        settleWaiters(null, fatal);
        opts.onUnauthorized?.();
        return;
      }
      if (closed) return;
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 5000;
      attempt += 1;
      reconnectTimer = setTimeout(open, delay);
    };
  };

  const handleMessage = (data: unknown, ready: () => void) => {
    if (typeof data !== 'string') return;
    let msg: BridgeMessage;
    try {
      msg = JSON.parse(data) as BridgeMessage;
    } catch {
      return;
    }
    if ('event' in msg) {
      if (msg.event === 'bridge/ready') ready();
      else if (msg.event === 'workbook/changed') for (const l of listeners) l(msg.payload);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    if ('progress' in msg) {
      p.onProgress?.(msg.progress);
      return;
    }
    pending.delete(msg.id);
    p.resolve(msg.result);
  };

  const whenOpen = (): Promise<WebSocket> => {
    if (fatal) return Promise.reject(fatal);
    if (socket && socket.readyState === WebSocket.OPEN) return Promise.resolve(socket);
    return new Promise<WebSocket>((resolve, reject) => {
      const waiter = { resolve, reject };
      openWaiters.push(waiter);
      setTimeout(() => {
        if (!openWaiters.includes(waiter)) return;
        openWaiters = openWaiters.filter((w) => w !== waiter);
        reject(
          new BridgeConnectionError(
            `Could not reach Outlay at ${opts.url} within ${timeoutMs / 1000} s. Is it still running?`,
          ),
        );
      }, timeoutMs);
    });
  };

  const api: BridgeApi = {
    async call(channel, args, opts) {
      const ws = await whenOpen();
      const id = nextId++;
      const request: BridgeRequest = { id, channel, args, ...(opts?.onProgress ? { progress: true } : {}) };
      return new Promise((resolve, reject) => {
        if (ws.readyState !== WebSocket.OPEN) {
          reject(new BridgeConnectionError('The connection to Outlay closed before the request could be sent.'));
          return;
        }
        pending.set(id, {
          resolve: resolve as Pending['resolve'],
          reject,
          ...(opts?.onProgress ? { onProgress: opts.onProgress } : {}),
          ...(opts?.callId ? { callId: opts.callId } : {}),
        });
        ws.send(JSON.stringify(request));
      });
    },
    cancel(callId) {
      for (const [id, p] of pending) {
        if (p.callId !== callId) continue;
        const message: BridgeCancel = { cancel: id };
        if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      }
    },
    on(event, listener) {
      if (event !== 'workbook/changed') throw new Error(`unknown event ${String(event)}`);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      fatal = new BridgeConnectionError('This connection to Outlay was closed.', true);
      settleWaiters(null, fatal);
      current?.close();
      socket = null;
    },
  };

  open();
  return whenOpen().then(() => api);
}
