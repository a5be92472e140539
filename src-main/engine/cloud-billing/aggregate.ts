import { ExactSum } from '../mapped-import/exact-sum';
import { CommitmentBuckets } from './commitment-buckets';
import { cellLookup, type BoundFormat } from './bind';
import { FOCUS_MEASURES, REQUIRED_MEASURES, type FocusDimension, type FocusMeasure } from './focus-columns';
import type {
  AggregateOptions,
  AggregateResult,
  BillingAggregate,
  BillingRowError,
  GrainDimension,
  MeasureSums,
} from './aggregate-types';
import { parseTagCell, TagNormalizer } from './tags';
import { billingDay, billingDecimal, isNullCell } from './values';

const SOURCE: Record<Exclude<GrainDimension, 'billingPeriod' | 'chargeDay' | 'chargeMonth'>, FocusDimension> = {
  provider: 'ProviderName',
  billingAccount: 'BillingAccountId',
  subAccount: 'SubAccountId',
  service: 'ServiceName',
  region: 'RegionId',
  resourceType: 'ResourceType',
  chargeCategory: 'ChargeCategory',
  commitmentDiscount: 'CommitmentDiscountId',
};

interface Bucket {
  agg: Omit<BillingAggregate, 'sums'>;
  sums: Partial<Record<FocusMeasure, ExactSum>>;
}

const SEP = '\u001f';
/** Distinct texts remembered per memo before it starts over (hourly stamps, tag sets repeat). */
const MEMO_LIMIT = 20_000;

/** `fn` remembered per input text, bounded so a file of unique values cannot grow it unchecked. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined && !seen.has(text)) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      v = fn(text);
      seen.set(text, v);
    }
    return v!;
  };
}

/**
 * Streams rows of one billing file into aggregates at a grain, summing every cost measure
 * exactly (scaled BigInt, no rounding). Rows with an error are counted and left out; the
 * caller imports nothing when `errorCount` > 0.
 */
export class BillingAggregator {
  private readonly buckets = new Map<string, Bucket>();
  private readonly fileTotals = new Map<string, { rows: number; sums: Partial<Record<FocusMeasure, ExactSum>> }>();
  private readonly tags: TagNormalizer | null;
  private readonly commitments: CommitmentBuckets | null;
  private readonly commitmentParts: (string | null)[] = [];
  private readonly errors: BillingRowError[] = [];
  private errorCount = 0;
  private rows = 0;
  private firstCurrency: string | null = null;
  private readonly amounts: (string | null)[] = [];
  private readonly day = memo(billingDay);
  private readonly period = memo((bp: string) =>
    /^\d{6}$/.test(bp) ? `${bp.slice(0, 4)}-${bp.slice(4)}-01` : billingDay(bp),
  );
  private readonly tagCell = memo((text: string): Record<string, unknown> | null => {
    try {
      return parseTagCell(text);
    } catch {
      return null;
    }
  });

  constructor(
    private readonly bound: BoundFormat,
    private readonly options: AggregateOptions,
  ) {
    const keys = options.tagKeys ?? [];
    this.tags = keys.length > 0 ? new TagNormalizer(keys, options.tagRules) : null;
    this.commitments = options.commitments ? new CommitmentBuckets() : null;
  }

  private fail(row: number, column: string, message: string): false {
    this.errorCount++;
    if (this.errors.length < (this.options.maxErrors ?? 200)) this.errors.push({ row, column, message });
    return false;
  }

  private text(d: FocusDimension, cells: readonly string[]): string | null {
    const i = this.bound.dims[d];
    const raw = i >= 0 ? cells[i] : undefined;
    if (isNullCell(raw)) return this.bound.spec.constants?.[d] ?? null;
    const v = raw!.trim();
    return this.bound.spec.valueMaps?.[d]?.[v] ?? v;
  }

  private currency(row: number, cells: readonly string[], month: string): string | false {
    const cur = this.text('BillingCurrency', cells) ?? this.options.defaultCurrency;
    if (!cur) return this.fail(row, this.bound.dimColumns.BillingCurrency ?? 'BillingCurrency', 'missing currency');
    if (this.firstCurrency === null) this.firstCurrency = cur;
    else if (cur !== this.firstCurrency) {
      const { hasRate, ratedCurrencies } = this.options;
      if (hasRate ? !hasRate(cur, month) : !ratedCurrencies?.includes(cur)) {
        return this.fail(
          row,
          this.bound.dimColumns.BillingCurrency ?? 'BillingCurrency',
          `currency ${cur} in a ${this.firstCurrency} file and no exchange rate for it${hasRate ? ` in ${month}` : ''}`,
        );
      }
    }
    return cur;
  }

  /** Read one measure's text into `this.amounts`; false (and an error) when unusable. */
  private measure(m: FocusMeasure, k: number, row: number, cells: readonly string[]): boolean {
    const bound = this.bound;
    let index = bound.measures[m]?.index ?? -1;
    let column = bound.measures[m]?.column ?? m;
    const derive = bound.spec.derived?.[m];
    if (derive) {
      const source = derive(cellLookup(bound, cells));
      if (source === null) {
        this.amounts[k] = '0';
        return true;
      }
      index = bound.index.get(source.toLowerCase()) ?? -1;
      column = source;
    }
    const raw = index >= 0 ? cells[index] : undefined;
    if (isNullCell(raw)) {
      this.amounts[k] = null;
      if (REQUIRED_MEASURES.includes(m) && (derive || bound.measures[m])) return this.fail(row, column, 'no amount');
      return true;
    }
    const value = billingDecimal(raw!);
    if (value === null) return this.fail(row, column, `"${raw}" is not a number`);
    this.amounts[k] = value;
    return true;
  }

