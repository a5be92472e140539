import type { CommittedRow, CommittedSourceKind } from '../../../src-shared/model';
import type { LineRow } from './budget-rows';

/** Row ids of committed rows start with this, so they never clash with line ids. */
export const COMMITTED_ID_PREFIX = 'committed:';

/** The badge a committed row shows. */
export const SOURCE_LABEL: Record<CommittedSourceKind, string> = {
  contract: 'Contract',
  invoice: 'Invoice',
  asset: 'Asset',
};

const EDITED_ON: Record<CommittedSourceKind, string> = {
  contract: 'the Contracts screen',
  invoice: 'the Contracts screen (invoices)',
  asset: 'the Assets screen',
};

/** A committed row as a read-only grid line (dimensions it lacks are ''). */
export function toCommittedRow(r: CommittedRow, scenarioId: string): LineRow {
  const id = `${COMMITTED_ID_PREFIX}${r.key}`;
  return {
    kind: 'line',
    id,
    costCenterId: r.costCenterId ?? '',
    line: {
      id,
      scenarioId,
      costCenterId: r.costCenterId ?? '',
      serviceId: r.serviceId ?? '',
      accountId: r.accountId ?? '',
      vendorId: r.vendorId,
      currency: r.currency,
      expenseType: r.expenseType,
      description: r.name ? `${r.code} ${r.name}` : r.code,
      amounts: r.amounts,
      total: r.total,
    },
    values: [...r.amounts, r.total],
    committed: {
      source: r.source,
      sourceId: r.sourceId,
      code: r.code,
      name: r.name,
      explanation: r.explanation,
      ...(r.inServiceDate ? { inServiceDate: r.inServiceDate } : {}),
    },
  };
}

function sameRow(a: LineRow, b: LineRow): boolean {
  const x = a.line;
  const y = b.line;
  return (
    a.committed?.explanation === b.committed?.explanation &&
    x.description === y.description &&
    x.costCenterId === y.costCenterId &&
    x.serviceId === y.serviceId &&
    x.accountId === y.accountId &&
    x.vendorId === y.vendorId &&
    x.currency === y.currency &&
    x.expenseType === y.expenseType &&
    a.values.every((v, i) => v === b.values[i])
  );
}

/**
 * Committed rows for a fresh load, reusing the previous object of every row that did not
 * change, so switching accrual ↔ cash repaints only the rows whose months moved.
 */
export function mergeCommitted(
  previous: readonly LineRow[],
  rows: readonly CommittedRow[],
  scenarioId: string,
): LineRow[] {
  const before = new Map(previous.map((r) => [r.id, r]));
  return rows.map((r) => {
    const next = toCommittedRow(r, scenarioId);
    const old = before.get(next.id);
    return old && sameRow(old, next) ? old : next;
  });
}

/** Why a committed row cannot be edited here, and where to edit it. */
export function refusalMessage(row: LineRow): string {
  const c = row.committed!;
  return `From ${SOURCE_LABEL[c.source].toLowerCase()} ${c.code} — edit it on ${EDITED_ON[c.source]}. Committed rows are read-only in the budget.`;
}

/** "cost center|service|vendor" of a line: how a manual line is matched with committed rows. */
const keyOf = (r: LineRow) => `${r.line.costCenterId}|${r.line.serviceId}|${r.line.vendorId}`;

/**
 * Manual lines that may count again what a committed row already budgets: same cost
 * center, service and vendor as a contract or invoice, or as an asset bought in the year
 * shown (an asset's depreciation of earlier years is not a purchase a line plans).
 * Returns line id → "possible double count with contract CTR-1014, …".
 */
export function doubleCounts(lines: readonly LineRow[], committed: readonly LineRow[], months: readonly string[]) {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const byKey = new Map<string, string[]>();
  for (const r of committed) {
    const c = r.committed!;
    if (r.line.vendorId === null || !r.line.costCenterId || !r.line.serviceId) continue;
    const bought = c.inServiceDate?.slice(0, 7);
    if (c.source === 'asset' && !(bought && bought >= first && bought <= last)) continue;
    const k = keyOf(r);
    const list = byKey.get(k);
    const label = `${SOURCE_LABEL[c.source].toLowerCase()} ${c.code}`;
    if (list) list.push(label);
    else byKey.set(k, [label]);
  }
  const out = new Map<string, string>();
  if (byKey.size === 0) return out;
  for (const l of lines) {
    const hits = l.line.vendorId === null ? undefined : byKey.get(keyOf(l));
    if (hits) out.set(l.id, `Possible double count with ${hits.join(', ')}: same cost center, service and vendor.`);
  }
  return out;
}
