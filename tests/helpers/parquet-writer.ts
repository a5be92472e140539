import { writeFileSync } from 'node:fs';

/**
 * A minimal Parquet writer for tests (no Parquet writer ships with the app): flat REQUIRED
 * columns, PLAIN encoding, uncompressed, one data page per column chunk, any number of row
 * groups. Strings are BYTE_ARRAY (UTF8), numbers DOUBLE. The footer is Thrift compact protocol.
 */
export type ParquetColumn = { name: string; type: 'string' } | { name: string; type: 'double' };

class Thrift {
  readonly bytes: number[] = [];
  private last: number[] = [0];

  varint(n: bigint): void {
    let v = n;
    while (v >= 0x80n) {
      this.bytes.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.bytes.push(Number(v));
  }
  private zigzag(n: number | bigint): void {
    const v = BigInt(n);
    this.varint(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }
  private field(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1]!;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.zigzag(id);
    }
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, v: number): void {
    this.field(id, 5);
    this.zigzag(v);
  }
  i64(id: number, v: number): void {
    this.field(id, 6);
    this.zigzag(v);
  }
  binary(id: number, s: string): void {
    this.field(id, 8);
    const b = Buffer.from(s, 'utf8');
    this.varint(BigInt(b.length));
    this.bytes.push(...b);
  }
  private listHeader(size: number, elem: number): void {
    this.bytes.push(size < 15 ? (size << 4) | elem : 0xf0 | elem);
    if (size >= 15) this.varint(BigInt(size));
  }
  list<T>(id: number, items: readonly T[], each: (item: T) => void): void {
    this.field(id, 9);
    this.listHeader(items.length, 12);
    for (const item of items) this.struct(() => each(item));
  }
  listI32(id: number, items: readonly number[]): void {
    this.field(id, 9);
    this.listHeader(items.length, 5);
    for (const v of items) this.zigzag(v);
  }
  listString(id: number, items: readonly string[]): void {
    this.field(id, 9);
    this.listHeader(items.length, 8);
    for (const s of items) {
      const b = Buffer.from(s, 'utf8');
      this.varint(BigInt(b.length));
      this.bytes.push(...b);
    }
  }
  struct(body: () => void): void {
    this.last.push(0);
    body();
    this.bytes.push(0);
    this.last.pop();
  }
  structField(id: number, body: () => void): void {
    this.field(id, 12);
    this.struct(body);
  }
}

function pageData(col: ParquetColumn, values: readonly (string | number)[]): Buffer {
  if (col.type === 'double') {
    const b = Buffer.alloc(8 * values.length);
    values.forEach((v, i) => b.writeDoubleLE(Number(v), i * 8));
    return b;
  }
  return Buffer.concat(
    values.map((v) => {
      const s = Buffer.from(String(v), 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32LE(s.length);
      return Buffer.concat([len, s]);
    }),
  );
}

/** Write `rows` (cells in `columns` order) as a Parquet file with row groups of `groupRows`. */
export function writeParquet(
  path: string,
  columns: readonly ParquetColumn[],
  rows: readonly (readonly (string | number)[])[],
  groupRows: number,
): void {
  const parts: Buffer[] = [Buffer.from('PAR1')];
  let offset = 4;
  const groups: { rows: number; bytes: number; chunks: { offset: number; size: number; values: number }[] }[] = [];
  for (let start = 0; start < rows.length; start += groupRows) {
    const slice = rows.slice(start, start + groupRows);
    const chunks: { offset: number; size: number; values: number }[] = [];
    let bytes = 0;
    columns.forEach((col, c) => {
      const data = pageData(
        col,
        slice.map((r) => r[c]!),
      );
      const header = new Thrift();
      header.struct(() => {
        header.i32(1, 0);
        header.i32(2, data.length);
        header.i32(3, data.length);
        header.structField(5, () => {
          header.i32(1, slice.length);
          header.i32(2, 0);
          header.i32(3, 3);
          header.i32(4, 3);
        });
      });
      const chunk = Buffer.concat([Buffer.from(header.bytes), data]);
      chunks.push({ offset, size: chunk.length, values: slice.length });
      parts.push(chunk);
      offset += chunk.length;
      bytes += chunk.length;
    });
    groups.push({ rows: slice.length, bytes, chunks });
  }
  const meta = new Thrift();
  meta.struct(() => {
    meta.i32(1, 1);
    meta.list(2, [null, ...columns], (col) => {
      if (col === null) {
        meta.binary(4, 'schema');
        meta.i32(5, columns.length);
        return;
      }
      meta.i32(1, col.type === 'double' ? 5 : 6);
      meta.i32(3, 0);
      meta.binary(4, col.name);
      if (col.type === 'string') meta.i32(6, 0);
    });
    meta.i64(3, rows.length);
    meta.list(4, groups, (g) => {
      meta.list(1, g.chunks, (ch) => {
        const col = columns[g.chunks.indexOf(ch)]!;
        meta.i64(2, ch.offset);
        meta.structField(3, () => {
          meta.i32(1, col.type === 'double' ? 5 : 6);
          meta.listI32(2, [0]);
          meta.listString(3, [col.name]);
          meta.i32(4, 0);
          meta.i64(5, ch.values);
          meta.i64(6, ch.size);
          meta.i64(7, ch.size);
          meta.i64(9, ch.offset);
        });
      });
      meta.i64(2, g.bytes);
      meta.i64(3, g.rows);
    });
  });
  const footer = Buffer.from(meta.bytes);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(footer.length);
  parts.push(footer, len, Buffer.from('PAR1'));
  writeFileSync(path, Buffer.concat(parts));
}
