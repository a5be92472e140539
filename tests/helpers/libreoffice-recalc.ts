/**
 * Recalculate an .xlsx with LibreOffice headless, for tests that check an exported file's
 * formulas against Outlay's values. A private user profile sets OOXMLRecalcMode = 0 ("always
 * recalculate on load"): with the default profile LibreOffice keeps the cached values and a
 * comparison would prove nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/** Fails with how to install it when LibreOffice Calc is missing (the tests need it; .ci/run installs it). */
export function requireLibreOffice(): void {
  if (!existsSync(SOFFICE)) {
    throw new Error(`${SOFFICE} not found: install LibreOffice Calc (apt-get install libreoffice-calc-nogui)`);
  }
}

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Open `file` in LibreOffice, recalculate every formula and save the result as .xlsx in a
 * new temporary directory; returns its path (the caller removes `dir` when done).
 */
export function recalculateWithLibreOffice(file: string): { path: string; dir: string } {
  requireLibreOffice();
  const dir = mkdtempSync(join(tmpdir(), 'outlay-lo-'));
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
  const out = join(dir, 'out');
  mkdirSync(out);
  try {
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const path = join(out, basename(file).replace(/\.[^.]+$/, '') + '.xlsx');
  if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${path}`);
  return { path, dir };
}
