import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportFileOptions, ImportMapping } from '../../src-shared/model/imports';
import { sumMoney } from '../../src-shared/money';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

const FIXTURES = join(__dirname, '../fixtures/mapped-import');
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let glPath: string;

beforeAll(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('w.outlay'), { now: FIXED_NOW });
  await seedBasics(s);
  glPath = tmp.file('gl-actuals-de.csv');
  copyFileSync(join(FIXTURES, 'gl-actuals-de.csv'), glPath);
});
afterAll(() => {
  s.close();
  tmp.remove();
});

const GL_OPTIONS: ImportFileOptions = { decimal: 'comma', dateOrder: 'dmy' };
const file = () => ({ kind: 'path' as const, path: glPath });
const importedActuals = () =>
  s.call('imports/list-batches', { kind: 'actuals' }).then(async (batches) => ({
    batches,
    count: (await s.call('imports/list-batches', {})).length,
  }));

async function glMapping(): Promise<ImportMapping> {
  const seen = await s.call('imports/inspect', { file: file(), kind: 'actuals', options: GL_OPTIONS });
  return seen.suggested;
}

describe('a GL export (CSV, ";" delimited, decimal comma, Windows-1252) imported as actuals', () => {
  it('is inspected with its encoding and delimiter detected, the header row found below the title and every column mapped from German headers', async () => {
    const seen = await s.call('imports/inspect', { file: file(), kind: 'actuals', options: GL_OPTIONS });
    expect(seen.csv).toEqual({ delimiter: ';', encoding: 'windows-1252' });
    expect(seen.suggested.headerRow).toBe(3);
    expect(seen.suggested.columns).toEqual({
      date: 'Buchungsdatum',
      costCenter: 'Kostenstelle',
      service: 'Service',
      account: 'Sachkonto',
      vendor: 'Lieferant',
      amount: 'Betrag',
      currency: 'Währung',
      reference: 'Belegnummer',
    });
    const vendor = seen.sheets[0]!.columns.find((c) => c.header === 'Lieferant')!;
    expect(vendor.letter).toBe('E');
    expect(vendor.samples).toEqual(['ACME', 'ACME', 'ACME', 'ACME', 'ACME']);
  });

  it('reports each problem with its row, header and column letter, and control totals where the file total is the imported total plus the rows left out', async () => {
    const mapping = await glMapping();
    const p = await s.call('imports/preview', { file: file(), kind: 'actuals', mapping, options: GL_OPTIONS });
    const byRow = new Map(p.problems.map((x) => [x.row, x]));
    expect(p.rowCount).toBe(8);
    expect(byRow.get(5)).toMatchObject({ kind: 'unknown-code', column: 'Kostenstelle', letter: 'B', value: 'K100' });
    expect(byRow.get(6)).toMatchObject({ kind: 'bad-amount', column: 'Betrag', letter: 'F' });
    expect(byRow.get(7)).toMatchObject({ kind: 'bad-date', column: 'Buchungsdatum', letter: 'A' });
    expect(byRow.get(8)).toMatchObject({ kind: 'duplicate-in-file', message: 'Duplicate of row 4' });
    expect(byRow.get(11)).toMatchObject({ kind: 'unknown-code', column: 'Lieferant', value: 'Müller' });
    expect(p.validCount).toBe(3);
    const usd = p.totals.find((t) => t.currency === 'USD')!;
    // Amounts as written in the file, rows 4..11 (row 6 cannot be read).
    expect(usd.fileTotal).toBe(sumMoney(['1234.56', '-500', '100', '1234.56', '2000.1', '10']));
    expect(usd.importTotal).toBe(sumMoney(['1234.56', '2000.1']));
    expect(usd.leftOutTotal).toBe(sumMoney(['-500', '100', '1234.56', '10']));
    expect(sumMoney([usd.importTotal, usd.leftOutTotal])).toBe(usd.fileTotal);
    expect(p.totals.find((t) => t.currency === 'EUR')).toMatchObject({ fileTotal: '99.9', importTotal: '99.9' });
    expect(p.leftOut.map((r) => r.row)).toEqual([5, 6, 7, 8, 11]);
  });

  it('uses the source’s code translations, so a mapped GL cost center is no longer a problem', async () => {
    const src = await s.call('imports/save-source', { kind: 'actuals', name: 'SAP GL', options: GL_OPTIONS });
    await s.call('imports/set-code-map', {
      sourceId: src.id,
      set: [{ dimension: 'costCenter', externalCode: 'K100', outlayCode: 'CC-100' }],
      remove: [],
    });
    const mapping = await glMapping();
    const p = await s.call('imports/preview', {
      file: file(),
      kind: 'actuals',
      sourceId: src.id,
      mapping,
      options: GL_OPTIONS,
    });
    expect(p.problems.some((x) => x.row === 5)).toBe(false);
    expect(p.validCount).toBe(4);
  });

  it('refuses to import rows with problems until the user confirms importing only the valid ones, then imports them as one undoable command', async () => {
    const src = (await s.call('imports/list-sources', { kind: 'actuals' }))[0]!;
    const mapping = await glMapping();
    const args = { file: file(), kind: 'actuals' as const, sourceId: src.id, mapping, options: GL_OPTIONS };
    const p = await s.call('imports/preview', args);
    await expect(s.call('imports/apply', { ...args, onlyValid: false })).rejects.toMatchObject({ code: 'validation' });
    const before = (await importedActuals()).count;
    const r = await s.call('imports/apply', {
      ...args,
      onlyValid: true,
      expect: { sha256: p.sha256, mappingKey: p.mappingKey },
    });
    expect(r.imported).toBe(p.validCount);
    const batches = await s.call('imports/list-batches', { kind: 'actuals' });
    expect(batches).toHaveLength(before + 1);
    expect(batches[0]).toMatchObject({
      fileName: 'gl-actuals-de.csv',
      sourceName: 'SAP GL',
      importedCount: 4,
      leftOutCount: 4,
    });
    expect(batches[0]!.totals).toEqual(p.totals);

    await s.call('journal/undo', {});
    expect(await s.call('imports/list-batches', { kind: 'actuals' })).toHaveLength(before);
    await s.call('journal/redo', {});
    expect(await s.call('imports/list-batches', { kind: 'actuals' })).toHaveLength(before + 1);
  });

  it('imports nothing twice when the same file comes again, and says so', async () => {
    const src = (await s.call('imports/list-sources', { kind: 'actuals' }))[0]!;
    const mapping = await glMapping();
    const args = { file: file(), kind: 'actuals' as const, sourceId: src.id, mapping, options: GL_OPTIONS };
    const p = await s.call('imports/preview', args);
    expect(p.sameFileImported).toBe(true);
    // The four rows imported, and row 8 (a copy of row 4 in the file).
    expect(p.alreadyImportedCount).toBe(5);
    expect(p.problems.filter((x) => x.kind === 'already-imported').map((x) => x.row)).toEqual([4, 5, 8, 9, 10]);
    expect(p.validCount).toBe(0);
    const r = await s.call('imports/apply', { ...args, onlyValid: true });
    expect(r).toMatchObject({ imported: 0, seq: null });
    expect(r.message).toMatch(/imported before; nothing is imported twice/);
  });

  it('refuses the apply when the mapping changed since the preview', async () => {
    const mapping = await glMapping();
    const args = { file: file(), kind: 'actuals' as const, mapping, options: GL_OPTIONS };
    const p = await s.call('imports/preview', args);
    const { reference, ...columns } = mapping.columns;
    expect(reference).toBe('Belegnummer');
    const changed = { ...mapping, columns };
    await expect(
      s.call('imports/apply', {
        ...args,
        mapping: changed,
        onlyValid: true,
        expect: { sha256: p.sha256, mappingKey: p.mappingKey },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reports rows in a closed month and imports none of them', async () => {
    await s.call('imports/set-period-closed', { month: '2026-02', closed: true });
    const mapping = await glMapping();
    const p = await s.call('imports/preview', { file: file(), kind: 'actuals', mapping, options: GL_OPTIONS });
    const closed = p.problems.filter((x) => x.kind === 'closed-period');
    expect(closed.map((x) => x.row)).toEqual([9, 10, 11]);
    expect(closed[0]).toMatchObject({ column: 'Buchungsdatum', letter: 'A' });
    await s.call('imports/set-period-closed', { month: '2026-02', closed: false });
  });
});
