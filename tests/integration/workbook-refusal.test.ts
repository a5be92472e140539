import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src-shared/ipc/errors';
import { createWorkbook, openWorkbook, SCHEMA_VERSION } from '../../src-main/services';
import { smallDemo } from './helpers/small-demo';
import { FIXED_NOW, listing, sha256, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

/** Opening must fail with `code` and a message naming the file, and leave the folder exactly as it was. */
function expectRefused(path: string, code: ErrorCode, message: RegExp): void {
  const hash = sha256(path);
  const files = listing(tmp.dir);
  let error: unknown;
  try {
    openWorkbook(path).close();
  } catch (e) {
    error = e;
  }
  expect(error).toMatchObject({ name: 'AppError', code });
  const msg = (error as Error).message;
  expect(msg).toMatch(message);
  expect(msg).toContain(path.split('/').pop()!);
  expect(sha256(path)).toBe(hash);
  expect(listing(tmp.dir)).toEqual(files);
}

function demoWorkbook(name: string): string {
  const path = tmp.file(name);
  createWorkbook(path, { demo: smallDemo(), now: FIXED_NOW }).close();
  return path;
}

describe('opening a file that is not a usable workbook', () => {
  it('refuses a text file renamed to .outlay as not a workbook', () => {
    const path = tmp.file('notes.outlay');
    writeFileSync(path, 'Budget notes for 2026\nnot a database at all\n'.repeat(20));
    expectRefused(path, 'not-a-workbook', /not an Outlay workbook: it is not a SQLite database/);
  });

  it('refuses a file of random bytes as not a workbook', () => {
    const path = tmp.file('noise.outlay');
    writeFileSync(path, randomBytes(16384));
    expectRefused(path, 'not-a-workbook', /not a SQLite database/);
  });

  it('refuses an empty file as not a workbook', () => {
    const path = tmp.file('empty.outlay');
    writeFileSync(path, '');
    expectRefused(path, 'not-a-workbook', /not a SQLite database/);
  });

  it("refuses another application's SQLite database, even one in WAL mode", () => {
    const path = tmp.file('other.outlay');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    db.pragma('application_id = 1234');
    db.close();
    expectRefused(path, 'not-a-workbook', /SQLite database of another application \(application_id 0x000004d2\)/);
  });

  it('refuses a workbook written by a newer schema and says to update Outlay', () => {
    const path = demoWorkbook('future.outlay');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expectRefused(
      path,
      'newer-schema',
      new RegExp(
        `newer version of Outlay \\(schema ${SCHEMA_VERSION + 5}; this version reads up to ${SCHEMA_VERSION}\\)`,
      ),
    );
  });

  it('refuses a truncated workbook as damaged', () => {
    const path = demoWorkbook('cut.outlay');
    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 2 / 4096) * 4096);
    expectRefused(path, 'corrupt-workbook', /damaged Outlay workbook.*truncated/);
  });

  it('refuses a workbook cut in the middle of a page as damaged', () => {
    const path = demoWorkbook('torn.outlay');
    truncateSync(path, statSync(path).size - 1000);
    expectRefused(path, 'corrupt-workbook', /truncated/);
  });

  it('refuses a workbook whose pages were overwritten as damaged', () => {
    const path = demoWorkbook('scribbled.outlay');
    const pageSize = 4096;
    const pages = statSync(path).size / pageSize;
    const fd = openSync(path, 'r+');
    for (let p = 1; p < pages; p++) writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, p * pageSize);
    closeSync(fd);
    expectRefused(path, 'corrupt-workbook', /damaged Outlay workbook/);
  });

  it('reports a missing file as not found', () => {
    expect(() => openWorkbook(tmp.file('missing.outlay'))).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(listing(tmp.dir)).toEqual([]);
  });
});

describe('creating a workbook', () => {
  it('never overwrites an existing file', () => {
    const path = tmp.file('keep.outlay');
    writeFileSync(path, 'precious');
    expect(() => createWorkbook(path, { now: FIXED_NOW })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(listing(tmp.dir)).toEqual(['keep.outlay']);
  });

  it('leaves no file behind when the demo data is invalid', () => {
    const demo = smallDemo();
    demo.accounts[0]!.code = 'bad code';
    expect(() => createWorkbook(tmp.file('bad.outlay'), { demo, now: FIXED_NOW })).toThrow(/may contain only letters/);
    expect(listing(tmp.dir)).toEqual([]);
  });
});
