import type { LinesChanged } from '../../../src-shared/ipc/contract';
import type { BudgetGridLine, CommittedSourceKind } from '../../../src-shared/model';
import type { Money } from '../../../src-shared/money';

/** Where a read-only committed row comes from (see committed-rows.ts). */
export interface CommittedInfo {
  source: CommittedSourceKind;
  sourceId: string;
  code: string;
  name: string;
  explanation: string;
  inServiceDate?: string;
}

/**
 * A budget line in the grid. `values` = 12 months then the year total, made once per row.
 * A committed row (a contract, invoice or asset from the accounting engine) is a line too,
 * so it filters, sorts and adds into the totals like one, but it carries `committed` and
 * is read-only; its `line` has '' for the dimensions it lacks ('' cost center = none).
 */
export interface LineRow {
  kind: 'line';
  id: string;
  costCenterId: string;
  line: BudgetGridLine;
  values: Money[];
  committed?: CommittedInfo;
}

/** A cost center's subtotal; its figures come from the rows left after filtering. */
export interface SubtotalRow {
  kind: 'subtotal';
  id: string;
  costCenterId: string;
}

/** A grand total pinned at the bottom: one per currency, the base currency first. */
export interface GrandRow {
  kind: 'grand';
  id: string;
  costCenterId: '';
  currency: string;
}

/** Every currency's grand total converted at budget rates and added up, pinned last. */
export interface BaseTotalRow {
  kind: 'base';
  id: 'base-total';
  costCenterId: '';
  currency: string;
}

export type BudgetRow = LineRow | SubtotalRow | GrandRow | BaseTotalRow;

/**
 * Grand-total rows for the currencies present: the base currency as "grand-total",
 * others as "grand-total:USD". Amounts in different currencies are never added up there;
 * when other currencies are present, a last row adds them all in the base currency at
 * budget rates ("base-total").
 */
export function grandRows(rows: readonly LineRow[], baseCurrency: string): (GrandRow | BaseTotalRow)[] {
  const others = [...new Set(rows.map((r) => r.line.currency))].filter((c) => c !== baseCurrency).sort();
  const base: BaseTotalRow[] = others.length
    ? [{ kind: 'base', id: 'base-total', costCenterId: '', currency: baseCurrency }]
    : [];
  return [
    { kind: 'grand', id: 'grand-total', costCenterId: '', currency: baseCurrency },
    ...others.map((c): GrandRow => ({ kind: 'grand', id: `grand-total:${c}`, costCenterId: '', currency: c })),
    ...base,
  ];
}

export function toLineRow(line: BudgetGridLine): LineRow {
  return { kind: 'line', id: line.id, costCenterId: line.costCenterId, line, values: [...line.amounts, line.total] };
}

function sameLine(a: BudgetGridLine, b: BudgetGridLine): boolean {
  return (
    a.total === b.total &&
    a.description === b.description &&
    a.costCenterId === b.costCenterId &&
    a.serviceId === b.serviceId &&
    a.accountId === b.accountId &&
    a.vendorId === b.vendorId &&
    a.currency === b.currency &&
    a.expenseType === b.expenseType &&
    a.scenarioId === b.scenarioId &&
    a.amounts.length === b.amounts.length &&
    a.amounts.every((m, i) => m === b.amounts[i])
  );
}

/**
 * Rows for freshly loaded lines, reusing the previous row object wherever the line is
 * unchanged, so the grid re-renders only rows that really changed after a reload.
 */
export function mergeLines(previous: ReadonlyMap<string, LineRow>, lines: readonly BudgetGridLine[]): LineRow[] {
  return lines.map((l) => {
    const old = previous.get(l.id);
    return old && sameLine(old.line, l) ? old : toLineRow(l);
  });
}

/** Apply what a write returned: changed and new lines replaced or appended, removed ones dropped. */
export function applyLinesChanged(
  rows: readonly LineRow[],
  change: Pick<LinesChanged, 'lines' | 'removedIds'>,
): LineRow[] {
  const changed = new Map(change.lines.map((l) => [l.id, l]));
  const removed = new Set(change.removedIds);
  const out: LineRow[] = [];
  for (const r of rows) {
    if (removed.has(r.id)) continue;
    const c = changed.get(r.id);
    if (c) {
      out.push(sameLine(r.line, c) ? r : toLineRow(c));
      changed.delete(r.id);
    } else out.push(r);
  }
  for (const l of changed.values()) out.push(toLineRow(l));
  return out;
}

const subtotalCache = new Map<string, SubtotalRow>();

/** One subtotal row per cost center present, the same object each time for a cost center. */
export function subtotalRows(rows: readonly LineRow[]): SubtotalRow[] {
  const seen = new Set<string>();
  const out: SubtotalRow[] = [];
  for (const r of rows) {
    if (seen.has(r.costCenterId)) continue;
    seen.add(r.costCenterId);
    let s = subtotalCache.get(r.costCenterId);
    if (!s)
      subtotalCache.set(
        r.costCenterId,
        (s = { kind: 'subtotal', id: `subtotal:${r.costCenterId}`, costCenterId: r.costCenterId }),
      );
    out.push(s);
  }
  return out;
}
