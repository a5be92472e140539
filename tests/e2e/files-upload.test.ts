import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileRef, InputDescription } from '../../src-shared/ipc/files';
import { startBridge, type Bridge } from '../../src-main/bridge/server';
import { resolveInput } from '../../src-main/io/files';
import { transferDir } from '../../src-main/io/files-store';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import type { WorkbookSession } from '../../src-main/services/session-api';
import { eventually } from './budget-page';
import { buildFilesPage } from './files-page/build';
import { launchChromium } from './harness';

/** Small enough to test the refusal quickly, large enough for several progress events. */
const LIMIT = 2 * 1024 * 1024;
let dir: string;
let session: WorkbookSession;
let bridge: Bridge;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outlay-files-e2e-'));
  const staticDir = join(dir, 'page');
  mkdirSync(staticDir);
  await buildFilesPage(staticDir);
  session = createWorkbook(join(dir, 'plan.outlay'), { name: 'Files E2E', baseCurrency: 'EUR' });
  bridge = await startBridge({ session, staticDir, maxUploadBytes: LIMIT });
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(bridge.url);
  await page.getByTestId('picker-choose').waitFor({ state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.close();
  session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const json = async <T>(testId: string): Promise<T> => JSON.parse(await page.getByTestId(testId).innerText()) as T;

describe('choosing a file in the browser', () => {
  it('uploads the chosen file to the bridge and reports an upload whose bytes main reads back exactly', async () => {
    const content = randomBytes(LIMIT - 1024);
    await page.getByTestId('picker-choose').setInputFiles({
      name: 'GL actuals März.csv',
      mimeType: 'text/csv',
      buffer: content,
    });
    await expect.poll(() => page.getByTestId('picker-chosen').textContent()).toBe('GL actuals März.csv · 2.0 MB');
    const ref = await json<FileRef>('picker-value');
    if (ref.kind !== 'upload') throw new Error(`expected an upload, got ${JSON.stringify(ref)}`);
    expect(ref.name).toBe('GL actuals März.csv');
    expect(sha(readFileSync(resolveInput(ref).path))).toBe(sha(content));
    await eventually(() => json<InputDescription | null>('picker-described'), {
      name: 'GL actuals März.csv',
      bytes: content.length,
      sha256: sha(content),
    });
  });

  it('shows the bridge’s refusal of a file over the size limit and reports no file', async () => {
    await page.getByTestId('picker-choose').setInputFiles({
      name: 'too big.xlsx',
      mimeType: 'application/octet-stream',
      buffer: randomBytes(LIMIT + 1),
    });
    await expect
      .poll(() => page.getByTestId('picker-error').textContent())
      .toMatch(/too big\.xlsx is larger than 2 MB/);
    expect(await json<FileRef | null>('picker-value')).toBeNull();
  });

  it('shows upload progress for a slow upload, and Cancel stops it leaving no file chosen', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const uploadsBefore = readdirSync(transferDir()).filter((f) => f.endsWith('.upload')).length;
    try {
      await page.getByTestId('picker-choose').setInputFiles({
        name: 'slow.csv',
        mimeType: 'text/csv',
        buffer: randomBytes(LIMIT - 1024),
      });
      await expect
        .poll(() => page.getByTestId('picker-upload').textContent())
        .toMatch(/Uploading slow\.csv · .+ of 2\.0 MB/);
      await page.getByTestId('picker-upload-cancel').click();
      await page.getByTestId('picker-upload').waitFor({ state: 'detached' });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    expect(await json<FileRef | null>('picker-value')).toBeNull();
    expect(await page.getByTestId('picker-error').count()).toBe(0);
    await expect.poll(() => readdirSync(transferDir()).filter((f) => f.endsWith('.upload')).length).toBe(uploadsBefore);
  });

  it('takes a typed path on this computer instead of an upload', async () => {
    const file = join(dir, 'typed.csv');
    writeFileSync(file, 'cost center;amount\nCC-100;12,50\n');
    await page.getByTestId('picker-path').fill(file);
    expect(await json<FileRef>('picker-value')).toEqual({ kind: 'path', path: file });
    await eventually(() => json<InputDescription | null>('picker-described'), {
      name: 'typed.csv',
      bytes: readFileSync(file).length,
      sha256: sha(readFileSync(file)),
    });
    await expect.poll(() => page.getByTestId('picker-chosen').count()).toBe(0);
  });
});

describe('saving an output in the browser', () => {
  it('offers a download under the suggested name, which the user can change, and the browser saves it', async () => {
    expect(await page.getByTestId('out-name').inputValue()).toBe('Plan copy.outlay');
    expect(await json<unknown>('out-value')).toEqual({ kind: 'download', name: 'Plan copy.outlay' });
    await page.getByTestId('out-name').fill('Backup 2027.outlay');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('out-save').click()]);
    expect(download.suggestedFilename()).toBe('Backup 2027.outlay');
    const saved = join(dir, 'downloaded.outlay');
    await download.saveAs(saved);
    const copy = await openWorkbook(saved);
    try {
      expect((await copy.call('workbook/get-info', {})).settings).toEqual(
        (await session.call('workbook/get-info', {})).settings,
      );
    } finally {
      copy.close();
    }
    expect(errors).toEqual([]);
  });

  it('writes to a typed path instead, with no download', async () => {
    const target = join(dir, 'typed copy.outlay');
    await page.getByTestId('out-path').fill(target);
    expect(await json<unknown>('out-value')).toEqual({ kind: 'path', path: target });
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByTestId('out-save').click();
    await expect.poll(() => page.getByTestId('out-saved').textContent()).toContain('"kind":"path"');
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(downloads).toBe(0);
  });
});
