import { describe, expect, it } from 'vitest';
import type { RowChange } from '../../src-shared/model';
import { ChangeSet } from '../../src-main/db/change-set';
import {
  decodeChanges,
  DEFLATE_ABOVE,
  encodeChanges,
  FORMAT_COMPACT,
  FORMAT_LEGACY,
  packText,
  unpackText,
} from '../../src-main/repo/journal-codec';

const LINE_COLUMNS = [
  'id',
  'scenario_id',
  'position',
  'cost_center_id',
  'service_id',
  'account_id',
  'vendor_id',
  'currency',
  'expense_type',
  'description',
];
const AMOUNT_COLUMNS = ['line_id', 'month', 'amount'];

/** Encode, pack as stored, unpack and decode again. */
function roundTrip(cs: ChangeSet): { back: ChangeSet; stored: ReturnType<typeof packText> } {
  const stored = packText(encodeChanges(cs));
  return { back: decodeChanges(FORMAT_COMPACT, unpackText(stored.text, stored.blob)), stored };
}

/** A change set shaped like a scenario copy of `n` lines with 12 months each, then a paste and a rename. */
function sampleChanges(n: number): ChangeSet {
  const cs = new ChangeSet();
  cs.add('scenarios', 'insert', ['id', 'name', 'kind', 'copied_from_id', 'created_at'], null, [
    'sc-2',
    'Copy',
    'what-if',
    null,
    '2026-03-15T10:00:00.000Z',
  ]);
  const lines = Array.from({ length: n }, (_, i) => [
    `line-${i}`,
    'sc-2',
    i + 1,
    `cc-${i % 7}`,
    'svc-1',
    'acc-1',
    i % 3 ? 'ven-1' : null,
    'USD',
    'OpEx',
    `Line "${i}" — ünïcode`,
  ]);
  cs.addMany('budget_lines', 'insert', LINE_COLUMNS, null, lines);
  const amounts = lines.flatMap(([id], i) =>
    Array.from({ length: 12 }, (_, m) => [id, `2026-${String(m + 1).padStart(2, '0')}`, `${i * 12 + m}.${m % 10}1`]),
  );
  cs.addMany('budget_amounts', 'insert', AMOUNT_COLUMNS, null, amounts);
  cs.addMany(
    'budget_amounts',
    'update',
    AMOUNT_COLUMNS,
    [['line-0', '2026-01', '0.01']],
    [['line-0', '2026-01', '-12.5']],
  );
  cs.add('budget_amounts', 'delete', AMOUNT_COLUMNS, ['line-1', '2026-02', '13.11'], null);
  cs.add(
    'scenarios',
    'update',
    ['id', 'name', 'kind', 'copied_from_id', 'created_at'],
    ['sc-2', 'Copy', 'what-if', null, 'x'],
    ['sc-2', 'Copy 2', 'what-if', null, 'x'],
  );
  return cs;
}

describe('the compact journal format', () => {
  it('round-trips a large change set through deflate to the same groups, rows and order', () => {
    const cs = sampleChanges(3000);
    const { back, stored } = roundTrip(cs);
    expect(stored.text).toBe('');
    expect(stored.blob).toBeInstanceOf(Buffer);
    expect(back.count).toBe(cs.count);
    expect(back.tables()).toEqual(['scenarios', 'budget_lines', 'budget_amounts']);
    expect(back.groups.map((g) => [g.table, g.op, g.before.length, g.after.length])).toEqual(
      cs.groups.map((g) => [g.table, g.op, g.before.length, g.after.length]),
    );
    expect(back.toRowChanges()).toEqual(cs.toRowChanges());
  });

  it('keeps small change sets as readable JSON text', () => {
    const cs = new ChangeSet();
    cs.add('budget_amounts', 'update', AMOUNT_COLUMNS, ['l1', '2026-01', '1200'], ['l1', '2026-01', '1300']);
    const { back, stored } = roundTrip(cs);
    expect(stored.blob).toBeNull();
    expect(stored.text.length).toBeLessThanOrEqual(DEFLATE_ABOVE);
    expect(JSON.parse(stored.text)).toMatchObject({
      v: 1,
      g: [{ t: 'budget_amounts', o: 'u', c: AMOUNT_COLUMNS, n: 1 }],
    });
    expect(back.toRowChanges()).toEqual([
      {
        table: 'budget_amounts',
        key: { line_id: 'l1', month: '2026-01' },
        before: { line_id: 'l1', month: '2026-01', amount: '1200' },
        after: { line_id: 'l1', month: '2026-01', amount: '1300' },
      },
    ]);
  });

  it('stores a scenario copy at a small fraction of the size of the first format', () => {
    const cs = sampleChanges(3000);
    const legacyBytes = Buffer.byteLength(JSON.stringify(cs.toRowChanges()));
    const { stored } = roundTrip(cs);
    expect(stored.blob!.length).toBeLessThan(legacyBytes / 20);
  });

  it('merges consecutive changes of one table and operation into one group, and keeps interleaved ones apart', () => {
    const cs = new ChangeSet();
    for (const m of ['01', '02']) cs.add('budget_amounts', 'insert', AMOUNT_COLUMNS, null, ['l1', `2026-${m}`, '1']);
    cs.add('budget_amounts', 'delete', AMOUNT_COLUMNS, ['l1', '2026-03', '1'], null);
    cs.add('budget_amounts', 'insert', AMOUNT_COLUMNS, null, ['l1', '2026-04', '1']);
    expect(cs.groups.map((g) => [g.op, g.after.length + g.before.length])).toEqual([
      ['insert', 2],
      ['delete', 1],
      ['insert', 1],
    ]);
    expect(
      roundTrip(cs)
        .back.toRowChanges()
        .map((c) => c.key.month),
    ).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('reads the first format (a JSON list of RowChange) into the same change set', () => {
    const legacy: RowChange[] = [
      {
        table: 'scenarios',
        key: { id: 's' },
        before: null,
        after: { name: 'A', id: 's', kind: 'what-if', copied_from_id: null, created_at: 't' },
      },
      {
        table: 'budget_amounts',
        key: { line_id: 'l', month: '2026-01' },
        before: { line_id: 'l', month: '2026-01', amount: '1' },
        after: null,
      },
    ];
    const cs = decodeChanges(FORMAT_LEGACY, JSON.stringify(legacy));
    expect(cs.count).toBe(2);
    expect(cs.groups[0]!.columns).toEqual(['id', 'name', 'kind', 'copied_from_id', 'created_at']);
    expect(cs.toRowChanges()).toEqual(legacy);
  });

  it('refuses a storage format it does not know', () => {
    expect(() => decodeChanges(7, '{}')).toThrow(/format 7 is not known/);
  });
});
