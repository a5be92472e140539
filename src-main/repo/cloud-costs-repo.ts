import type { CloudDimension, TagRulesView } from '../../src-shared/ipc/cloud-costs-contract';
import type { Sqlite } from '../db/client';

/** SQL of the cloud costs screen: reads of billing aggregates/commitments, the tag rules and terms. */

/** Columns of billing_aggregates behind each dimension ('tag' is read from the tags JSON). */
const DIMENSION_COLUMN: Record<Exclude<CloudDimension, 'tag'>, string> = {
  provider: 'provider',
  billingAccount: 'billing_account',
  subAccount: 'sub_account',
  service: 'service',
  region: 'region',
  resourceType: 'resource_type',
  chargeCategory: 'charge_category',
};

export interface AggregateFilter {
  from?: string;
  to?: string;
  provider?: string;
}

/** One aggregate reduced to what a totals table needs; `cost` is an exact decimal string. */
export interface AggregateCell {
  currency: string;
  month: string;
  key: string | null;
  cost: string;
  rows: number;
}

const WHERE = `(@from IS NULL OR substr(charge_period, 1, 7) >= @from)
  AND (@to IS NULL OR substr(charge_period, 1, 7) <= @to)
  AND (@provider IS NULL OR provider = @provider)`;

const params = (f: AggregateFilter) => ({ from: f.from ?? null, to: f.to ?? null, provider: f.provider ?? null });

/**
 * The aggregates (filtered by charge month range and provider) with the chosen dimension's
 * value and one measure, one by one: sums are made exactly by the caller, never in SQL.
 */
export function* aggregateCells(
  db: Sqlite,
  dimension: CloudDimension,
  measure: 'effective_cost' | 'billed_cost',
  filter: AggregateFilter & { tagKey?: string },
): Generator<AggregateCell> {
  const keyExpr = dimension === 'tag' ? `json_extract(tags, @tagPath)` : DIMENSION_COLUMN[dimension];
  const stmt = db.prepare(
    `SELECT currency, substr(charge_period, 1, 7) AS month, ${keyExpr} AS key, ${measure} AS cost, row_count AS rows
     FROM billing_aggregates WHERE ${WHERE}`,
  );
  const tagPath = `$."${(filter.tagKey ?? '').replace(/"/g, '\\"')}"`;
  const args = dimension === 'tag' ? { ...params(filter), tagPath } : params(filter);
  for (const r of stmt.iterate(args) as IterableIterator<AggregateCell>) {
    yield { ...r, key: r.key === null ? null : String(r.key) };
  }
}

/** Aggregates with the account, service and tags for the tag hygiene report. */
export interface HygieneCell {
  billingAccount: string;
  service: string | null;
  currency: string;
  tags: string;
  cost: string;
  rows: number;
}

/** The filtered aggregates with account, service and tags JSON, one by one. */
export function* hygieneCells(
  db: Sqlite,
  measure: 'effective_cost' | 'billed_cost',
  filter: AggregateFilter,
): Generator<HygieneCell> {
  const stmt = db.prepare(
    `SELECT billing_account AS billingAccount, service, currency, tags, ${measure} AS cost, row_count AS rows
     FROM billing_aggregates WHERE ${WHERE}`,
  );
  yield* stmt.iterate(params(filter)) as IterableIterator<HygieneCell>;
}

/** Distinct providers and tag keys in the stored aggregates, and whether there are any. */
export function aggregateChoices(db: Sqlite): { providers: string[]; tagKeys: string[]; hasData: boolean } {
  const providers = db.prepare('SELECT DISTINCT provider FROM billing_aggregates ORDER BY provider').pluck().all();
  const tagKeys = db
    .prepare(
      `SELECT DISTINCT j.key FROM billing_aggregates, json_each(billing_aggregates.tags) AS j ORDER BY j.key COLLATE NOCASE`,
    )
    .pluck()
    .all();
  const any = db.prepare('SELECT EXISTS (SELECT 1 FROM billing_imports)').pluck().get() === 1;
  return { providers: providers as string[], tagKeys: tagKeys as string[], hasData: any };
}

/** The tag normalisation rules, keys in display order. */
export function readTagRules(db: Sqlite): TagRulesView {
  return {
    keys: db
      .prepare('SELECT canonical_key AS canonicalKey, position FROM billing_tag_keys ORDER BY position, canonical_key')
      .all() as TagRulesView['keys'],
    aliases: db
      .prepare('SELECT alias, canonical_key AS canonicalKey FROM billing_tag_aliases ORDER BY canonical_key, alias')
      .all() as TagRulesView['aliases'],
    values: db
      .prepare(
        `SELECT canonical_key AS canonicalKey, from_value AS fromValue, to_value AS toValue
         FROM billing_tag_values ORDER BY canonical_key, from_value`,
      )
      .all() as TagRulesView['values'],
  };
}

/** Codes of all cost centers (the allowed values of a CostCenter tag without a value map). */
export function costCenterCodes(db: Sqlite): string[] {
  return db.prepare('SELECT code FROM cost_centers ORDER BY code').pluck().all() as string[];
}

/** One stored commitment row (billing_commitments) in engine terms. */
export interface CommitmentDbRow {
  commitmentDiscountId: string | null;
  commitmentDiscountType: string | null;
  commitmentDiscountStatus: string | null;
  chargeCategory: string;
  pricingCategory: string | null;
  chargeMonth: string;
  currency: string;
  billedCost: string;
  effectiveCost: string;
  listCost: string;
  contractedCost: string | null;
}

/** Every stored commitment row, by charge month. */
export function commitmentRows(db: Sqlite): CommitmentDbRow[] {
  return db
    .prepare(
      `SELECT commitment_discount_id AS commitmentDiscountId, commitment_discount_type AS commitmentDiscountType,
         commitment_discount_status AS commitmentDiscountStatus, charge_category AS chargeCategory,
         pricing_category AS pricingCategory, charge_month AS chargeMonth, currency, billed_cost AS billedCost,
         effective_cost AS effectiveCost, list_cost AS listCost, contracted_cost AS contractedCost
       FROM billing_commitments ORDER BY charge_month, id`,
    )
    .all() as CommitmentDbRow[];
}

/** The user's commitment terms by commitment id. */
export function commitmentTerms(db: Sqlite): Map<string, { start: string; end: string }> {
  const rows = db.prepare('SELECT commitment_discount_id AS id, start, "end" FROM commitment_terms').all() as {
    id: string;
    start: string;
    end: string;
  }[];
  return new Map(rows.map((r) => [r.id, { start: r.start, end: r.end }]));
}

/** Whether any stored commitment row carries this commitment id. */
export function commitmentExists(db: Sqlite, id: string): boolean {
  return (
    db.prepare('SELECT EXISTS (SELECT 1 FROM billing_commitments WHERE commitment_discount_id = ?)').pluck().get(id) ===
    1
  );
}
