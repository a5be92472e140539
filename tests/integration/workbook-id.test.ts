import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { writeLegacyWorkbook } from './helpers/legacy-workbook';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const BEFORE = MIGRATIONS.findIndex((m) => m.tag === '0006_workbook_identity');
const settings = {
  name: 'Old',
  baseCurrency: 'USD',
  fyStartMonth: 1,
  fiscalCalendar: 'calendar-months' as const,
  userName: 'ann',
};

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

const idOf = (path: string): string => {
  const db = new Database(path, { readonly: true });
  const id = db.prepare('SELECT workbook_id FROM workbook_identity').pluck().get() as string;
  db.close();
  return id;
};

describe('the workbook id that lets an exported file be recognised', () => {
  it('is a random 32-hex-digit id, different for each new workbook, and kept when the workbook is reopened', () => {
    const a = tmp.file('a.outlay');
    const b = tmp.file('b.outlay');
    createWorkbook(a, { now: FIXED_NOW }).close();
    createWorkbook(b, { now: FIXED_NOW }).close();
    expect(idOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(b)).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(a)).not.toBe(idOf(b));
    const before = idOf(a);
    openWorkbook(a, { now: FIXED_NOW }).close();
    expect(idOf(a)).toBe(before);
  });

  it('is given to a workbook from before it existed when the workbook is upgraded', () => {
    expect(BEFORE).toBeGreaterThan(0);
    const path = tmp.file('old.outlay');
    writeLegacyWorkbook(path, settings, FIXED_NOW(), undefined, BEFORE).close();
    openWorkbook(path, { now: FIXED_NOW }).close();
    expect(idOf(path)).toMatch(/^[0-9a-f]{32}$/);
  });
});
