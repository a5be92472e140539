import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Other spellings of a canonical tag key (`costcentre` → `CostCenter`), beyond case and separators. */
export const billingTagAliases = sqliteTable('billing_tag_aliases', {
  /** The spelling as entered; matched by its tag token (lower case, no separators). */
  alias: text('alias').primaryKey(),
  canonicalKey: text('canonical_key').notNull(),
});

/** Values owners typed mapped onto canonical values, per canonical key (`fin` → `Finance`). */
export const billingTagValues = sqliteTable(
  'billing_tag_values',
  {
    canonicalKey: text('canonical_key').notNull(),
    /** Matched trimmed and case-insensitively. */
    fromValue: text('from_value').notNull(),
    toValue: text('to_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.canonicalKey, t.fromValue] })],
);

/** The tag keys imports aggregate on, in display order (CostCenter, Application…). */
export const billingTagKeys = sqliteTable('billing_tag_keys', {
  canonicalKey: text('canonical_key').primaryKey(),
  position: integer('position').notNull(),
});
