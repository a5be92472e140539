import { FOCUS_DIMENSIONS, FOCUS_MEASURES, type FocusDimension, type FocusMeasure } from './focus-columns';
import { columnKey, type CellLookup, type FormatSpec } from './formats';

/** A file whose header lacks columns its format requires; names the file and the columns. */
export class BillingFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly missing: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BillingFileError';
  }
}

/** A format bound to one file's header: every FOCUS column resolved to a cell index. */
export interface BoundFormat {
  spec: FormatSpec;
  /** Cell index per dimension, -1 when the file has no such column. */
  dims: Record<FocusDimension, number>;
  /** Source column name per dimension (for messages). */
  dimColumns: Partial<Record<FocusDimension, string>>;
  /** Cell index and source column per measure the file carries directly. */
  measures: Partial<Record<FocusMeasure, { index: number; column: string }>>;
  /** Measures the file carries at all (directly or derived). */
  present: readonly FocusMeasure[];
  /** Cell index of a source column by its lower-cased name. */
  index: ReadonlyMap<string, number>;
  /** JSON tag column index, or -1. */
  tagColumn: number;
  /** Tag columns (one per key) of formats that spread tags over columns. */
  tagColumns: readonly { index: number; key: string }[];
}

/**
 * Resolve `spec` against a header. Throws BillingFileError naming `file` and every missing
 * required column (alternatives are written `A|B`).
 */
export function bindFormat(spec: FormatSpec, header: readonly string[], file: string): BoundFormat {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = columnKey(name);
    if (!index.has(key)) index.set(key, i);
  });
  const find = (names: readonly string[] | undefined): { index: number; column: string } | null => {
    for (const n of names ?? []) {
      const i = index.get(columnKey(n));
      if (i !== undefined) return { index: i, column: header[i]!.replace(/^\uFEFF/, '').trim() };
    }
    return null;
  };
  const missing = spec.required.filter((r) => find(r.split('|')) === null);
  if (missing.length > 0) {
    throw new BillingFileError(
      `${file}: missing required ${spec.label} column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      file,
      missing,
    );
  }
  const dims = {} as Record<FocusDimension, number>;
  const dimColumns: Partial<Record<FocusDimension, string>> = {};
  for (const d of FOCUS_DIMENSIONS) {
    const hit = find(spec.dimensions[d]);
    dims[d] = hit ? hit.index : -1;
    if (hit) dimColumns[d] = hit.column;
  }
  const measures: BoundFormat['measures'] = {};
  for (const m of FOCUS_MEASURES) {
    const hit = find(spec.measures[m]);
    if (hit) measures[m] = hit;
  }
  const present = FOCUS_MEASURES.filter((m) => measures[m] !== undefined || spec.derived?.[m] !== undefined);
  const tags = spec.tags;
  const tagColumns: { index: number; key: string }[] = [];
  if (tags?.kind === 'columns') {
    const prefix = tags.prefix.toLowerCase();
    header.forEach((name, i) => {
      const clean = name.replace(/^\uFEFF/, '').trim();
      if (!clean.toLowerCase().startsWith(prefix)) return;
      let key = clean.slice(prefix.length);
      if (tags.strip && key.startsWith(tags.strip)) key = key.slice(tags.strip.length);
      tagColumns.push({ index: i, key });
    });
  }
  const tagColumn = tags?.kind === 'json' ? (find([tags.column])?.index ?? -1) : -1;
  return { spec, dims, dimColumns, measures, present, index, tagColumn, tagColumns };
}

/** A lookup of the current row's cells by source column name (for derived measures). */
export function cellLookup(bound: BoundFormat, cells: readonly string[]): CellLookup {
  return (column) => {
    const i = bound.index.get(columnKey(column));
    return i === undefined ? undefined : cells[i];
  };
}
