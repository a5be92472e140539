import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputDone, UploadReceipt } from '../../src-shared/ipc/files';
import type { Result } from '../../src-shared/ipc/result';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { resolveInput, writeOutput } from '../../src-main/io/files';
import { transferDir } from '../../src-main/io/files-store';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import type { WorkbookSession } from '../../src-main/services/session-api';

const MAX = 64 * 1024;
let dir: string;
let session: WorkbookSession;
let bridge: Bridge;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outlay-transfers-test-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Outlay</title>');
  session = createWorkbook(join(dir, 'plan.outlay'), { name: 'Transfers', baseCurrency: 'EUR' });
  bridge = await startBridge({ session, staticDir, maxUploadBytes: MAX });
  origin = `http://127.0.0.1:${bridge.port}`;
});

afterAll(async () => {
  await bridge?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Reply = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };

function http(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
      },
    );
    // The bridge may answer 413 and close before reading a too-large body; the answer still counts.
    req.on('error', (e) => (String(e).includes('EPIPE') || String(e).includes('ECONNRESET') ? undefined : reject(e)));
    req.end(opts.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${bridge.token}`, Origin: origin });
const json = <T>(r: Reply) => JSON.parse(r.body.toString('utf8')) as Result<T>;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function upload(name: string, body: Buffer, headers: Record<string, string> = auth()): Promise<Reply> {
  return http(`/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body });
}

