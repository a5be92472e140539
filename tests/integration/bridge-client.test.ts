import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WS from 'ws';
import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { createWorkbook } from '../../src-main/services';
import type { WorkbookSession } from '../../src-main/services/session-api';
import {
  BridgeConnectionError,
  connectBridge as connectClient,
  RECONNECTED_EVENT,
  type BridgeApi,
  type BridgeClientOptions,
} from '../../src-renderer/api/transport/bridge-client';

/** Every client a test opens is closed after it, so no reconnect timer outlives the file. */
const clients: Promise<BridgeApi>[] = [];
function connectBridge(opts: BridgeClientOptions): Promise<BridgeApi> {
  const c = connectClient(opts);
  clients.push(c);
  return c;
}

let dir: string;
let staticDir: string;
let session: WorkbookSession;
let bridge: Bridge;

/** The renderer's client runs here as in a page: a WebSocket that sends the page's Origin. */
function installBrowserLikeWebSocket(origin: string) {
  class PageWebSocket extends WS {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = PageWebSocket;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outlay-client-'));
  staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  session = createWorkbook(join(dir, 'plan.outlay'), { name: 'Client Test' });
  bridge = await startBridge({ session, staticDir });
  installBrowserLikeWebSocket(`http://127.0.0.1:${bridge.port}`);
});

afterEach(async () => {
  for (const c of clients.splice(0)) (await c.catch(() => null))?.close();
});

afterAll(async () => {
  await bridge?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
  delete (globalThis as { WebSocket?: unknown }).WebSocket;
});

const wsUrl = () => `ws://127.0.0.1:${bridge.port}/ws`;

describe('the renderer bridge client', () => {
  it('calls the contract and receives pushed change events', async () => {
    const api = await connectBridge({ url: wsUrl(), token: bridge.token });
    const info = await api.call('workbook/get-info', {});
    expect(info.ok && info.value.settings.name).toBe('Client Test');
    const events: WorkbookChangedEvent[] = [];
    api.on('workbook/changed', (e) => events.push(e));
    await session.call('workbook/update-settings', { patch: { userName: 'Second Client' } });
    await expect.poll(() => events.map((e) => e.command)).toContain('workbook/update-settings');
  });

  it('fails fast with a clear, final error when the token is refused', async () => {
    let told = 0;
    const attempt = connectBridge({ url: wsUrl(), token: 'f'.repeat(64), onUnauthorized: () => told++ });
    await expect(attempt).rejects.toThrow(/refused this page’s access token/);
    await expect(attempt).rejects.toMatchObject({ fatal: true });
    expect(told).toBe(1);
  });

  it('reconnects after the bridge restarts and tells listeners to reload everything', async () => {
    const api = await connectBridge({ url: wsUrl(), token: bridge.token, connectTimeoutMs: 15_000 });
    const events: WorkbookChangedEvent[] = [];
    api.on('workbook/changed', (e) => events.push(e));
    const { port, token } = bridge;
    await bridge.close();
    // A call made while the bridge is down waits for the reconnect instead of failing.
    const during = api.call('workbook/get-info', {});
    bridge = await startBridge({ session, staticDir, port, token });
    const info = await during;
    expect(info.ok).toBe(true);
    expect(events).toContainEqual(RECONNECTED_EVENT);
  });

  it('rejects a call in flight when the connection drops, rather than leaving it hanging', async () => {
    const api = await connectBridge({ url: wsUrl(), token: bridge.token });
    const { port, token } = bridge;
    // The request leaves after the bridge has started closing, so no answer can come back.
    const inFlight = api.call('workbook/get-info', {}).catch((e: unknown) => e);
    const closing = bridge.close();
    try {
      const err = await inFlight;
      expect(err).toBeInstanceOf(BridgeConnectionError);
      expect((err as Error).message).toMatch(/Lost the connection/);
    } finally {
      await closing;
      bridge = await startBridge({ session, staticDir, port, token });
    }
  });

  it('rejects a call with a BridgeConnectionError when the bridge does not come back in time', async () => {
    const api = await connectBridge({ url: wsUrl(), token: bridge.token, connectTimeoutMs: 600 });
    const { port, token } = bridge;
    await bridge.close();
    try {
      const err = await api.call('workbook/get-info', {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BridgeConnectionError);
      expect((err as Error).message).toMatch(/Could not reach Outlay/);
    } finally {
      bridge = await startBridge({ session, staticDir, port, token });
    }
  });
});
