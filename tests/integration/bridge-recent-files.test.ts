import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from '../../src-main/menu/recent-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outlay-recent-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const touch = (name: string) => {
  const p = join(dir, name);
  writeFileSync(p, '');
  return p;
};

describe('the recent workbooks list', () => {
  it('puts the latest workbook first without duplicates and survives a restart', () => {
    const [a, b] = [touch('a.outlay'), touch('b.outlay')];
    const store = join(dir, 'recent-files.json');
    new RecentFiles(store).remember(a);
    new RecentFiles(store).remember(b);
    new RecentFiles(store).remember(a);
    expect(new RecentFiles(store).list()).toEqual([a, b]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ files: [a, b] });
  });

  it('drops files that were deleted and keeps at most ten', () => {
    const store = new RecentFiles(join(dir, 'recent-files.json'));
    const files = Array.from({ length: 12 }, (_, i) => touch(`w${i}.outlay`));
    for (const f of files) store.remember(f);
    expect(store.list()).toHaveLength(10);
    rmSync(files[11]!);
    expect(store.list()[0]).toBe(files[10]);
  });

  it('reads a missing or damaged list as empty', () => {
    const path = join(dir, 'recent-files.json');
    expect(new RecentFiles(path).list()).toEqual([]);
    writeFileSync(path, '{not json');
    expect(new RecentFiles(path).list()).toEqual([]);
  });
});
