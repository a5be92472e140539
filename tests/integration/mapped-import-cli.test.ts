import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src-shared/model/imports';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { outlay } from './cli-run';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

const FIXTURES = join(__dirname, '../fixtures/mapped-import');
let tmp: ReturnType<typeof tempDir>;
let book: string;
let gl: string;

beforeAll(async () => {
  tmp = tempDir();
  book = tmp.file('w.outlay');
  const s = createWorkbook(book, { now: FIXED_NOW });
  await seedBasics(s);
  s.close();
  gl = tmp.file('gl.csv');
  copyFileSync(join(FIXTURES, 'gl-actuals-de.csv'), gl);
});
afterAll(() => tmp.remove());

const base = () => ['import', book, '--from', gl, '--kind', 'actuals', '--decimal', 'comma', '--dates', 'dmy'];

describe('outlay import', () => {
  it('without --apply prints the problems with row and column and the control totals, exits 1 and writes nothing', async () => {
    const r = await outlay(base());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Rows: 8 {2}valid: 3 {2}left out: 5/);
    expect(r.stdout).toMatch(/5 +B Kostenstelle +Cost center "K100" is not in the workbook/);
    const json = await outlay([...base(), '--json']);
    const { preview } = JSON.parse(json.stdout) as { preview: ImportPreview };
    expect(r.stdout).toContain(preview.totals.find((t) => t.currency === 'USD')!.fileTotal);
    const s = openWorkbook(book);
    expect(await s.call('imports/list-batches', {})).toEqual([]);
    s.close();
  });

  it('refuses --apply while rows have problems, and with --only-valid imports the rest once and saves the source', async () => {
    const refused = await outlay([...base(), '--apply']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/5 rows have problems; nothing imported/);
    const done = await outlay([...base(), '--source', 'SAP GL', '--apply', '--only-valid']);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Imported 3 actuals from gl\.csv; 5 rows with problems left out\./);
    const again = await outlay([
      'import',
      book,
      '--from',
      gl,
      '--kind',
      'actuals',
      '--source',
      'SAP GL',
      '--apply',
      '--only-valid',
      '--json',
    ]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).result).toMatchObject({ imported: 0 });
  });

  it('maps a column given with --map and refuses an unknown field', async () => {
    const bad = await outlay([...base(), '--map', 'colour=Betrag']);
    expect(bad.code).toBe(2);
    const r = await outlay([...base(), '--map', 'reference=Lieferant', '--json']);
    expect(JSON.parse(r.stdout).mapping.columns.reference).toBe('Lieferant');
  });
});
