import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  BRIDGE_PROTOCOL,
  BRIDGE_TOKEN_PROTOCOL_PREFIX,
  type BridgeMessage,
} from '../../src-shared/ipc/bridge-protocol';
import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { createWorkbook } from '../../src-main/services';
import type { WorkbookSession } from '../../src-main/services/session-api';

let dir: string;
let session: WorkbookSession;
let bridge: Bridge;
let origin: string;
let wsUrl: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'outlay-bridge-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Outlay</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');
  session = createWorkbook(join(dir, 'plan.outlay'), { name: 'Bridge Test', baseCurrency: 'EUR' });
  return startBridge({ session, staticDir }).then((b) => {
    bridge = b;
    origin = `http://127.0.0.1:${b.port}`;
    wsUrl = `ws://127.0.0.1:${b.port}/ws`;
  });
});

afterAll(async () => {
  await bridge?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

type HttpReply = { status: number; body: string; headers: Record<string, unknown> };
function http(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

type Connection = {
  ws: WebSocket;
  opened: boolean;
  ready: boolean;
  closeCode?: number;
  status?: number;
  received: string[];
};

/**
 * Opens a socket and reports how it ended: ready (the bridge accepted the token),
 * closed with a code, or refused with an HTTP status.
 */
function connect(protocols: string[], wsOrigin = origin): Promise<Connection> {
  return new Promise((resolve) => {
    const ws = new WebSocket(wsUrl, protocols, { origin: wsOrigin });
    const c: Connection = { ws, opened: false, ready: false, received: [] };
    ws.on('open', () => (c.opened = true));
    ws.on('message', (data) => {
      c.received.push(data.toString());
      const msg = JSON.parse(data.toString()) as BridgeMessage;
      if ('event' in msg && msg.event === 'bridge/ready') {
        c.ready = true;
        resolve(c);
      }
    });
    ws.on('close', (code) => resolve({ ...c, closeCode: code }));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ ...c, status: res.statusCode });
      ws.terminate();
    });
    ws.on('error', () => undefined);
  });
}

const withToken = (token: string) => [BRIDGE_PROTOCOL, BRIDGE_TOKEN_PROTOCOL_PREFIX + token];

function rpc(ws: WebSocket, id: number, channel: string, args: unknown): Promise<BridgeMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(data.toString()) as BridgeMessage;
      if ('id' in msg && msg.id === id) {
        ws.off('message', onMessage);
        resolve(msg);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, channel, args }));
  });
}

describe('the localhost bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    expect(bridge.host).toBe('127.0.0.1');
    expect(bridge.token).toMatch(/^[0-9a-f]{64}$/);
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
  });

  it('refuses to listen on any address other than loopback', async () => {
    await expect(startBridge({ session, staticDir: dir, host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
  });

  it('answers /healthz without a token and reveals nothing about the workbook', async () => {
    const r = await http('/healthz');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ status: 'ok' });
  });

  it('closes a WebSocket that brings no token with code 4401 before reading any request', async () => {
    const r = await connect([BRIDGE_PROTOCOL]);
    expect(r.closeCode).toBe(4401);
    expect(r.ready).toBe(false);
    expect(r.received).toEqual([]);
  });

  it('closes a WebSocket with a wrong token with code 4401', async () => {
    const wrong = bridge.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    const r = await connect(withToken(wrong));
    expect(r.closeCode).toBe(4401);
    expect(r.received).toEqual([]);
  });

  it('refuses the WebSocket handshake from another origin even with the right token', async () => {
    const r = await connect(withToken(bridge.token), 'http://evil.example');
    expect(r.opened).toBe(false);
    expect(r.status).toBe(403);
  });

  it('refuses requests whose Host header is not loopback (DNS rebinding)', async () => {
    const r = await http('/', { headers: { Host: `evil.example:${bridge.port}` } });
    expect(r.status).toBe(403);
  });

  it('rejects HTTP API calls without the token with 401', async () => {
    const body = JSON.stringify({ channel: 'workbook/get-info', args: {} });
    expect((await http('/api/call', { method: 'POST', body })).status).toBe(401);
    const wrong = await http('/api/call', { method: 'POST', body, headers: { Authorization: 'Bearer 00' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).not.toContain('Bridge Test');
  });

  it('answers an HTTP API call that carries the token', async () => {
    const r = await http('/api/call', {
      method: 'POST',
      body: JSON.stringify({ channel: 'workbook/get-info', args: {} }),
      headers: { Authorization: `Bearer ${bridge.token}` },
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { settings: { name: 'Bridge Test' } } });
  });

  it('serves the renderer with a strict CSP but nothing outside its folder', async () => {
    const index = await http('/');
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await http('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await http('/..%2fsecret.txt')).status).toBe(404);
  });

  it('runs a contract call over the WebSocket and pushes the change event to every client', async () => {
    const a = await connect(withToken(bridge.token));
    const b = await connect(withToken(bridge.token));
    expect(a.ready && b.ready).toBe(true);
    const pushed = new Promise<WorkbookChangedEvent>((resolve) =>
      b.ws.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as BridgeMessage;
        if ('event' in msg && msg.event === 'workbook/changed') resolve(msg.payload);
      }),
    );
    const info = await rpc(a.ws, 1, 'workbook/get-info', {});
    expect(info).toMatchObject({ id: 1, result: { ok: true, value: { settings: { name: 'Bridge Test' } } } });
    const renamed = await rpc(a.ws, 2, 'workbook/update-settings', { patch: { name: 'Renamed over the bridge' } });
    expect(renamed).toMatchObject({ id: 2, result: { ok: true } });
    const event = await pushed;
    expect(event.command).toBe('workbook/update-settings');
    expect(event.seq).toBeGreaterThan(0);
    expect((await session.call('workbook/get-info', {})).settings.name).toBe('Renamed over the bridge');
    a.ws.close();
    b.ws.close();
  });

  it('answers an unknown channel or malformed request with a bad-request result, not a crash', async () => {
    const c = await connect(withToken(bridge.token));
    const unknown = await rpc(c.ws, 7, 'system/exec', { cmd: 'rm -rf /' });
    expect(unknown).toMatchObject({ id: 7, result: { ok: false, error: { code: 'bad-request' } } });
    const invalid = await rpc(c.ws, 8, 'workbook/update-settings', { patch: { fyStartMonth: 13 } });
    expect(invalid).toMatchObject({ id: 8, result: { ok: false } });
    c.ws.close();
  });
});
