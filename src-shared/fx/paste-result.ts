import type { FxRateRecord } from '../model/accounting';

/** A cell of the pasted block that could not be read. */
export interface FxPasteProblem {
  /** 1-based row of the pasted block (the header is row 1 when there is one). */
  line: number;
  /** 1-based column of the pasted block. */
  column: number;
  /** "Month", "Budget rate"… or the currency code heading a matrix column. */
  columnName: string;
  text: string;
  reason: string;
}

/** A rate read from the block, before it is compared with the stored ones. */
export interface DraftRow {
  line: number;
  column: number;
  from: string;
  to: string;
  period: string;
  budgetRate: string;
  /** Undefined: the block gave none, so the stored actual rate (if any) is kept. */
  actualRate: string | undefined;
}

export interface FxPasteRow {
  line: number;
  status: 'insert' | 'replace' | 'unchanged';
  /** What will be saved; rates are canonical decimal strings. */
  rate: FxRateRecord;
  /** The stored row a replacement overwrites. */
  old: FxRateRecord | null;
  /**
   * The stored row of the reverse pair in the same month, left as it is. The pasted row
   * then decides conversions in its own direction (a direct rate is used before an
   * inverted one), so the preview shows both.
   */
  reverse: FxRateRecord | null;
}

export interface FxPastePreview {
  form: 'list' | 'matrix';
  headerRow: boolean;
  decimalSeparator: '.' | ',';
  rows: FxPasteRow[];
  problems: FxPasteProblem[];
  /** The block as a whole cannot be read (empty, or no recognisable layout). */
  error: string | null;
}

const keyOf = (r: { from: string; to: string; period: string }) => `${r.from}/${r.to}@${r.period}`;

/**
 * Compare drafts with the stored rates: insert, replace (keeping the old values for the
 * preview) or unchanged. A pair and month given twice in the block is a problem on the
 * later row, since one command cannot save both.
 */
export function classifyRows(
  drafts: readonly DraftRow[],
  problems: FxPasteProblem[],
  existing: readonly FxRateRecord[],
): Pick<FxPastePreview, 'rows' | 'problems' | 'error'> {
  const stored = new Map(existing.map((r) => [keyOf(r), r]));
  const seen = new Map<string, number>();
  const rows: FxPasteRow[] = [];
  for (const d of drafts) {
    const key = keyOf(d);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line: d.line,
        column: d.column,
        columnName: 'Month',
        text: d.period,
        reason: `${d.from}/${d.to} ${d.period} is already on row ${earlier} of the block`,
      });
      continue;
    }
    seen.set(key, d.line);
    const old = stored.get(key) ?? null;
    const rate: FxRateRecord = {
      from: d.from,
      to: d.to,
      period: d.period,
      budgetRate: d.budgetRate,
      actualRate: d.actualRate ?? old?.actualRate ?? null,
    };
    const status = !old
      ? 'insert'
      : old.budgetRate === rate.budgetRate && old.actualRate === rate.actualRate
        ? 'unchanged'
        : 'replace';
    const reverse = stored.get(keyOf({ from: d.to, to: d.from, period: d.period })) ?? null;
    rows.push({ line: d.line, status, rate, old, reverse });
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { rows, problems, error: null };
}

/** The rows one fx/save-rates command applies: everything read except unchanged rows. */
export function ratesToSave(preview: FxPastePreview): FxRateRecord[] {
  return preview.rows.filter((r) => r.status !== 'unchanged').map((r) => r.rate);
}
