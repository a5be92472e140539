import { parseUserAmount } from '../../../src-shared/money';

/** One pasted quantity: the target it goes to, or null to clear it. */
export interface PastedQuantity {
  target: string;
  quantity: string | null;
}

/**
 * Read a block pasted from Excel into a driver grid. Two or more columns: the first names
 * the target (node id like "bu:FIN" or a row's name), the last holds the quantity. One
 * column: quantities down the shown rows from `start`. Quantities read as typed ("1,234.5");
 * a blank clears. Returns the values, or the problems with their line numbers (then nothing
 * should be sent).
 */
export function readDriverPaste(
  text: string,
  rows: readonly { target: string; name: string }[],
  start: number,
): { values: PastedQuantity[]; problems: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const byKey = new Map<string, string>();
  for (const r of rows) {
    byKey.set(r.target.toUpperCase(), r.target);
    byKey.set(r.name.trim().toUpperCase(), r.target);
  }
  const values: PastedQuantity[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const cells = line.split('\t');
    const raw = cells.length > 1 ? cells[cells.length - 1]! : cells[0]!;
    const target = cells.length > 1 ? byKey.get(cells[0]!.trim().toUpperCase()) : rows[start + i]?.target;
    if (!target) {
      problems.push(
        cells.length > 1 ? `Line ${i + 1}: no target "${cells[0]!.trim()}"` : `Line ${i + 1}: below the last row`,
      );
      return;
    }
    try {
      const q = parseUserAmount(raw);
      if (q !== null && q.startsWith('-')) problems.push(`Line ${i + 1}: ${target} quantity "${raw}" is negative`);
      else values.push({ target, quantity: q });
    } catch {
      problems.push(`Line ${i + 1}: ${target} quantity "${raw}" is not a number`);
    }
  });
  return { values, problems };
}
