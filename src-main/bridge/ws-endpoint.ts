import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import {
  BRIDGE_CLOSE_SHUTDOWN,
  BRIDGE_CLOSE_UNAUTHORIZED,
  BRIDGE_PROTOCOL,
  BRIDGE_WS_PATH,
  type BridgeMessage,
} from '../../src-shared/ipc/bridge-protocol';
import type { Progress } from '../../src-shared/ipc/contract';
import { fail } from '../../src-shared/ipc/result';
import type { WorkbookSession } from '../services/session-api';
import { InFlightCalls } from '../ipc/in-flight';
import { hostAllowed, originAllowed, tokenFromProtocols, tokenMatches } from './access';

/** Large enough for a pasted block of 100,000 cells, small enough to bound memory. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface WsEndpoint {
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The contract over WebSocket: `{id, channel, args, progress?}` in, `{id, progress}` while a
 * long call runs (when asked for) and then `{id, result}` out; `{cancel: id}` aborts that
 * call's signal. Every `workbook/changed` event is pushed to each authenticated client, and
 * a client that disconnects has its calls in flight aborted. Host and Origin are
 * checked before the handshake; a missing or wrong token gets the socket closed with
 * 4401 before any message is read, so the page can tell "fresh URL needed" from a drop.
 */
export function attachWsEndpoint(opts: {
  server: Server;
  session: WorkbookSession;
  token: string;
  port: () => number;
}): WsEndpoint {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    handleProtocols: (protocols) => (protocols.has(BRIDGE_PROTOCOL) ? BRIDGE_PROTOCOL : false),
  });
  const clients = new Set<WebSocket>();
  const inFlight = new InFlightCalls<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== BRIDGE_WS_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    const port = opts.port();
    if (!hostAllowed(req, port) || !originAllowed(req.headers.origin, port)) {
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    const authorized = tokenMatches(opts.token, tokenFromProtocols(req.headers['sec-websocket-protocol']));
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!authorized) {
        ws.close(BRIDGE_CLOSE_UNAUTHORIZED, 'missing or invalid token');
        return;
      }
      clients.add(ws);
      ws.on('close', () => {
        clients.delete(ws);
        // Nobody is left to read the answer: stop long runs instead of finishing them for no one.
        inFlight.cancelOwner(ws);
      });
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        void handleRequest(ws, data.toString());
      });
      send(ws, { event: 'bridge/ready' });
    });
  };

  const send = (ws: WebSocket, msg: BridgeMessage) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg));
  };

  const handleRequest = async (ws: WebSocket, text: string) => {
    let req: unknown;
    try {
      req = JSON.parse(text);
    } catch {
      return send(ws, { id: 0, result: fail({ code: 'bad-request', message: 'The request is not valid JSON.' }) });
    }
    const { id, channel, args, progress, cancel } = (req ?? {}) as Partial<
      Record<'id' | 'channel' | 'args' | 'progress' | 'cancel', unknown>
    >;
    // A cancel has no answer of its own: the call it names answers 'cancelled' (or its result, if it won the race).
    if (typeof cancel === 'number' && id === undefined) return inFlight.cancel(ws, cancel);
    if (typeof id !== 'number' || typeof channel !== 'string') {
      const replyId = typeof id === 'number' ? id : 0;
      return send(ws, {
        id: replyId,
        result: fail({ code: 'bad-request', message: 'A request needs a numeric id and a channel name.' }),
      });
    }
    const call = inFlight.start(ws, id);
    const onProgress = progress === true ? (p: Progress) => send(ws, { id, progress: p }) : undefined;
    try {
      send(ws, { id, result: await opts.session.dispatch(channel, args, { signal: call.signal, onProgress }) });
    } catch (e) {
      // dispatch promises never to throw; if it does, the client still gets an answer.
      send(ws, { id, result: fail({ code: 'internal', message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      call.done();
    }
  };

  const unsubscribe = opts.session.onChanged((payload) => {
    for (const ws of clients) send(ws, { event: 'workbook/changed', payload });
  });
  opts.server.on('upgrade', onUpgrade);

  return {
    async close() {
      unsubscribe();
      inFlight.cancelAll();
      opts.server.off('upgrade', onUpgrade);
      for (const ws of clients) ws.close(BRIDGE_CLOSE_SHUTDOWN, 'Outlay closed this workbook');
      // Give clients a moment to answer the close frame, then drop whoever did not.
      for (let waited = 0; clients.size > 0 && waited < 500; waited += 50) await sleep(50);
      for (const ws of clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
