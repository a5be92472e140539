import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where package.json and electron.vite.config.ts live). */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built renderer that Electron loads and the bridge serves. */
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');

export type BuildTarget = 'renderer' | 'electron';

const OUTPUTS: Record<BuildTarget, string[]> = {
  renderer: ['out/renderer/index.html'],
  electron: ['out/renderer/index.html', 'out/main/index.js', 'out/main/forecast-worker.js', 'out/preload/index.cjs'],
};
const INPUTS: Record<BuildTarget, string[]> = {
  renderer: ['src-renderer', 'src-shared', 'electron.vite.config.ts', 'package.json'],
  electron: ['src-renderer', 'src-shared', 'src-main', 'electron.vite.config.ts', 'package.json'],
};

function newestMtimeMs(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtimeMs(join(path, name)));
  }
  return newest;
}

/** True when an output is missing or older than any source it is built from. */
export function buildIsStale(target: BuildTarget, root = APP_ROOT): boolean {
  const outputs = OUTPUTS[target].map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newestInput = Math.max(...INPUTS[target].map((p) => newestMtimeMs(join(root, p))));
  return newestInput > oldestOutput;
}

function electronViteBin(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One build at a time across processes (tests and `npm start` may race): a lock directory. */
async function withBuildLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(root, 'out', '.build-lock');
  mkdirSync(join(root, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 5 minutes belongs to a build that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile.
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Runs `electron-vite build` when the outputs for `target` are missing or stale.
 * Build output goes to stderr so a caller's stdout (e.g. `--json`) stays clean.
 * Returns true when it built. Throws when the build fails.
 */
export async function ensureAppBuilt(target: BuildTarget = 'renderer', root = APP_ROOT): Promise<boolean> {
  if (!buildIsStale(target, root)) return false;
  return withBuildLock(root, async () => {
    if (!buildIsStale(target, root)) return false;
    process.stderr.write('Building Outlay (electron-vite build)…\n');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [electronViteBin(root), 'build'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production' },
      });
      child.stdout.pipe(process.stderr, { end: false });
      child.stderr.pipe(process.stderr, { end: false });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`electron-vite build failed with exit code ${code}`)),
      );
    });
    return true;
  });
}
