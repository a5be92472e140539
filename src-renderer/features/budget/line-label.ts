import type { BudgetGridLine } from '../../../src-shared/model';
import type { Lookups } from '../../state/lookups';

/** How a line is named in messages: "CC-100 / Laptop refresh". */
export function lineLabel(line: BudgetGridLine, lookups: Lookups): string {
  const cc = lookups.costCenters.get(line.costCenterId)?.code ?? line.costCenterId;
  const what = line.description || lookups.services.get(line.serviceId)?.name || line.id;
  return `${cc} / ${what}`;
}

const haystacks = new WeakMap<BudgetGridLine, string>();

/** Lower-case text of a line's dimensions and description, for the search box. */
export function lineSearchText(line: BudgetGridLine, lookups: Lookups): string {
  let s = haystacks.get(line);
  if (s === undefined) {
    const cc = lookups.costCenters.get(line.costCenterId);
    const sv = lookups.services.get(line.serviceId);
    const ac = lookups.accounts.get(line.accountId);
    const ve = line.vendorId ? lookups.vendors.get(line.vendorId) : undefined;
    s = [
      cc?.code,
      cc?.name,
      sv?.code,
      sv?.name,
      ac?.code,
      ac?.name,
      ve?.code,
      ve?.name,
      line.description,
      line.expenseType,
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    haystacks.set(line, s);
  }
  return s;
}
