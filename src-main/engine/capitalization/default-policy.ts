import { D, roundMoney } from '../../../src-shared/money';
import type { AssetClass, AssetClassPolicy, CapitalizationPolicy, ThresholdBasis } from './types';

/**
 * Typical values, USD-sized (scaled by `thresholdScale` for other base currencies).
 * Neither US GAAP nor IFRS sets a threshold; companies set one for materiality. 5,000 is the
 * most common corporate figure and the IRS de minimis safe harbour for taxpayers with
 * audited statements (Treas. Reg. §1.263(a)-1(f); 2,500 without). Lives are the middle of the
 * usual ranges in IT asset policies:
 * - servers and storage 5 years (range 3–5), network equipment 5 years (5–7);
 * - end-user devices 3 years (3–4), threshold per bundle, so a fleet refresh bought on one
 *   order is capitalized while a single laptop is expensed;
 * - perpetual software licences 3 years (3–5);
 * - internally developed software (ASC 350-40 / IAS 38 development costs) 3 years, a
 *   per-project (bundle) threshold of 25,000;
 * - cloud and SaaS subscriptions: always OpEx (a service contract, not an asset).
 * All straight-line, full-month convention.
 */
const DEFAULTS: readonly [AssetClass, string, 'threshold' | 'always-opex', string, ThresholdBasis, number][] = [
  ['server', 'server', 'threshold', '5000', 'per-item', 60],
  ['storage', 'storage', 'threshold', '5000', 'per-item', 60],
  ['network', 'network equipment', 'threshold', '5000', 'per-item', 60],
  ['end-user-device', 'end-user device', 'threshold', '5000', 'per-bundle', 36],
  ['perpetual-licence', 'perpetual software licence', 'threshold', '5000', 'per-item', 36],
  ['internal-software', 'internally developed software', 'threshold', '25000', 'per-bundle', 36],
  ['cloud-saas', 'cloud/SaaS subscription', 'always-opex', '0', 'per-item', 12],
];

/**
 * The default capitalization policy of a new workbook (values above).
 *
 * @param baseCurrency ISO 4217 code of the workbook's base currency
 * @param minorUnits its decimals
 * @param thresholdScale multiplies the USD-sized thresholds, e.g. 150 for JPY (a decimal
 *   string or number; the result is rounded to `minorUnits`)
 */
export function defaultCapitalizationPolicy(
  baseCurrency = 'USD',
  minorUnits = 2,
  thresholdScale: string | number = 1,
): CapitalizationPolicy {
  const classes = {} as Record<AssetClass, AssetClassPolicy>;
  for (const [assetClass, label, treatment, threshold, thresholdBasis, usefulLifeMonths] of DEFAULTS) {
    classes[assetClass] = {
      assetClass,
      label,
      treatment,
      threshold: roundMoney(new D(threshold).times(thresholdScale), minorUnits),
      thresholdBasis,
      usefulLifeMonths,
      method: 'straight-line',
      convention: 'full-month',
    };
  }
  return { baseCurrency, minorUnits, classes };
}
