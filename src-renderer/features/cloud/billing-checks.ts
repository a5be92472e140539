import type { BillingCurrencyTotals, BillingImportResult } from '../../../src-shared/ipc/billing-import-types';
import { D } from '../../../src-shared/money/decimal';

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

/** A bill's rows refused, as the import's 'validation' error details list them. */
export interface BillingRowProblem {
  row: number;
  column: string;
  message: string;
}

/** The refused rows in an error's details (empty when it names none). */
export function billingProblems(details: unknown): { problems: BillingRowProblem[]; count: number } {
  if (typeof details !== 'object' || details === null) return { problems: [], count: 0 };
  const d = details as { errors?: unknown; errorCount?: unknown };
  const problems = Array.isArray(d.errors)
    ? d.errors.filter(
        (e): e is BillingRowProblem =>
          typeof e === 'object' && e !== null && typeof (e as BillingRowProblem).row === 'number',
      )
    : [];
  return { problems, count: typeof d.errorCount === 'number' ? d.errorCount : problems.length };
}
