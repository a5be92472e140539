import type { Progress, WorkbookChangedEvent } from './contract';
import type { Result } from './result';

/**
 * Wire format of the localhost browser bridge: the same contract as Electron IPC,
 * carried as JSON over one WebSocket. The token travels as a WebSocket subprotocol
 * so it never appears in a URL, a log line or a Referer header.
 */
export const BRIDGE_WS_PATH = '/ws';
export const BRIDGE_PROTOCOL = 'outlay.v1';
export const BRIDGE_TOKEN_PROTOCOL_PREFIX = 'outlay.token.';
/** Close code sent when the token is missing or wrong (mirrors HTTP 401). */
export const BRIDGE_CLOSE_UNAUTHORIZED = 4401;
/** Close code sent when the bridge shuts down on purpose. */
export const BRIDGE_CLOSE_SHUTDOWN = 4000;

export interface BridgeRequest {
  id: number;
  channel: string;
  args: unknown;
  /** Ask for `{id, progress}` messages while the call runs (long calls only report them). */
  progress?: boolean;
}

/** Page → bridge: stop the call with this request id. Unknown or finished ids are ignored. */
export interface BridgeCancel {
  cancel: number;
}

/**
 * `bridge/ready` is the first message on an accepted socket: the handshake alone does
 * not mean the token was accepted (a refused socket is opened, then closed with 4401).
 */
export type BridgeMessage =
  | { id: number; result: Result<unknown> }
  | { id: number; progress: Progress }
  | { event: 'bridge/ready' }
  | { event: 'workbook/changed'; payload: WorkbookChangedEvent };
