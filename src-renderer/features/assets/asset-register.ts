import { sumMoney, type Money } from '../../../src-shared/money';
import type { Asset, AssetClassId, CapitalizationPolicyEntry, ExpenseType } from '../../../src-shared/model';

/** What the register shows: free text over the visible texts, one class, CapEx or OpEx ('' = all). */
export interface RegisterFilter {
  text: string;
  assetClass: AssetClassId | '';
  expenseType: ExpenseType | '';
}

export const NO_FILTER: RegisterFilter = { text: '', assetClass: '', expenseType: '' };

/** Class label from the policy list ("network equipment"), or the id while policies load. */
export function classLabeller(policies: readonly CapitalizationPolicyEntry[] | undefined): (c: AssetClassId) => string {
  const labels = new Map((policies ?? []).map((p) => [p.assetClass, p.label]));
  return (c) => labels.get(c) ?? c;
}

/**
 * The assets that pass the filter. Every word of the text must occur (ignoring case) in
 * the code, name, description, class label or classification rule, so "dell frankfurt"
 * finds a Dell laptop in Frankfurt.
 */
export function filterAssets<A extends Asset>(
  assets: readonly A[],
  filter: RegisterFilter,
  classLabel: (c: AssetClassId) => string,
): A[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return assets.filter((a) => {
    if (filter.assetClass && a.assetClass !== filter.assetClass) return false;
    if (filter.expenseType && a.expenseType !== filter.expenseType) return false;
    if (words.length === 0) return true;
    const hay = [a.code, a.name, a.description, classLabel(a.assetClass), a.classificationRule]
      .join('\n')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Cost, salvage, the year's expense and NBV at its end of the assets in one currency, exactly. */
export interface CurrencyTotal {
  currency: string;
  count: number;
  cost: Money;
  salvage: Money;
  expenseInYear: Money;
  nbv: Money;
}

type Totalled = Asset & { expenseInYear: Money; nbv: Money | null };

/** Totals per currency, by currency code; amounts of different currencies are never added. */
export function totalsByCurrency(assets: readonly Totalled[]): CurrencyTotal[] {
  const groups = new Map<string, Totalled[]>();
  for (const a of assets) {
    const list = groups.get(a.currency);
    if (list) list.push(a);
    else groups.set(a.currency, [a]);
  }
  return [...groups]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([currency, list]) => ({
      currency,
      count: list.length,
      cost: sumMoney(list.map((a) => a.cost)),
      salvage: sumMoney(list.map((a) => a.salvage)),
      expenseInYear: sumMoney(list.map((a) => a.expenseInYear)),
      nbv: sumMoney(list.map((a) => a.nbv ?? '0')),
    }));
}

/** CapEx and OpEx counts of a list, for the toolbar. */
export function countByExpenseType(assets: readonly Asset[]): Record<ExpenseType, number> {
  let capex = 0;
  for (const a of assets) if (a.expenseType === 'CapEx') capex++;
  return { CapEx: capex, OpEx: assets.length - capex };
}
