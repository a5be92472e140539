/**
 * Order rows for a grid with a subtotal row after each group, given the rows as the
 * grid has already filtered and sorted them. Groups appear in the order of their first
 * row, rows keep their order inside a group, each group's subtotal follows its last row,
 * and a subtotal whose group has no rows left (all filtered out) is dropped.
 */
export function arrangeGroups<T>(
  rows: readonly T[],
  groupOf: (row: T) => string,
  isSubtotal: (row: T) => boolean,
): { ordered: T[]; groups: Map<string, T[]> } {
  const groups = new Map<string, T[]>();
  const subtotals = new Map<string, T>();
  for (const row of rows) {
    const key = groupOf(row);
    if (isSubtotal(row)) {
      subtotals.set(key, row);
      continue;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(row);
  }
  const ordered: T[] = [];
  for (const [key, members] of groups) {
    for (const m of members) ordered.push(m);
    const sub = subtotals.get(key);
    if (sub !== undefined) ordered.push(sub);
  }
  return { ordered, groups };
}
