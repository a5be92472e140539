import { ExactSum } from '../mapped-import/exact-sum';
import type { BillingAggregate } from './aggregate-types';
import type { FocusMeasure } from './focus-columns';

/** Spend of one account and service whose tag is missing or not an allowed value. */
export interface TagHygieneLine {
  billingAccount: string | null;
  service: string | null;
  currency: string;
  /** null: untagged; otherwise the value found, which is not one of the allowed values. */
  value: string | null;
  amount: string;
  rows: number;
}

/**
 * Untagged and mis-tagged spend for one tag key, by billing account and service, so owners can
 * fix tagging at the source. `allowed`: the canonical values (after value mapping); without it
 * only untagged spend is reported. Aggregates should include billingAccount and service in
 * their grain (otherwise those are null here). Lines are sorted by amount, largest first.
 */
export function tagHygiene(
  aggregates: readonly BillingAggregate[],
  key: string,
  options: { allowed?: readonly string[]; measure?: FocusMeasure } = {},
): TagHygieneLine[] {
  const measure = options.measure ?? 'BilledCost';
  const allowed = options.allowed ? new Set(options.allowed) : null;
  const lines = new Map<string, { line: Omit<TagHygieneLine, 'amount'>; sum: ExactSum }>();
  for (const a of aggregates) {
    const value = a.tags[key] ?? null;
    if (value !== null && (allowed === null || allowed.has(value))) continue;
    const billingAccount = a.key.billingAccount ?? null;
    const service = a.key.service ?? null;
    const id = JSON.stringify([billingAccount, service, a.currency, value]);
    let entry = lines.get(id);
    if (!entry) {
      entry = { line: { billingAccount, service, currency: a.currency, value, rows: 0 }, sum: new ExactSum() };
      lines.set(id, entry);
    }
    entry.line.rows += a.rows;
    entry.sum.add(a.sums[measure] ?? '0');
  }
  const out = [...lines.values()].map((e) => ({ ...e.line, amount: e.sum.value() }));
  const abs = (m: string) => (m.startsWith('-') ? m.slice(1) : m);
  return out.sort((x, y) => compareDecimal(abs(y.amount), abs(x.amount)));
}

/** Order of two non-negative plain decimals without converting them to numbers. */
function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const w = Math.max(af.length, bf.length);
  const x = af.padEnd(w, '0');
  const y = bf.padEnd(w, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}
