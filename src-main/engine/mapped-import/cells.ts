/**
 * A cell as the file readers give it (the same shape as src-main/io/read's CellValue; the
 * engine does not import io): CSV text, or an .xlsx value (number, boolean, Date, text).
 */
export type Cell = string | number | boolean | Date | null | undefined;

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The text of a cell as the user sees it in messages ('' for an empty cell). */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** True for a cell that holds nothing (empty or only spaces). */
export function isBlank(c: Cell): boolean {
  return cellText(c) === '';
}
