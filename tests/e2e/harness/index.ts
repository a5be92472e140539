import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureAppBuilt, RENDERER_DIR } from '../../../src-main/bridge/app-build';
import { serveWorkbook, type ServeHandle } from '../../../src-main/bridge/serve';
import type { DemoOptions } from '../../../src-main/demo/types';
import type { CreateOptions } from '../../../src-main/services';
import type { WorkbookSession } from '../../../src-main/services/session-api';
import { launchChromium } from './browser';
import { demoWorkbookCopy, emptyWorkbook } from './workbooks';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './browser';
export { demoWorkbookCopy, emptyWorkbook, today } from './workbooks';

export interface StartAppOptions {
  /** Which workbook to serve: a copy of the seeded demo (default), an empty one, or a copy of a file. */
  workbook?: { demo: Partial<DemoOptions> } | { empty: CreateOptions } | { copyOf: string };
  /** Browser viewport in CSS pixels (default 1440×900). */
  viewport?: { width: number; height: number };
  /** Navigate to the app URL before returning (default true). */
  open?: boolean;
}

export interface AppHarness {
  page: Page;
  /** The URL printed for users: http://127.0.0.1:PORT/#token=… */
  url: string;
  /** The bridge's own origin, without the token: http://127.0.0.1:PORT/ */
  origin: string;
  /** The session the bridge serves; read it to check what the UI wrote. */
  session: WorkbookSession;
  /** The temporary workbook file. */
  file: string;
  bridge: ServeHandle;
  browser: Browser;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Stops browser and bridge, closes the workbook and deletes the temporary folder. */
  close(): Promise<void>;
}

/**
 * The real app for an E2E test: builds the renderer if needed, serves a temporary
 * workbook over the localhost bridge on a free port and opens it in Debian Chromium.
 */
export async function startApp(opts: StartAppOptions = {}): Promise<AppHarness> {
  await ensureAppBuilt('renderer');
  const dir = mkdtempSync(join(tmpdir(), 'outlay-e2e-'));
  const wb = opts.workbook ?? { demo: {} };
  let file: string;
  if ('demo' in wb) file = demoWorkbookCopy(dir, wb.demo);
  else if ('empty' in wb) file = emptyWorkbook(dir, wb.empty);
  else {
    file = join(dir, basename(wb.copyOf));
    copyFileSync(wb.copyOf, file);
  }

  const bridge = await serveWorkbook({ file, port: 0, staticDir: RENDERER_DIR });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    if (opts.open ?? true) await page.goto(bridge.url);
    const b = browser;
    return {
      page,
      url: bridge.url,
      origin: `http://127.0.0.1:${bridge.port}/`,
      session: bridge.session,
      file,
      bridge,
      browser: b,
      context,
      errors,
      async close() {
        await b.close();
        await bridge.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await bridge.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
