import { MoneyParseError, parseUserAmount, type Money, type UserAmountOptions } from '../money';
import type { MonthKey } from '../calendar/fiscal';

export interface PasteTargetRow {
  lineId: string;
  /** How the row is named in a message, e.g. "CC-100 / Azure subscriptions". */
  label: string;
}

export interface PasteTargetColumn {
  month: MonthKey;
  /** Column header as shown, e.g. "Jul 2026". */
  label: string;
}

export interface PastedCell {
  lineId: string;
  month: MonthKey;
  amount: Money;
}

export type PastePlan =
  | { ok: true; cells: PastedCell[]; rows: number; columns: number }
  | {
      ok: false;
      message: string;
      /** 0-based position inside the pasted block of the cell at fault, when one cell is. */
      at?: { row: number; column: number; text: string };
    };

/**
 * Map a block of pasted text cells onto the data rows and month columns that follow
 * the focused cell (both in displayed order), parsing every cell as a user amount.
 * All or nothing: the first problem refuses the whole paste with a message naming the
 * row, the column and the text. An empty pasted cell sets the month to zero, as pasting
 * an empty Excel cell clears the target.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  rows: readonly PasteTargetRow[],
  columns: readonly PasteTargetColumn[],
  opts: UserAmountOptions = {},
): PastePlan {
  const height = block.length;
  const width = block.reduce((w, r) => Math.max(w, r.length), 0);
  if (height === 0 || width === 0) return { ok: false, message: 'The clipboard holds no cells to paste.' };
  if (height > rows.length)
    return {
      ok: false,
      message: `The pasted block has ${height} rows but only ${rows.length} budget line${rows.length === 1 ? '' : 's'} follow the selected cell.`,
    };
  if (width > columns.length)
    return {
      ok: false,
      message: `The pasted block has ${width} columns but only ${columns.length} month column${columns.length === 1 ? '' : 's'} follow the selected cell.`,
    };
  const cells: PastedCell[] = [];
  for (let r = 0; r < height; r++) {
    const src = block[r]!;
    const row = rows[r]!;
    for (let c = 0; c < width; c++) {
      const text = src[c] ?? '';
      const column = columns[c]!;
      let amount: Money | null;
      try {
        amount = parseUserAmount(text, opts);
      } catch (e) {
        const reason = e instanceof MoneyParseError ? e.message : String(e);
        return {
          ok: false,
          message: `Nothing was pasted: ${column.label} of ${row.label}: ${reason}.`,
          at: { row: r, column: c, text },
        };
      }
      cells.push({ lineId: row.lineId, month: column.month, amount: amount ?? '0' });
    }
  }
  return { ok: true, cells, rows: height, columns: width };
}
