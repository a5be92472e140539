import { inflateRawSync } from 'node:zlib';
import type { RowChange } from '../../src-shared/model';
import { ChangeSet, isHeld, type ChangeGroup, type ChangeOp, type HeldInsert } from '../db/change-set';
import { DEFLATE_ABOVE, PackSink, type PackedText } from './journal-pack';

export { DEFLATE_ABOVE };

/**
 * Storage formats of a journal row (the `format` column):
 * 0 — the first layout: `payload` JSON text, `changes` a JSON list of RowChange objects.
 * 1 — compact: `changes` is CompactChanges JSON; when a JSON text is longer than
 *     DEFLATE_ABOVE characters it is stored deflated (raw deflate, UTF-8) in the
 *     matching *_blob column and the text column is left ''. JSON is never '', so an
 *     empty text column always means "read the blob".
 */
export const FORMAT_LEGACY = 0;
export const FORMAT_COMPACT = 1;

/**
 * One column's values: a plain array, runs of equal values `{ r: values, n: lengths }`
 * (ids repeated per amount row), or a small dictionary `{ d: values, i: indexes }`
 * (months, currencies, scenario ids).
 */
type Column = unknown[] | { r: unknown[]; n: number[] } | { d: unknown[]; i: number[] };

interface CompactGroup {
  /** Table. */
  t: string;
  /** Operation: i(nsert), u(pdate), d(elete). */
  o: 'i' | 'u' | 'd';
  /** Column names, once. */
  c: string[];
  /** Row count. */
  n: number;
  /** Before images, column by column (update, delete). */
  b?: Column[];
  /** After images, column by column (insert). */
  a?: Column[];
  /** Update: [column index, after values] for the columns that changed in some row. */
  x?: [number, Column][];
}

/** The whole document: version and groups in order. */
interface CompactChanges {
  v: 1;
  g: CompactGroup[];
}

const OPS: Record<ChangeOp, CompactGroup['o']> = { insert: 'i', update: 'u', delete: 'd' };
const OP_OF: Record<CompactGroup['o'], ChangeOp> = { i: 'insert', u: 'update', d: 'delete' };
const DICT_MAX = 256;

/** Where encoded JSON goes, piece by piece (a PackSink, or an array to join). */
type Emit = (piece: string) => void;
/** Values stringified per slice: one JSON.stringify call per slice, no array of the whole column. */
const SLICE = 8192;

/** A JSON array of `value(0..n-1)`, written in slices. */
function emitArray(n: number, value: (r: number) => unknown, emit: Emit): void {
  emit('[');
  for (let s = 0; s < n; s += SLICE) {
    const e = Math.min(n, s + SLICE);
    const part = new Array<unknown>(e - s);
    for (let r = s; r < e; r++) part[r - s] = value(r);
    if (s > 0) emit(',');
    emit(JSON.stringify(part).slice(1, -1));
  }
  emit(']');
}

/** Column `c` of `rows` as a Column (the JSON of runs, a dictionary or a plain array). */
function emitColumn(rows: readonly unknown[][], c: number, emit: Emit): void {
  const n = rows.length;
  let runs = 0;
  let prev: unknown = Symbol('none');
  const dict = new Map<unknown, number>();
  for (let r = 0; r < n; r++) {
    const v = rows[r]![c] ?? null;
    if (v !== prev) runs++;
    prev = v;
    if (dict.size > DICT_MAX) {
      // No dictionary, and too many runs already: a plain array (ids, amounts, keys) without reading on.
      if (runs * 3 > n) break;
    } else if (!dict.has(v)) dict.set(v, dict.size);
  }
  if (runs * 3 <= n) {
    const values: unknown[] = [];
    const lengths: number[] = [];
    for (let r = 0; r < n; r++) {
      const v = rows[r]![c] ?? null;
      if (values.length > 0 && values[values.length - 1] === v) lengths[lengths.length - 1]!++;
      else {
        values.push(v);
        lengths.push(1);
      }
    }
    emit(JSON.stringify({ r: values, n: lengths } satisfies Column));
  } else if (dict.size <= DICT_MAX && dict.size * 4 <= n) {
    emit(`{"d":${JSON.stringify([...dict.keys()])},"i":`);
    emitArray(n, (r) => dict.get(rows[r]![c] ?? null), emit);
    emit('}');
  } else emitArray(n, (r) => rows[r]![c] ?? null, emit);
}

function decodeColumn(col: Column, n: number): unknown[] {
  if (Array.isArray(col)) return col;
  const out = new Array<unknown>(n);
  if ('r' in col) {
    let k = 0;
    col.r.forEach((v, j) => {
      for (let m = col.n[j]!; m > 0; m--) out[k++] = v;
    });
  } else for (let r = 0; r < n; r++) out[r] = col.d[col.i[r]!];
  return out;
}

