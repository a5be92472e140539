import type { OutlayApi } from '../../../src-shared/ipc/contract';
import type { FileDialogs } from '../../../src-shared/ipc/files';
import { BRIDGE_WS_PATH } from '../../../src-shared/ipc/bridge-protocol';
import { connectBridge, BridgeConnectionError } from './bridge-client';
import { forgetBridgeToken, takeBridgeToken } from './bridge-token';
import { rememberBridgeAuth } from './http-transfer';

export { BridgeConnectionError, RECONNECTED_EVENT } from './bridge-client';

declare global {
  interface Window {
    /** Set by the Electron preload (with its native file dialogs); absent in a plain browser. */
    readonly outlay?: OutlayApi & Partial<FileDialogs>;
  }
}

/**
 * The one way the renderer reaches the main-process services: `window.outlay` when
 * the Electron preload provided it, else the localhost WebSocket bridge of the server
 * that served this page. Rejects with BridgeConnectionError when neither is available.
 */
export async function connectOutlay(): Promise<OutlayApi> {
  if (window.outlay) return window.outlay;
  if (window.location.protocol !== 'http:') {
    throw new BridgeConnectionError(
      'Outlay’s preload did not load, and this page was not served by the Outlay bridge.',
      true,
    );
  }
  const token = takeBridgeToken();
  if (!token) {
    throw new BridgeConnectionError(
      'This page has no access token. Open the full URL printed by `npm start` (or `outlay serve`), including the part after #.',
      true,
    );
  }
  rememberBridgeAuth(token);
  return connectBridge({
    url: `ws://${window.location.host}${BRIDGE_WS_PATH}`,
    token,
    onUnauthorized: forgetBridgeToken,
  });
}
