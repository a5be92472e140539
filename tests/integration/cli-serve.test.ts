import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlay, start, tempDir, waitFor } from './cli-run';

// The first serve may build the renderer (electron-vite build) before it listens.
const READY_TIMEOUT = 240_000;

describe('outlay serve', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'served.outlay');
    expect((await outlay(['new', file, '--demo', '--lines', '20', '--as-of', '2026-03-15'])).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'serves the workbook on 127.0.0.1 behind a token until SIGINT, then closes it cleanly',
    async () => {
      const child = start(['serve', file, '--json']);
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const line = await waitFor(child.stdout, /\n/, READY_TIMEOUT);
      const ready = JSON.parse(line) as { url: string; port: number; file: string };
      expect(ready.file).toBe(file);
      const url = new URL(ready.url);
      expect(url.hostname).toBe('127.0.0.1');
      const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
      expect(token).toMatch(/^[0-9a-f]{64}$/);

      const base = `http://127.0.0.1:${ready.port}`;
      expect((await fetch(`${base}/`)).status).toBe(200);
      const call = (auth: string | null) =>
        fetch(`${base}/api/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
          body: JSON.stringify({ channel: 'workbook/get-info', args: {} }),
        });
      expect((await call(null)).status).toBe(401);
      const answer = (await (await call(token)).json()) as {
        ok: boolean;
        value: { path: string; counts: Record<string, number> };
      };
      expect(answer.ok).toBe(true);
      expect(answer.value.path).toBe(file);
      expect(answer.value.counts.budget_lines).toBe(40);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      // A cleanly closed SQLite WAL database leaves no -wal file behind.
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect((await outlay(['info', file])).code).toBe(0);
    },
    READY_TIMEOUT + 30_000,
  );

  it(
    'exits 1 naming the port when it is already taken',
    async () => {
      const blocker: Server = createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
      const port = (blocker.address() as { port: number }).port;
      try {
        const r = await outlay(['serve', file, '--port', String(port)]);
        expect(r.code).toBe(1);
        expect(r.stderr.trim()).toBe(`outlay: port ${port} on 127.0.0.1 is already in use`);
      } finally {
        blocker.close();
      }
    },
    READY_TIMEOUT,
  );

  it('exits 1 on a file that is not there', async () => {
    const r = await outlay(['serve', join(dir, 'nope.outlay')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
  });
});
