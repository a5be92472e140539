import type { SourceRow } from '../read/table-source';

/**
 * The first `limit` rows of a sheet (the iterator is closed early, so a streamed file is not
 * read to the end).
 */
export async function firstRows(rows: AsyncIterable<SourceRow>, limit: number): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const r of rows) {
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}
