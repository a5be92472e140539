#!/usr/bin/env node
// `npm start [-- FILE.outlay] [--port P] [--browser]`: builds the app when needed, then
// opens it in Electron, or — where the Electron runtime cannot start, as on machines
// without internet access to download it — serves the same renderer and services over
// the localhost bridge and prints the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';
import { findElectronRuntime, hasDisplay, ROOT } from './electron-runtime.mjs';

const USAGE = `Usage: npm start -- [FILE.outlay] [--port P] [--browser]

  FILE       workbook to open (default: the demo workbook in the user data folder,
             created on first start; the Electron app reopens the last workbook used)
  --port P   bridge port on 127.0.0.1 (default: a free one)
  --browser  serve in the browser even when Electron is available`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, browser: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (e) {
  console.error(`${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const file = args.positionals[0] ? resolve(process.env.INIT_CWD ?? process.cwd(), args.positionals[0]) : null;
const port = args.values.port === undefined ? 0 : Number(args.values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${args.values.port}".`);
  process.exit(2);
}

register();
const { ensureAppBuilt } = await import('../src-main/bridge/app-build.ts');

/** Runs Electron; resolves to null when it ran, or a reason when it failed to start. */
function runElectron(executable) {
  return new Promise((resolveRun) => {
    const startedAt = Date.now();
    const child = spawn(executable, [ROOT, ...(file ? [file] : [])], { stdio: 'inherit', cwd: ROOT });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
    child.on('error', (e) => resolveRun(e.message));
    child.on('exit', (code, signal) => {
      // A crash in the first seconds means the window never came up: fall back to the browser.
      if (code !== 0 && !signal && Date.now() - startedAt < 5000)
        return resolveRun(`Electron exited with code ${code}`);
      process.exit(code ?? 0);
    });
  });
}

async function main() {
  const runtime = args.values.browser ? { ok: false, reason: '--browser was given' } : findElectronRuntime();
  let reason = !runtime.ok
    ? runtime.reason
    : !hasDisplay()
      ? 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)'
      : null;
  // Electron cannot load the Node build of the SQLite driver: build its own once, or fall back.
  if (!reason && !existsSync(join(ROOT, '.native', 'electron', 'better_sqlite3.node'))) {
    console.log('Building the SQLite driver for Electron (first start only)…');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-electron-native.mjs')], {
      stdio: 'inherit',
    });
    if (build.status !== 0) reason = 'its SQLite driver could not be built (see above)';
  }
  if (!reason) {
    await ensureAppBuilt('electron');
    console.log(`Starting Outlay in Electron ${runtime.version}…`);
    const failure = await runElectron(runtime.executable);
    console.log(`Electron did not start (${failure}).`);
  } else {
    console.log(`Electron is not used: ${reason}.`);
  }
  console.log('Serving Outlay in the browser over the localhost bridge instead.');
  const { serveApp } = await import('../src-main/bridge/serve.ts');
  const handle = await serveApp({ file, port });
  console.log(
    `\nWorkbook: ${handle.file}\n\nOpen Outlay in your browser:\n\n  ${handle.url}\n\nOnly this machine can connect; the link works until you stop Outlay (Ctrl+C).`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`Outlay could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
