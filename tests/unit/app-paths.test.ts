import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWorkbookPath, userDataDir } from '../../src-main/app-paths';

const home = '/home/ada';

describe('the user data folder', () => {
  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(userDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home })).toBe(join('/cfg', 'Outlay'));
    expect(userDataDir({ env: {}, platform: 'linux', home })).toBe(join(home, '.config', 'Outlay'));
  });

  it('is Application Support on macOS and APPDATA on Windows', () => {
    expect(userDataDir({ env: {}, platform: 'darwin', home })).toBe(
      join(home, 'Library', 'Application Support', 'Outlay'),
    );
    expect(userDataDir({ env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, platform: 'win32', home })).toBe(
      join('C:\\Users\\ada\\AppData\\Roaming', 'Outlay'),
    );
  });

  it('is OUTLAY_HOME when set, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(userDataDir({ env: { OUTLAY_HOME: '/tmp/t1', XDG_CONFIG_HOME: '/cfg' }, platform, home })).toBe('/tmp/t1');
    }
  });

  it('keeps the demo workbook there as Demo.outlay', () => {
    expect(demoWorkbookPath({ env: { OUTLAY_HOME: '/tmp/t1' }, platform: 'linux', home })).toBe(
      join('/tmp/t1', 'Demo.outlay'),
    );
  });
});
