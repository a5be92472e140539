import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's folder name under the platform's per-user configuration directory. */
export const APP_DIR_NAME = 'Outlay';
export const DEMO_WORKBOOK_NAME = 'Demo.outlay';

export interface PathEnv {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const currentEnv = (): PathEnv => ({ env: process.env, platform: process.platform, home: homedir() });

/**
 * Folder for per-user state: the demo workbook, the recent-files list. `OUTLAY_HOME`
 * wins (tests, portable installs); otherwise the platform convention. Electron is told
 * to use the same folder as its userData, so the app and the bridge share one place.
 */
export function userDataDir(p: PathEnv = currentEnv()): string {
  const override = p.env.OUTLAY_HOME;
  if (override) return override;
  if (p.platform === 'darwin') return join(p.home, 'Library', 'Application Support', APP_DIR_NAME);
  if (p.platform === 'win32') return join(p.env.APPDATA ?? join(p.home, 'AppData', 'Roaming'), APP_DIR_NAME);
  return join(p.env.XDG_CONFIG_HOME || join(p.home, '.config'), APP_DIR_NAME);
}

/** Where the first-start demo workbook lives. */
export function demoWorkbookPath(p: PathEnv = currentEnv()): string {
  return join(userDataDir(p), DEMO_WORKBOOK_NAME);
}
