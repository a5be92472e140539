/**
 * Clipboard text as Excel, LibreOffice and Google Sheets put it on the clipboard:
 * rows separated by CRLF (or LF), cells by TAB, a cell quoted with `"` when it holds a
 * tab, a line break or a quote (a quote inside is doubled). The trailing line break
 * Excel adds after the last row is not an extra row.
 *
 * Returns the rows of cells, each cell as text exactly as copied (not trimmed).
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: read to the closing quote; "" is a literal quote.
      const close = readQuoted(text, i + 1);
      if (close) {
        cell = close.value;
        i = close.end;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // Text after the last line break is a last row; a bare trailing line break is not.
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A quoted cell only counts as quoted when the closing quote ends the cell. */
function readQuoted(text: string, from: number): { value: string; end: number } | null {
  let value = '';
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      if (next === undefined || next === '\t' || next === '\r' || next === '\n') return { value, end: i + 1 };
      return null;
    }
    value += ch;
    i++;
  }
  return null;
}

/**
 * The reverse of parseClipboardTable: rows of cells as Excel-compatible clipboard text
 * (TAB between cells, CRLF after each row, cells holding a tab, line break or quote
 * quoted with doubled quotes inside).
 */
export function formatClipboardTable(rows: readonly (readonly string[])[]): string {
  const cellText = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cellText).join('\t') + '\r\n').join('');
}