function rowsFrom(cols: readonly unknown[][], n: number): unknown[][] {
  const rows = new Array<unknown[]>(n);
  for (let r = 0; r < n; r++) rows[r] = cols.map((col) => col[r]);
  return rows;
}

/** Columns `0..width-1` of `rows` as a JSON list of Columns. */
function emitColumns(rows: readonly unknown[][], width: number, emit: Emit): void {
  emit('[');
  for (let c = 0; c < width; c++) {
    if (c > 0) emit(',');
    emitColumn(rows, c, emit);
  }
  emit(']');
}

/** One group as a CompactGroup's JSON, written column by column. */
function emitGroup(g: ChangeGroup, emit: Emit): void {
  const width = g.columns.length;
  const head = { t: g.table, o: OPS[g.op], c: g.columns, n: g.op === 'delete' ? g.before.length : g.after.length };
  emit(JSON.stringify(head).slice(0, -1));
  emit(g.op === 'insert' ? ',"a":' : ',"b":');
  emitColumns(g.op === 'insert' ? g.after : g.before, width, emit);
  if (g.op === 'update') {
    emit(',"x":[');
    let first = true;
    for (let c = 0; c < width; c++) {
      if (!g.before.some((b, r) => b[c] !== g.after[r]![c])) continue;
      emit(first ? `[${c},` : `,[${c},`);
      first = false;
      emitColumn(g.after, c, emit);
      emit(']');
    }
    emit(']');
  }
  emit('}');
}

function decodeGroup(g: CompactGroup): ChangeGroup {
  const op = OP_OF[g.o];
  const cols = (g.a ?? g.b ?? []).map((col) => decodeColumn(col, g.n));
  const images = rowsFrom(cols, g.n);
  if (op === 'insert') return { table: g.t, op, columns: g.c, before: [], after: images };
  if (op === 'delete') return { table: g.t, op, columns: g.c, before: images, after: [] };
  const afterCols = [...cols];
  for (const [c, col] of g.x ?? []) afterCols[c] = decodeColumn(col, g.n);
  return { table: g.t, op, columns: g.c, before: images, after: rowsFrom(afterCols, g.n) };
}

/** A JSON text as stored: itself when short, else '' plus its deflated UTF-8 bytes. */
export function packText(json: string): PackedText {
  const sink = new PackSink();
  sink.write(json);
  return sink.finish();
}

/** The JSON text of a column pair written by packText. */
export function unpackText(text: string, blob: Buffer | null): string {
  if (text !== '' || !blob) return text;
  return inflateRawSync(blob).toString('utf8');
}

/** A held insert as a CompactGroup text: its JSON column arrays go in as SQLite wrote them. */
function heldGroupJson(p: HeldInsert): string {
  const head = JSON.stringify({ t: p.table, o: 'i', c: p.columns, n: p.count });
  return `${head.slice(0, -1)},"a":[${p.columnsJson.join(',')}]}`;
}

/** Write the compact JSON of a change set (format 1) piece by piece. */
function emitChanges(cs: ChangeSet, emit: Emit): void {
  emit('{"v":1,"g":[');
  cs.parts.forEach((p, i) => {
    if (i > 0) emit(',');
    if (isHeld(p)) emit(heldGroupJson(p));
    else emitGroup(p, emit);
  });
  emit(']}');
}

/** The compact JSON of a change set (format 1, before packing). */
export function encodeChanges(cs: ChangeSet): string {
  const pieces: string[] = [];
  emitChanges(cs, (p) => pieces.push(p));
  return pieces.join('');
}

/**
 * A change set as stored (format 1): equal to packText(encodeChanges(cs)) once unpacked,
 * but deflated as it is encoded, so a command of 200,000 rows never holds its whole text.
 */
export function packChanges(cs: ChangeSet): PackedText {
  const sink = new PackSink();
  emitChanges(cs, sink.write);
  return sink.finish();
}

/** A change set from a stored row: `json` is the unpacked changes text in `format`. */
export function decodeChanges(format: number, json: string): ChangeSet {
  if (format === FORMAT_LEGACY) return ChangeSet.fromRowChanges(JSON.parse(json) as RowChange[]);
  if (format !== FORMAT_COMPACT) throw new Error(`journal storage format ${format} is not known to this version`);
  const doc = JSON.parse(json) as CompactChanges;
  const cs = new ChangeSet();
  for (const g of doc.g) cs.pushGroup(decodeGroup(g));
  return cs;
}
