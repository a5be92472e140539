import { parseUserAmount } from '../../../src-shared/money';

/** One cell of a pasted block, keyed by the grid's row and column ids. */
export interface PastedCell {
  rowId: string;
  colId: string;
  /** A canonical decimal when the text reads as one, '' for an empty cell, else the text as typed. */
  value: string;
}

/** A typed or pasted quantity as the service expects it; unreadable text passes through so the refusal names it. */
export function normalizeQuantity(raw: string): string {
  try {
    return parseUserAmount(raw) ?? '';
  } catch {
    return raw.trim();
  }
}

/**
 * Cells of a block copied from Excel (tab-separated columns, one line per row) placed from
 * the focused cell on; what falls outside the grid is dropped. Thousands separators and
 * currency signs are read as `parseUserAmount` reads them.
 */
export function pastedCells(
  text: string,
  rowIds: readonly string[],
  colIds: readonly string[],
  startRow: number,
  startCol: number,
): PastedCell[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const out: PastedCell[] = [];
  lines.forEach((line, r) => {
    const rowId = rowIds[startRow + r];
    if (rowId === undefined) return;
    line.split('\t').forEach((cell, c) => {
      const colId = colIds[startCol + c];
      if (colId !== undefined) out.push({ rowId, colId, value: normalizeQuantity(cell) });
    });
  });
  return out;
}