async function uploaded(name: string, body: Buffer): Promise<UploadReceipt> {
  const r = json<UploadReceipt>(await upload(name, body));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('uploads', () => {
  it('stores an upload so that resolveInput gives the same bytes under the original name', async () => {
    const bytes = randomBytes(40_000);
    const receipt = await uploaded('Actuals März.csv', bytes);
    expect(receipt).toMatchObject({ name: 'Actuals März.csv', bytes: bytes.length });
    const input = resolveInput({ kind: 'upload', uploadId: receipt.uploadId, name: receipt.name });
    expect(input.name).toBe('Actuals März.csv');
    expect(sha(readFileSync(input.path))).toBe(sha(bytes));
    const described = await session.call('files/describe-input', {
      file: { kind: 'upload', uploadId: receipt.uploadId, name: receipt.name },
    });
    expect(described).toEqual({ name: 'Actuals März.csv', bytes: bytes.length, sha256: sha(bytes) });
  });

  it('refuses an upload without the token, with a wrong token, or from another site', async () => {
    const body = Buffer.from('a,b\n1,2\n');
    expect((await upload('x.csv', body, { Origin: origin })).status).toBe(401);
    expect((await upload('x.csv', body, { ...auth(), Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401);
    expect((await upload('x.csv', body, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
    const crossSite = { ...auth(), 'Sec-Fetch-Site': 'cross-site' };
    expect((await upload('x.csv', body, crossSite)).status).toBe(403);
  });

  it('refuses a file over the size limit with 413 and a message naming the file, and keeps nothing', async () => {
    const before = readdirSync(transferDir()).length;
    const r = await upload('huge.xlsx', randomBytes(MAX + 1));
    expect(r.status).toBe(413);
    const result = json<never>(r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/huge\.xlsx is larger than/);
    expect(readdirSync(transferDir()).length).toBe(before);
  });

  it('counts the bytes of a chunked upload that declares no length', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: bridge.port, path: '/upload?name=stream.csv', method: 'POST', headers: auth() },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (e) => (String(e).includes('EPIPE') || String(e).includes('ECONNRESET') ? undefined : reject(e)));
      for (let i = 0; i < 5; i++) req.write(randomBytes(MAX / 4));
      req.end();
    });
    expect(reply).toBe(413);
  });

  it('keeps nothing of an upload the browser abandons halfway', async () => {
    const before = readdirSync(transferDir()).sort();
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: bridge.port,
        path: '/upload?name=half.csv',
        method: 'POST',
        headers: { ...auth(), 'Content-Length': String(MAX) },
      });
      req.on('error', () => resolve());
      req.write(randomBytes(MAX / 2));
      // Abandon it once the bridge has started writing it to disk.
      const started = setInterval(() => {
        if (readdirSync(transferDir()).length === before.length) return;
        clearInterval(started);
        req.destroy();
      }, 10);
    });
    await expect.poll(() => readdirSync(transferDir()).sort()).toEqual(before);
  });

  it('refuses a request whose Host is not this bridge on loopback (DNS rebinding)', async () => {
    const r = await upload('x.csv', Buffer.from('x'), { ...auth(), Host: `evil.example:${bridge.port}` });
    expect(r.status).toBe(403);
  });

  it('keeps only the last part of a name, so an upload cannot be placed outside its folder', async () => {
    const receipt = await uploaded('../../etc/passwd', Buffer.from('x'));
    expect(receipt.name).toBe('passwd');
    const input = resolveInput({ kind: 'upload', uploadId: receipt.uploadId, name: receipt.name });
    expect(input.path.startsWith(transferDir())).toBe(true);
  });

  it('answers not-found for an unknown upload id', async () => {
    await expect(
      session.call('files/describe-input', { file: { kind: 'upload', uploadId: 'f'.repeat(32), name: 'gone.csv' } }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('downloads', () => {
  const written = async (name: string, content: Buffer): Promise<OutputDone> =>
    writeOutput({ kind: 'download', name }, async (temp) => writeFileSync(temp, content));

  it('serves a finished output once, as an attachment under its name, then deletes it', async () => {
    const content = randomBytes(10_000);
    const done = await written('Budget FY2027 – Entwurf.xlsx', content);
    if (done.kind !== 'download') throw new Error('expected a download');
    expect(done.bytes).toBe(content.length);
    const first = await http(`/download/${done.downloadId}`, { headers: auth() });
    expect(first.status).toBe(200);
    expect(sha(first.body)).toBe(sha(content));
    expect(first.headers['content-disposition']).toBe(
      `attachment; filename="Budget FY2027 _ Entwurf.xlsx"; filename*=UTF-8''${encodeURIComponent('Budget FY2027 – Entwurf.xlsx')}`,
    );
    expect((await http(`/download/${done.downloadId}`, { headers: auth() })).status).toBe(404);
    expect(readdirSync(transferDir()).some((f) => f.startsWith(done.downloadId))).toBe(false);
  });

  it('requires the token to download and leaves the output for the rightful page', async () => {
    const done = await written('report.csv', Buffer.from('a;b\n'));
    if (done.kind !== 'download') throw new Error('expected a download');
    expect((await http(`/download/${done.downloadId}`)).status).toBe(401);
    expect(
      (await http(`/download/${done.downloadId}`, { headers: { ...auth(), Origin: 'http://evil.example' } })).status,
    ).toBe(403);
    expect((await http(`/download/${done.downloadId}`, { headers: auth() })).status).toBe(200);
  });

  it('cannot be used to read other files: malformed and traversing ids are not found', async () => {
    const secret = join(transferDir(), 'secret.txt');
    writeFileSync(secret, 'secret');
    for (const id of ['..%2Fsecret.txt', '../secret.txt', 'secret.txt', '%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const r = await http(`/download/${id}`, { headers: auth() });
      expect(r.body.toString()).not.toContain('secret');
      expect([403, 404]).toContain(r.status);
    }
  });

  it('leaves nothing behind when writing the output fails', async () => {
    const before = readdirSync(transferDir()).sort();
    await expect(
      writeOutput({ kind: 'download', name: 'broken.xlsx' }, async (temp) => {
        writeFileSync(temp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(transferDir()).sort()).toEqual(before);
  });

  it('saves a copy of the open workbook as a download that opens as the same workbook', async () => {
    const done = await session.call('files/save-workbook-copy', {
      output: { kind: 'download', name: 'plan copy.outlay' },
    });
    if (done.kind !== 'download') throw new Error('expected a download');
    const got = await http(`/download/${done.downloadId}`, { headers: auth() });
    expect(got.status).toBe(200);
    expect(got.body.length).toBe(done.bytes);
    const copy = join(dir, 'copy.outlay');
    writeFileSync(copy, got.body);
    const reopened = await openWorkbook(copy);
    try {
      const [a, b] = await Promise.all([reopened.call('workbook/get-info', {}), session.call('workbook/get-info', {})]);
      expect(a.settings).toEqual(b.settings);
      expect(a.counts).toEqual(b.counts);
    } finally {
      reopened.close();
    }
  });

  it('refuses to save a copy over the open workbook itself', async () => {
    await expect(
      session.call('files/save-workbook-copy', { output: { kind: 'path', path: session.path } }),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'output' } });
  });
});

describe('lifetime', () => {
  it('removes the transfer folder when the last bridge stops', async () => {
    const folder = transferDir();
    const other = await startBridge({ session, staticDir: join(dir, 'static') });
    await other.close();
    expect(existsSync(folder)).toBe(true);
  });
});
