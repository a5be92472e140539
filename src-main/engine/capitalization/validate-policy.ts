import { D, isCanonicalMoney } from '../../../src-shared/money';
import { DEPRECIATION_CONVENTIONS, DEPRECIATION_METHODS } from '../depreciation/types';
import { EngineInputError } from '../errors';
import { ASSET_CLASSES, type CapitalizationPolicy } from './types';

/**
 * Check a capitalization policy before it is stored or used.
 *
 * @throws EngineInputError (item = asset class, or "policy") for a missing class, a
 *   threshold that is not a canonical Money string ≥ 0, a useful life that is not 1…1200
 *   whole months, an unknown treatment, basis, method or convention, a declining-balance
 *   percent outside (0, 1000], or a cloud/SaaS class that is not always OpEx
 */
export function validatePolicy(policy: CapitalizationPolicy): void {
  const fail = (item: string, field: string, problem: string) =>
    new EngineInputError(`capitalization policy, ${item}: ${field} ${problem}`, item, field);
  if (!/^[A-Z]{3}$/.test(policy.baseCurrency ?? '')) {
    throw fail('policy', 'baseCurrency', `${JSON.stringify(policy.baseCurrency)} is not an ISO 4217 code`);
  }
  if (!Number.isInteger(policy.minorUnits) || policy.minorUnits < 0 || policy.minorUnits > 6) {
    throw fail('policy', 'minorUnits', `${String(policy.minorUnits)} is not 0…6 decimals`);
  }
  for (const cls of ASSET_CLASSES) {
    const p = policy.classes?.[cls];
    if (!p) throw fail(cls, 'classes', 'has no rule');
    if (p.assetClass !== cls) throw fail(cls, 'assetClass', `says "${String(p.assetClass)}"`);
    if (p.treatment !== 'threshold' && p.treatment !== 'always-opex') {
      throw fail(cls, 'treatment', `"${String(p.treatment)}" is not threshold or always-opex`);
    }
    if (cls === 'cloud-saas' && p.treatment !== 'always-opex') {
      throw fail(cls, 'treatment', 'must be always-opex: cloud and SaaS subscriptions are operating expense');
    }
    if (typeof p.threshold !== 'string' || !isCanonicalMoney(p.threshold) || new D(p.threshold).isNegative()) {
      throw fail(cls, 'threshold', `${JSON.stringify(p.threshold)} is not an amount ≥ 0`);
    }
    if (p.thresholdBasis !== 'per-item' && p.thresholdBasis !== 'per-bundle') {
      throw fail(cls, 'thresholdBasis', `"${String(p.thresholdBasis)}" is not per-item or per-bundle`);
    }
    if (!Number.isInteger(p.usefulLifeMonths) || p.usefulLifeMonths < 1 || p.usefulLifeMonths > 1200) {
      throw fail(
        cls,
        'usefulLifeMonths',
        `${String(p.usefulLifeMonths)} is not a whole number of months from 1 to 1200`,
      );
    }
    if (!DEPRECIATION_METHODS.includes(p.method)) throw fail(cls, 'method', `"${String(p.method)}" is unknown`);
    if (!DEPRECIATION_CONVENTIONS.includes(p.convention)) {
      throw fail(cls, 'convention', `"${String(p.convention)}" is unknown`);
    }
    const pct = p.decliningBalancePercent;
    if (pct !== undefined && !(typeof pct === 'number' && pct > 0 && pct <= 1000)) {
      throw fail(cls, 'decliningBalancePercent', `${String(pct)} is not a percent above 0 and up to 1000`);
    }
  }
}
