import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOWNLOAD_PATH_PREFIX, MAX_UPLOAD_BYTES, UPLOAD_PATH } from '../../src-shared/ipc/files';
import { fail, type Result } from '../../src-shared/ipc/result';
import { acquireTransfers } from '../io/files-store';
import type { WorkbookSession } from '../services/session-api';
import { hostAllowed, LOOPBACK_HOSTS, newToken, originAllowed, tokenFromAuthorization, tokenMatches } from './access';
import { serveStatic } from './static-files';
import { handleDownload, handleUpload } from './transfer-routes';
import { attachWsEndpoint } from './ws-endpoint';

export interface BridgeOptions {
  session: WorkbookSession;
  /** TCP port; 0 or absent picks a free one. */
  port?: number;
  /** Loopback only: '127.0.0.1' (default) or '::1'. Anything else throws. */
  host?: string;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  /**
   * Reuse a token (64 hex characters) so pages already open keep working across a
   * restart on the same port; by default a fresh random one.
   */
  token?: string;
  /** Largest upload accepted, bytes (default MAX_UPLOAD_BYTES, 1 GiB). */
  maxUploadBytes?: number;
}

export interface Bridge {
  /** Address to open, with the token in the fragment: http://127.0.0.1:PORT/#token=… */
  url: string;
  /** 64 hex characters; required on every API request. */
  token: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function csp(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/**
 * A page on another site is refused even with a stolen token: its Origin (sent on every
 * cross-site request and every POST) or its Sec-Fetch-Site says where it comes from.
 * Tools that send neither (the CLI, scripts) still need the token.
 */
function callerAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !originAllowed(origin, port)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the contract to a browser on this machine only:
 * binds to loopback, checks Host (against DNS rebinding) and Origin, and requires the
 * per-session token on every API request (WebSocket at /ws, or POST /api/call, POST /upload
 * and GET /download/<id> with `Authorization: Bearer`). `GET /healthz` answers without a
 * token and reveals nothing.
 */
export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const host = opts.host ?? '127.0.0.1';
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new Error(`The Outlay bridge listens on loopback only (127.0.0.1 or ::1), not on "${host}".`);
  }
  if (opts.token !== undefined && !/^[0-9a-f]{64}$/.test(opts.token)) {
    throw new Error('A bridge token must be 64 lowercase hex characters.');
  }
  const token = opts.token ?? newToken();
  const maxUploadBytes = opts.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, fail({ code: 'internal', message: e instanceof Error ? e.message : String(e) }));
      else res.destroy();
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req, port))
      return sendJson(res, 403, fail({ code: 'unauthorized', message: 'Unexpected Host header.' }));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    const isTransfer = path === UPLOAD_PATH || path.startsWith(DOWNLOAD_PATH_PREFIX);
    if (path === '/api' || path.startsWith('/api/') || isTransfer) {
      if (!callerAllowed(req, port)) {
        return sendJson(res, 403, fail({ code: 'unauthorized', message: 'Requests from other sites are refused.' }));
      }
      if (!tokenMatches(token, tokenFromAuthorization(req.headers.authorization))) {
        return sendJson(res, 401, fail({ code: 'unauthorized', message: 'Missing or invalid token.' }));
      }
      if (path === UPLOAD_PATH) return handleUpload(req, res, url, maxUploadBytes, sendJson);
      if (isTransfer) return handleDownload(req, res, path, BASE_HEADERS, sendJson);
      if (path !== '/api/call') return sendJson(res, 404, fail({ code: 'not-found', message: `No API at ${path}.` }));
      if (req.method !== 'POST') return sendJson(res, 405, fail({ code: 'bad-request', message: 'Use POST.' }));
      const text = await readBody(req);
      if (text === null) return sendJson(res, 413, fail({ code: 'bad-request', message: 'Request body too large.' }));
      let body: { channel?: unknown; args?: unknown };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return sendJson(res, 400, fail({ code: 'bad-request', message: 'The request is not valid JSON.' }));
      }
      if (typeof body?.channel !== 'string') {
        return sendJson(res, 400, fail({ code: 'bad-request', message: 'A request needs a channel name.' }));
      }
      const result: Result<unknown> = await opts.session.dispatch(body.channel, body.args ?? {});
      return sendJson(res, 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' });
      return res.end();
    }
    serveStatic(opts.staticDir, path, res, { ...BASE_HEADERS, 'Content-Security-Policy': csp(port) });
  };

  const ws = attachWsEndpoint({ server, session: opts.session, token, port: () => port });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: opts.port ?? 0, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const releaseTransfers = acquireTransfers();
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}/#token=${token}`,
    token,
    port,
    host,
    async close() {
      await ws.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      releaseTransfers();
    },
  };
}