  private rowTags(row: number, cells: readonly string[]): Record<string, string | null> | false {
    const out: Record<string, string | null> = {};
    const norm = this.tags!;
    for (const key of norm.selected) out[key] = null;
    const put = (rawKey: string, rawValue: unknown): void => {
      const key = norm.key(rawKey);
      if (key !== undefined && out[key] === null) out[key] = norm.value(key, rawValue);
    };
    const { tagColumn, tagColumns } = this.bound;
    if (tagColumn >= 0) {
      const parsed = this.tagCell(cells[tagColumn] ?? '');
      if (parsed === null) {
        return this.fail(
          row,
          this.bound.spec.tags?.kind === 'json' ? this.bound.spec.tags.column : 'Tags',
          'tags are not a JSON object',
        );
      }
      for (const [k, v] of Object.entries(parsed)) put(k, v);
    }
    for (const c of tagColumns) if (!isNullCell(cells[c.index])) put(c.key, cells[c.index]);
    return out;
  }

  /** Add one data row (`row`: its 1-based number in the file). */
  add(cells: readonly string[], row: number): void {
    const bound = this.bound;
    const charge = this.text('ChargePeriodStart', cells);
    const day = charge === null ? null : this.day(charge);
    if (day === null) {
      this.fail(
        row,
        bound.dimColumns.ChargePeriodStart ?? 'ChargePeriodStart',
        charge === null ? 'no date' : `"${charge}" is not a date`,
      );
      return;
    }
    let period = day.slice(0, 8) + '01';
    const bp = this.text('BillingPeriodStart', cells);
    if (bp !== null) {
      const d = this.period(bp);
      if (d === null) {
        this.fail(row, bound.dimColumns.BillingPeriodStart ?? 'BillingPeriodStart', `"${bp}" is not a date`);
        return;
      }
      period = d;
    }
    const currency = this.currency(row, cells, day.slice(0, 7));
    if (currency === false) return;
    const present = bound.present;
    for (let k = 0; k < present.length; k++) if (!this.measure(present[k]!, k, row, cells)) return;
    const tags = this.tags ? this.rowTags(row, cells) : {};
    if (tags === false) return;

    const grain = this.options.grain;
    const values: (string | null)[] = [];
    let id = currency;
    for (const g of grain) {
      const v =
        g === 'billingPeriod'
          ? period
          : g === 'chargeDay'
            ? day
            : g === 'chargeMonth'
              ? day.slice(0, 7)
              : this.text(SOURCE[g], cells);
      values.push(v);
      id += SEP + (v ?? '\u0000');
    }
    for (const key in tags) id += SEP + (tags[key] ?? '\u0000');
    let bucket = this.buckets.get(id);
    if (!bucket) {
      const key: Partial<Record<GrainDimension, string | null>> = {};
      grain.forEach((g, i) => (key[g] = values[i] ?? null));
      bucket = { agg: { key, tags, currency, rows: 0 }, sums: {} };
      this.buckets.set(id, bucket);
    }
    let total = this.fileTotals.get(currency);
    if (!total) this.fileTotals.set(currency, (total = { rows: 0, sums: {} }));
    bucket.agg.rows++;
    total.rows++;
    this.rows++;
    for (let k = 0; k < present.length; k++) {
      const amount = this.amounts[k];
      if (amount === null || amount === undefined) continue;
      const m = present[k]!;
      (bucket.sums[m] ??= new ExactSum()).add(amount);
      (total.sums[m] ??= new ExactSum()).add(amount);
    }
    if (this.commitments) {
      const parts = this.commitmentParts;
      parts[0] = period.slice(0, 7);
      parts[1] = day.slice(0, 7);
      parts[2] = this.text('ProviderName', cells);
      parts[3] = this.text('BillingAccountId', cells);
      parts[4] = this.text('CommitmentDiscountId', cells);
      parts[5] = this.text('CommitmentDiscountType', cells);
      parts[6] = this.text('CommitmentDiscountStatus', cells);
      parts[7] = this.text('ChargeCategory', cells);
      parts[8] = this.text('PricingCategory', cells);
      this.commitments.add(parts, currency, present, this.amounts);
    }
  }

  /** Data rows seen so far (accepted and refused). */
  get rowsSeen(): number {
    return this.rows + this.errorCount;
  }

  /** The aggregates, per-currency file totals and errors so far. */
  result(): AggregateResult {
    const sums = (s: Partial<Record<FocusMeasure, ExactSum>>): MeasureSums => {
      const out: MeasureSums = {};
      for (const m of FOCUS_MEASURES) if (this.bound.present.includes(m)) out[m] = s[m]?.value() ?? '0';
      return out;
    };
    return {
      aggregates: [...this.buckets.values()].map((b) => ({ ...b.agg, sums: sums(b.sums) })),
      ...(this.commitments ? { commitments: this.commitments.result(this.bound.present) } : {}),
      totals: Object.fromEntries([...this.fileTotals].map(([c, t]) => [c, { rows: t.rows, sums: sums(t.sums) }])),
      measures: this.bound.present,
      rows: this.rows,
      errors: [...this.errors],
      errorCount: this.errorCount,
    };
  }
}
