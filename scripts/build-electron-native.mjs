#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .native/electron/better_sqlite3.node,
// which src-main/index.ts passes to the driver as `nativeBinding`. node_modules keeps
// its Node build for tests and the CLI. Needs Electron's C++ headers, which node-gyp
// downloads from electronjs.org; without that (or a cached copy) it stops and says so.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './electron-runtime.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const DIST_URL = process.env.ELECTRON_HEADERS_URL ?? 'https://electronjs.org/headers';
const workDir = join(ROOT, '.native', 'build', 'better-sqlite3');
const outFile = join(ROOT, '.native', 'electron', 'better_sqlite3.node');
const devDir = join(homedir(), '.electron-gyp');

function fail(message) {
  console.error(`build-electron-native: ${message}`);
  process.exit(1);
}

function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships node-gyp next to itself.
    const bundled = join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    return existsSync(bundled) ? bundled : null;
  }
}

async function headersReachable() {
  if (existsSync(join(devDir, electronVersion, 'include'))) return true;
  try {
    const res = await fetch(`${DIST_URL}/v${electronVersion}/SHASUMS256.txt`, {
      method: 'HEAD',
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

const nodeGyp = findNodeGyp();
if (!nodeGyp) fail('node-gyp was not found (it normally comes with npm).');
console.log(`Building better-sqlite3 for Electron ${electronVersion} (headers from ${DIST_URL})…`);
if (!(await headersReachable())) {
  fail(
    `cannot get Electron ${electronVersion} headers: ${DIST_URL} is unreachable and ${join(devDir, electronVersion)} is not cached.\n` +
      'On a machine with internet access run this script again, or copy its .native/electron/better_sqlite3.node here.\n' +
      'Until then the Electron app cannot open workbooks; `npm start` serves Outlay in the browser instead.',
  );
}

// Build in a copy so the Node build in node_modules (used by tests and the CLI) stays intact.
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
for (const part of ['binding.gyp', 'src', 'deps', 'package.json'])
  cpSync(join(sqliteDir, part), join(workDir, part), { recursive: true });
const r = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${DIST_URL}`,
    `--devdir=${devDir}`,
    `--arch=${process.arch}`,
  ],
  { cwd: workDir, stdio: 'inherit', timeout: 20 * 60_000 },
);
if (r.status !== 0) fail(`node-gyp failed (exit ${r.status ?? r.signal}).`);
mkdirSync(dirname(outFile), { recursive: true });
cpSync(join(workDir, 'build', 'Release', 'better_sqlite3.node'), outFile);
console.log(`Wrote ${outFile}`);
