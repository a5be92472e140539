import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime, hasDisplay, ROOT } from '../../scripts/electron-runtime.mjs';
import { ensureAppBuilt } from '../../src-main/bridge/app-build';
import { ELECTRON_BINDING_PATH, electronNativeBinding } from '../../src-main/native/electron-binding';

const runtime = findElectronRuntime();
const skipReason = !runtime.ok
  ? runtime.reason
  : !hasDisplay()
    ? 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)'
    : !electronNativeBinding(ROOT)
      ? `better-sqlite3 is not built for Electron (${ELECTRON_BINDING_PATH}; run node scripts/build-electron-native.mjs)`
      : null;
const hasElectron = skipReason === null;
if (!hasElectron)
  console.log(
    `[electron-smoke] skipped: ${skipReason}. The same renderer and services are covered through the browser bridge.`,
  );

describe('the Electron app', () => {
  it.skipIf(!hasElectron)('opens a sandboxed window that shows the budget screen of the demo workbook', async () => {
    if (!runtime.ok) return;
    await ensureAppBuilt('electron');
    const home = mkdtempSync(join(tmpdir(), 'outlay-electron-'));
    // Root has no user namespace sandbox in containers; the renderer sandbox setting is still checked below.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await electron.launch({
      executablePath: runtime.executable,
      args: [...rootArgs, ROOT],
      env: { ...process.env, OUTLAY_HOME: home },
    });
    try {
      const win = await app.firstWindow();
      await win.getByTestId('workbook-name').waitFor({ timeout: 60_000 });
      await win.locator('.ag-root').first().waitFor();
      const page = await win.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        api: Object.keys(window.outlay ?? {}).sort(),
      }));
      expect(page).toEqual({ require: 'undefined', process: 'undefined', api: ['call', 'cancel', 'on'] });
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        // Not in electron.d.ts, but public at runtime (Electron's own specs use it).
        type WithPrefs = { getLastWebPreferences(): Record<string, unknown> };
        const wc = BrowserWindow.getAllWindows()[0]?.webContents as unknown as WithPrefs | undefined;
        const p = wc?.getLastWebPreferences();
        return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
      });
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
