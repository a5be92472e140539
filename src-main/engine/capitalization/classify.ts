import { D, formatMoney, isCanonicalMoney, roundMoney, type Money } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import { describeLife, describeMethod } from './describe';
import { ASSET_CLASSES, type CapitalizationItem, type CapitalizationPolicy, type Classification } from './types';

function amountOf(item: CapitalizationItem, field: 'unitCost' | 'bundleTotal', minorUnits: number): Money {
  const value = item[field];
  if (typeof value !== 'string' || !isCanonicalMoney(value) || new D(value).isNegative()) {
    throw new EngineInputError(
      `item ${item.id}: ${field} ${JSON.stringify(value)} is not an amount ≥ 0`,
      item.id,
      field,
    );
  }
  return roundMoney(value, minorUnits);
}

/**
 * CapEx or OpEx for a purchase under a capitalization policy, with the rule that decided
 * it, worded to be stored with the item and shown to people:
 * 1. cloud and SaaS (class `cloud-saas`, or any class whose policy is always OpEx) → OpEx;
 * 2. anything billed as a subscription → OpEx;
 * 3. otherwise the amount is compared with the class threshold — the unit cost for a
 *    per-item threshold, the bundle total (default unit cost × quantity) for a per-bundle
 *    one: at or above → CapEx, with the class's depreciation; below → OpEx.
 * Amounts are in the base currency and are rounded to its minor units (half up) before
 * the comparison, so what is compared is what is shown. Money in the explanation is
 * formatted with `formatMoney` ("12,400.00").
 *
 * @throws EngineInputError (item = item id) for an unknown asset class, a unit cost or
 *   bundle total that is not a canonical Money string ≥ 0, or a quantity that is not a
 *   whole number ≥ 1
 */
export function classify(item: CapitalizationItem, policy: CapitalizationPolicy): Classification {
  const cls = item.assetClass;
  const rule = ASSET_CLASSES.includes(cls) ? policy.classes[cls] : undefined;
  if (!rule) {
    throw new EngineInputError(
      `item ${item.id}: assetClass "${String(cls)}" is not in the policy`,
      item.id,
      'assetClass',
    );
  }
  const mu = policy.minorUnits;
  const quantity = item.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw new EngineInputError(
      `item ${item.id}: quantity ${String(quantity)} is not a whole number ≥ 1`,
      item.id,
      'quantity',
    );
  }
  const unitCost = amountOf(item, 'unitCost', mu);
  const bundleTotal =
    item.bundleTotal !== undefined
      ? amountOf(item, 'bundleTotal', mu)
      : roundMoney(new D(unitCost).times(quantity), mu);

  if (cls === 'cloud-saas' || rule.treatment === 'always-opex') {
    return { expenseType: 'OpEx', assetClass: cls, rule: `OpEx: ${rule.label}, always expensed` };
  }
  if (item.subscription) {
    return { expenseType: 'OpEx', assetClass: cls, rule: `OpEx: ${rule.label} billed as a subscription, expensed` };
  }

  const perBundle = rule.thresholdBasis === 'per-bundle';
  const compared = perBundle ? bundleTotal : unitCost;
  const what = perBundle ? `bundle ${formatMoney(compared, mu)}` : formatMoney(compared, mu);
  const limit = `threshold ${formatMoney(rule.threshold, mu)}${perBundle ? ' per bundle' : ''}`;
  const base = {
    assetClass: cls,
    comparedAmount: compared,
    threshold: rule.threshold,
    thresholdBasis: rule.thresholdBasis,
  };
  if (new D(compared).gte(rule.threshold)) {
    const life = `${describeLife(rule.usefulLifeMonths)} ${describeMethod(rule.method, rule.decliningBalancePercent)}`;
    const depreciation = {
      usefulLifeMonths: rule.usefulLifeMonths,
      method: rule.method,
      convention: rule.convention,
      ...(rule.decliningBalancePercent !== undefined ? { decliningBalancePercent: rule.decliningBalancePercent } : {}),
    };
    return { ...base, expenseType: 'CapEx', rule: `CapEx: ${rule.label}, ${what} ≥ ${limit}, ${life}`, depreciation };
  }
  return { ...base, expenseType: 'OpEx', rule: `OpEx: ${rule.label}, ${what} < ${limit}` };
}
