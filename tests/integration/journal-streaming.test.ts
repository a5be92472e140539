import { writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { ChangeSet } from '../../src-main/db/change-set';
import {
  decodeChanges,
  encodeChanges,
  FORMAT_COMPACT,
  packChanges,
  packText,
  unpackText,
} from '../../src-main/repo/journal-codec';
import { PackSink } from '../../src-main/repo/journal-pack';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { dumpState, FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

const ACTUAL_COLUMNS = [
  'id',
  'month',
  'cost_center_id',
  'service_id',
  'account_id',
  'vendor_id',
  'amount',
  'currency',
  'source',
  'reference',
  'batch_id',
  'source_key',
];

/** An import-shaped change set: `n` actuals rows with distinct ids, amounts and keys. */
function importChanges(n: number): ChangeSet {
  const rows = Array.from({ length: n }, (_, i) => {
    const amount = `${(i * 7919) % 100_000}.${String(i % 100).padStart(2, '0')}`;
    const month = `2026-${String((i % 12) + 1).padStart(2, '0')}`;
    return [
      `id-${String(i).padStart(8, '0')}`,
      month,
      `cc-${i % 20}`,
      'svc',
      'acc',
      i % 5 === 0 ? 'ven' : null,
      amount,
      'EUR',
      'Grünbuch "GL"',
      `B-${i}`,
      'batch',
      `act|B-${i}|${month}-05|cc-${i % 20}|svc|acc||${amount}|EUR|`,
    ];
  });
  const cs = new ChangeSet();
  cs.add('import_batches', 'insert', ['id', 'kind'], null, ['batch', 'actuals']);
  cs.addMany('actuals', 'insert', ACTUAL_COLUMNS, null, rows);
  return cs;
}

describe('the journal written in pieces', () => {
  it('deflates a text of several chunks into one stream that inflates to exactly the text', () => {
    // Multi-byte characters make UTF-8 longer than the text: chunk ends must not split them.
    const pieces = Array.from({ length: 60_000 }, (_, i) => `"Zeile ${i} — ünïcode ✓ ${'x'.repeat(i % 50)}",`);
    const sink = new PackSink();
    for (const p of pieces) sink.write(p);
    const stored = sink.finish();
    const text = pieces.join('');
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    expect(stored.text).toBe('');
    expect(inflateRawSync(stored.blob!).toString('utf8')).toBe(text);
    expect(unpackText(stored.text, stored.blob)).toBe(text);
  });

  it('keeps a short text as text, as before', () => {
    const sink = new PackSink();
    sink.write('{"v":1,');
    sink.write('"g":[]}');
    expect(sink.finish()).toEqual({ text: '{"v":1,"g":[]}', blob: null });
    expect(packText('[1]')).toEqual({ text: '[1]', blob: null });
  });

  it('stores a 50,000-row import so that it unpacks to the same compact JSON and the same rows', () => {
    const cs = importChanges(50_000);
    const stored = packChanges(cs);
    const json = unpackText(stored.text, stored.blob);
    expect(json).toBe(encodeChanges(cs));
    const back = decodeChanges(FORMAT_COMPACT, json);
    expect(back.count).toBe(50_001);
    expect(back.groups.map((g) => g.after)).toEqual(cs.groups.map((g) => g.after));
    // Columnar and deflated: far smaller than the JSON text itself.
    expect(stored.blob!.length).toBeLessThan(json.length / 4);
  });
});

describe('a large mapped import through the journal', () => {
  let tmp: ReturnType<typeof tempDir>;
  let s: WorkbookSession;
  let csv: string;
  const ROWS = 30_000;

  beforeAll(async () => {
    tmp = tempDir();
    s = createWorkbook(tmp.file('w.outlay'), { now: FIXED_NOW });
    await seedBasics(s);
    csv = tmp.file('gl-big.csv');
    const lines = ['Datum;Kostenstelle;Service;Sachkonto;Betrag;Beleg'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(
        `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.2026;CC-100;SVC-HOST;6100;${i},${i % 100};B-${i}`,
      );
    }
    writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  });
  afterAll(() => {
    s.close();
    tmp.remove();
  });

  it('is one journal entry whose rows undo and redo exactly, stored deflated in one blob', async () => {
    const path = tmp.file('w.outlay');
    const before = dumpState(path);
    const r = await s.call('imports/apply', {
      file: { kind: 'path', path: csv },
      kind: 'actuals',
      mapping: {
        headerRow: 1,
        columns: {
          date: 'Datum',
          costCenter: 'Kostenstelle',
          service: 'Service',
          account: 'Sachkonto',
          amount: 'Betrag',
          reference: 'Beleg',
        },
        defaults: {},
      },
      options: { decimal: 'comma', dateOrder: 'dmy', delimiter: ';', encoding: 'utf-8' },
      onlyValid: false,
    });
    expect(r.imported).toBe(ROWS);
    const after = dumpState(path);
    expect(after.actuals).toHaveLength(ROWS);

    const db = new Database(path, { readonly: true });
    const row = db.prepare('SELECT changes, changes_blob, change_count FROM journal WHERE seq = ?').get(r.seq) as {
      changes: string;
      changes_blob: Buffer | null;
      change_count: number;
    };
    db.close();
    expect(row.changes).toBe('');
    expect(row.changes_blob).toBeInstanceOf(Buffer);
    // More than the 1 MB chunk, so the blob is several deflated chunks in one stream.
    expect(inflateRawSync(row.changes_blob!).length).toBeGreaterThan(2 * (1 << 20));
    expect(row.change_count).toBeGreaterThan(ROWS);

    const entry = await s.call('journal/get-entry', { seq: r.seq! });
    const inserted = entry.changes.filter((c) => c.table === 'actuals').map((c) => c.after);
    const byId = (x: unknown) => (x as { id: string }).id;
    expect([...inserted].sort((a, b) => byId(a).localeCompare(byId(b)))).toEqual(after.actuals);

    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
    await s.call('journal/redo', {});
    expect(dumpState(path)).toEqual(after);
  });
});
