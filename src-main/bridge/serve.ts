import { demoWorkbookPath } from '../app-paths';
import { openWorkbook } from '../services';
import type { WorkbookSession } from '../services/session-api';
import { openOrCreateDemo } from '../startup-workbook';
import { ensureAppBuilt, RENDERER_DIR } from './app-build';
import { startBridge } from './server';

export interface ServeOptions {
  /** Workbook to open; it must exist (see serveApp for the demo fallback). */
  file: string;
  /** TCP port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** Built renderer to serve; by default out/renderer, built first when missing or stale. */
  staticDir?: string;
  /** Called once the bridge listens, before serveWorkbook resolves. */
  onReady?: (info: ServeInfo) => void;
}

export interface ServeInfo {
  /** http://127.0.0.1:PORT/#token=… — open this in a browser. */
  url: string;
  token: string;
  port: number;
  /** Absolute path of the open workbook. */
  file: string;
}

export interface ServeHandle extends ServeInfo {
  session: WorkbookSession;
  /** Stops the bridge, then closes the workbook. */
  close(): Promise<void>;
}

/**
 * Opens a workbook and serves it to the browser over the localhost bridge: the same
 * renderer and services as the Electron app. Throws AppError when the file is not a
 * usable workbook (not-a-workbook, corrupt-workbook, newer-schema), and a plain Error
 * when the port is taken or the renderer cannot be built.
 */
export async function serveWorkbook(opts: ServeOptions): Promise<ServeHandle> {
  const staticDir = opts.staticDir ?? RENDERER_DIR;
  if (!opts.staticDir) await ensureAppBuilt('renderer');
  return serveSession(await openWorkbook(opts.file), { ...opts, staticDir });
}

async function serveSession(
  session: WorkbookSession,
  opts: Omit<ServeOptions, 'file'> & { staticDir: string },
): Promise<ServeHandle> {
  const staticDir = opts.staticDir;
  let bridge;
  try {
    bridge = await startBridge({ session, port: opts.port ?? 0, host: '127.0.0.1', staticDir });
  } catch (e) {
    session.close();
    throw e;
  }
  const info: ServeInfo = { url: bridge.url, token: bridge.token, port: bridge.port, file: session.path };
  opts.onReady?.(info);
  return {
    ...info,
    session,
    async close() {
      await bridge.close();
      session.close();
    },
  };
}

/**
 * What `npm start` serves when Electron cannot run: the given workbook, else the demo
 * workbook in the user data folder (created on first start).
 */
export async function serveApp(opts: Omit<ServeOptions, 'file'> & { file?: string | null }): Promise<ServeHandle> {
  if (opts.file) return serveWorkbook({ ...opts, file: opts.file });
  const staticDir = opts.staticDir ?? RENDERER_DIR;
  if (!opts.staticDir) await ensureAppBuilt('renderer');
  return serveSession(await openOrCreateDemo(demoWorkbookPath()), { ...opts, staticDir });
}
