import type { AssetClassId, CapitalizationPolicyEntry } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

export type StoredPolicy = Omit<CapitalizationPolicyEntry, 'isDefault'>;

interface PolicyDbRow {
  asset_class: AssetClassId;
  label: string;
  treatment: StoredPolicy['treatment'];
  threshold: string;
  threshold_basis: StoredPolicy['thresholdBasis'];
  useful_life_months: number;
  method: StoredPolicy['method'];
  convention: StoredPolicy['convention'];
  declining_balance_percent: number | null;
}

/** The asset classes whose rule the workbook has changed, by class. */
export function storedPolicies(db: Sqlite): Map<AssetClassId, StoredPolicy> {
  const rows = db.prepare('SELECT * FROM capitalization_policies').all() as PolicyDbRow[];
  return new Map(
    rows.map((r) => [
      r.asset_class,
      {
        assetClass: r.asset_class,
        label: r.label,
        treatment: r.treatment,
        threshold: r.threshold,
        thresholdBasis: r.threshold_basis,
        usefulLifeMonths: r.useful_life_months,
        method: r.method,
        convention: r.convention,
        decliningBalancePercent: r.declining_balance_percent,
      },
    ]),
  );
}

export const policyRow = (p: StoredPolicy): Row => ({
  asset_class: p.assetClass,
  label: p.label,
  treatment: p.treatment,
  threshold: p.threshold,
  threshold_basis: p.thresholdBasis,
  useful_life_months: p.usefulLifeMonths,
  method: p.method,
  convention: p.convention,
  declining_balance_percent: p.decliningBalancePercent,
});
