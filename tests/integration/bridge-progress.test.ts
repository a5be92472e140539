import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WS from 'ws';
import { BRIDGE_PROTOCOL, BRIDGE_TOKEN_PROTOCOL_PREFIX } from '../../src-shared/ipc/bridge-protocol';
import type { Progress } from '../../src-shared/ipc/contract';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { ApiCallError, createClient, type OutlayClient } from '../../src-renderer/api/client';
import { connectBridge, type BridgeApi } from '../../src-renderer/api/transport/bridge-client';
import { demoWorkbook, type OpenWorkbook } from './helpers/forecast-workbooks';

let w: OpenWorkbook;
let bridge: Bridge;
let scenarioId: string;
const apis: BridgeApi[] = [];

/** The renderer's client as a page has it: its bridge transport with the page's Origin. */
async function pageClient(): Promise<{ api: BridgeApi; client: OutlayClient }> {
  const origin = `http://127.0.0.1:${bridge.port}`;
  class PageWebSocket extends WS {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = PageWebSocket;
  const api = await connectBridge({ url: `ws://127.0.0.1:${bridge.port}/ws`, token: bridge.token });
  apis.push(api);
  return { api, client: createClient(api) };
}

const args = () => ({ scenarioId, horizon: 12, method: 'auto' as const, by: 'line' as const });
const seq = async () => (await w.s.call('journal/get-undo-state', {})).seq;

beforeAll(async () => {
  w = demoWorkbook(120);
  scenarioId = (await w.s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
  bridge = await startBridge({ session: w.s, staticDir: '/nonexistent' });
});

afterEach(() => {
  for (const a of apis.splice(0)) a.close();
});

afterAll(async () => {
  await bridge?.close();
  w?.close();
  delete (globalThis as { WebSocket?: unknown }).WebSocket;
});

describe('long calls over the browser bridge', () => {
  it('delivers progress in order before the result, which equals the in-process result', async () => {
    const { client } = await pageClient();
    const seen: Progress[] = [];
    let settled = false;
    const result = await client.call('forecast/scenario', args(), {
      onProgress: (p) => {
        expect(settled).toBe(false);
        seen.push(p);
      },
    });
    settled = true;
    expect(seen.length).toBeGreaterThan(0);
    // Progress counts distinct forecasts: lines on the same history and inputs are forecast once.
    const total = seen[0]!.total;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(result.rows.filter((r) => r.historyMonths > 0).length);
    for (const p of seen) expect(p.total).toBe(total);
    expect(seen[seen.length - 1]!.done).toBe(total);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(result).toEqual(await w.s.call('forecast/scenario', args()));
  });

  it('sends no progress to a caller that did not ask for it', async () => {
    const socket = await rawSocket();
    const messages: unknown[] = [];
    socket.on('message', (d) => messages.push(JSON.parse(String(d))));
    socket.send(JSON.stringify({ id: 7, channel: 'forecast/scenario', args: args() }));
    await expect.poll(() => messages.some((m) => (m as { id?: number }).id === 7), { timeout: 60_000 }).toBe(true);
    expect(messages.filter((m) => 'progress' in (m as object))).toEqual([]);
    socket.close();
  });

  it('rejects a cancelled call with code cancelled and leaves the workbook untouched', async () => {
    const { client } = await pageClient();
    const before = await seq();
    const stop = new AbortController();
    const e = await client
      .call('forecast/scenario', args(), { signal: stop.signal, onProgress: () => stop.abort() })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiCallError);
    expect((e as ApiCallError).code).toBe('cancelled');
    expect(await seq()).toBe(before);
  });

  it('stops a posting cancelled mid-run over the bridge, leaving budget amounts and journal untouched', async () => {
    const { client } = await pageClient();
    const seqBefore = await seq();
    const grids = async () => {
      const years = (await w.s.call('workbook/get-info', {})).fiscalYears;
      return Promise.all(years.map((fiscalYear) => w.s.call('budget/get-grid', { scenarioId, fiscalYear })));
    };
    const before = await grids();
    expect(before.some((g) => g.lines.some((l) => l.total !== '0'))).toBe(true);
    const stop = new AbortController();
    const e = await client
      .call(
        'posting/post-forecast',
        { sourceScenarioId: scenarioId, horizon: 12, method: 'auto' },
        { signal: stop.signal, onProgress: () => stop.abort() },
      )
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'cancelled' });
    expect(await seq()).toBe(seqBefore);
    expect(await grids()).toEqual(before);
  });

  it('stops a call whose cancel arrives right behind it', async () => {
    const socket = await rawSocket();
    const answer = new Promise<unknown>((resolve) =>
      socket.on('message', (d) => {
        const m = JSON.parse(String(d)) as { id?: number; result?: unknown };
        if (m.id === 5 && m.result) resolve(m.result);
      }),
    );
    socket.send(JSON.stringify({ id: 5, channel: 'forecast/scenario', args: args() }));
    socket.send(JSON.stringify({ cancel: 5 }));
    expect(await answer).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    socket.close();
  });

  it('refuses a call whose signal is already aborted without sending it', async () => {
    const { client } = await pageClient();
    const stop = new AbortController();
    stop.abort();
    await expect(client.call('workbook/get-info', {}, { signal: stop.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('ignores a cancel of an unknown or finished call, and keeps answering', async () => {
    const { api, client } = await pageClient();
    const stop = new AbortController();
    const info = await client.call('workbook/get-info', {}, { signal: stop.signal });
    stop.abort();
    api.cancel('call-never-made');
    const socket = await rawSocket();
    socket.send(JSON.stringify({ cancel: 424242 }));
    socket.send(JSON.stringify({ cancel: 'not a number' }));
    const answer = new Promise<unknown>((resolve) =>
      socket.on('message', (d) => {
        const m = JSON.parse(String(d)) as { id?: number };
        if (m.id === 1) resolve(m);
      }),
    );
    socket.send(JSON.stringify({ id: 1, channel: 'workbook/get-info', args: {} }));
    expect(await answer).toMatchObject({ id: 1, result: { ok: true } });
    socket.close();
    expect((await client.call('workbook/get-info', {})).path).toBe(info.path);
  });

  it('keeps serving other pages after one disconnects mid-run, having written nothing', async () => {
    const socket = await rawSocket();
    const progressed = new Promise<void>((resolve) =>
      socket.on('message', (d) => {
        if ('progress' in (JSON.parse(String(d)) as object)) resolve();
      }),
    );
    const before = await seq();
    socket.send(JSON.stringify({ id: 3, channel: 'forecast/scenario', args: args(), progress: true }));
    await progressed;
    socket.terminate();
    // The bridge still serves other pages, and nothing was written.
    const { client } = await pageClient();
    expect((await client.call('scenario/list', {})).length).toBeGreaterThan(0);
    expect(await seq()).toBe(before);
  });
});

/** A bare authenticated socket, ready once the bridge said `bridge/ready`. */
function rawSocket(): Promise<WS> {
  const origin = `http://127.0.0.1:${bridge.port}`;
  const ws = new WS(
    `ws://127.0.0.1:${bridge.port}/ws`,
    [BRIDGE_PROTOCOL, BRIDGE_TOKEN_PROTOCOL_PREFIX + bridge.token],
    {
      origin,
    },
  );
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
  });
}
