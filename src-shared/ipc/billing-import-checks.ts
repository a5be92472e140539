import type { BillingCurrencyTotals, BillingImportResult } from './billing-import-types';
import { D } from '../money/decimal';

/** One line of the totals check: a currency's measure as summed from the file and as stored. */
export interface BillingCheckRow {
  currency: string;
  measure: 'BilledCost' | 'EffectiveCost' | 'ListCost' | 'ContractedCost';
  file: string;
  imported: string | null;
  equal: boolean;
}

const MEASURES = [
  ['billedCost', 'BilledCost'],
  ['effectiveCost', 'EffectiveCost'],
  ['listCost', 'ListCost'],
  ['contractedCost', 'ContractedCost'],
] as const;

/**
 * The "file total = imported total" lines of an import result, per currency and measure the
 * file carries; equal means the exact decimals are the same number (not only to the cent).
 */
export function billingCheckRows(r: BillingImportResult): BillingCheckRow[] {
  const stored = new Map<string, BillingCurrencyTotals>(r.storedTotals.map((t) => [t.currency, t]));
  const rows: BillingCheckRow[] = [];
  for (const f of r.fileTotals) {
    const s = stored.get(f.currency);
    for (const [key, measure] of MEASURES) {
      const file = f[key];
      if (file === undefined) continue;
      const imported = s?.[key] ?? null;
      rows.push({
        currency: f.currency,
        measure,
        file,
        imported,
        equal: imported !== null && new D(file).equals(imported),
      });
    }
  }
  return rows;
}
