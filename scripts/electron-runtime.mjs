// Finds a usable Electron runtime WITHOUT triggering its lazy download: requiring the
// 'electron' package from Node downloads the binary from GitHub when it is missing,
// which hangs or fails on machines without internet access.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @returns {{ ok: true, executable: string, version: string } | { ok: false, reason: string }}
 */
export function findElectronRuntime(root = ROOT) {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (!relative && !override) {
    return {
      ok: false,
      reason:
        'the Electron runtime is not installed (node_modules/electron/dist is missing; it downloads from GitHub on first launch)',
    };
  }
  const executable = override ? join(override, relative ?? 'electron') : join(pkgDir, 'dist', relative ?? '');
  if (!existsSync(executable)) return { ok: false, reason: `the Electron executable is missing: ${executable}` };
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const r = spawnSync(executable, ['--version'], { timeout: 5000, encoding: 'utf8', env });
  if (r.error || r.status !== 0) {
    return {
      ok: false,
      reason: `the Electron executable did not start: ${r.error?.message ?? (r.stderr || `exit ${r.status}`).trim()}`,
    };
  }
  return { ok: true, executable, version: r.stdout.trim() };
}

/** Linux needs an X11 or Wayland display for a window; macOS and Windows always have one. */
export function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
