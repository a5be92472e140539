import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime, hasDisplay, ROOT } from '../../scripts/electron-runtime.mjs';
import { ensureAppBuilt } from '../../src-main/bridge/app-build';
import { electronNativeBinding } from '../../src-main/native/electron-binding';

const runtime = findElectronRuntime();
const hasElectron = runtime.ok && hasDisplay() && electronNativeBinding(ROOT) !== null;

/** What the page saw of one long call made through window.outlay. */
interface Seen {
  progress: { done: number; total: number }[];
  result: { ok: boolean; code?: string; rows?: number };
}

describe('long calls over Electron IPC', () => {
  it.skipIf(!hasElectron)(
    'carry progress to the page and stop on cancel with code cancelled',
    async () => {
      if (!runtime.ok) return;
      await ensureAppBuilt('electron');
      const home = mkdtempSync(join(tmpdir(), 'outlay-electron-'));
      const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      const app = await electron.launch({
        executablePath: runtime.executable,
        args: [...rootArgs, ROOT],
        env: { ...process.env, OUTLAY_HOME: home },
      });
      try {
        const win = await app.firstWindow();
        await win.getByTestId('workbook-name').waitFor({ timeout: 60_000 });
        const run = (cancelAfterFirst: boolean) =>
          win.evaluate(async (stop): Promise<Seen> => {
            const api = window.outlay!;
            const scenarios = await api.call('scenario/list', {});
            const baseline = scenarios.ok ? scenarios.value.find((s) => s.kind === 'baseline') : undefined;
            const progress: Seen['progress'] = [];
            const r = await api.call(
              'forecast/scenario',
              { scenarioId: baseline?.id ?? '', horizon: 36, method: 'auto', by: 'service' },
              {
                callId: 'long-1',
                onProgress: (p) => {
                  progress.push({ done: p.done, total: p.total });
                  if (stop) api.cancel('long-1');
                },
              },
            );
            return {
              progress,
              result: r.ok ? { ok: true, rows: r.value.rows.length } : { ok: false, code: r.error.code },
            };
          }, cancelAfterFirst);
        const full = await run(false);
        expect(full.result.ok).toBe(true);
        expect(full.progress.length).toBeGreaterThan(0);
        for (const p of full.progress) expect(p.total).toBe(full.result.rows);
        const stopped = await run(true);
        expect(stopped.result).toEqual({ ok: false, code: 'cancelled' });
      } finally {
        await app.close();
        rmSync(home, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
