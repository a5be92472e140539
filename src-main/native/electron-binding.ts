import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Relative to the app root; written by scripts/build-electron-native.mjs. */
export const ELECTRON_BINDING_PATH = join('.native', 'electron', 'better_sqlite3.node');

/**
 * The Electron-ABI build of better-sqlite3 when one was built, else undefined (the
 * Node build in node_modules is then used, which only loads under Node, not Electron).
 */
export function electronNativeBinding(appRoot: string): string | undefined {
  const file = join(appRoot, ELECTRON_BINDING_PATH);
  return existsSync(file) ? file : undefined;
}
