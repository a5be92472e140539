import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_NAME } from '../../src-main/demo/generate';
import { emptyWorkbook, launchChromium } from './harness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Runs `npm start` (its script directly) and resolves with the URL it prints. */
function start(args: string[], home: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--browser', ...args], {
    env: { ...process.env, OUTLAY_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}/.exec(output)?.[0];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start.mjs exited (${code}) before printing a URL:\n${output}`)));
  });
}

async function browser(): Promise<Browser> {
  const b = await launchChromium();
  cleanups.push(() => b.close());
  return b;
}

function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'outlay-home-'));
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

describe('npm start without the Electron runtime', () => {
  it('creates the demo workbook in the user data folder, prints a URL and serves the app there', async () => {
    const home = tempHome();
    const { child, url, output } = await start([], home);
    expect(output()).toContain(join(home, 'Demo.outlay'));
    expect(existsSync(join(home, 'Demo.outlay'))).toBe(true);
    const page = await (await browser()).newPage();
    await page.goto(url);
    await expect
      .poll(() => page.getByTestId('workbook-name').textContent(), { timeout: 30_000 })
      .toContain(DEFAULT_DEMO_NAME);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serves the workbook named on the command line instead of the demo', async () => {
    const home = tempHome();
    const file = emptyWorkbook(join(home, 'files'), { name: 'Named On The Command Line' });
    const { url } = await start([file], home);
    expect(existsSync(join(home, 'Demo.outlay'))).toBe(false);
    const page = await (await browser()).newPage();
    await page.goto(url);
    await expect
      .poll(() => page.getByTestId('workbook-name').textContent(), { timeout: 30_000 })
      .toContain('Named On The Command Line');
  });
});
