import { index, primaryKey, sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { chargebackServices } from './chargeback-catalogue';

/** A rate card: the rates of one fiscal year and version. Published cards are never edited. */
export const rateCards = sqliteTable(
  'rate_cards',
  {
    id: text('id').primaryKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    /** 'utilization' (average use) or 'capacity' (peak, planned). */
    basis: text('basis', { enum: ['utilization', 'capacity'] }).notNull(),
    /** Markup %, decimal string ('0' = at cost). */
    markupPct: text('markup_pct').notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    publishedAt: text('published_at'),
    publishedBy: text('published_by'),
  },
  (t) => [
    uniqueIndex('rate_cards_fy_version_unique').on(t.fiscalYear, t.version),
    index('rate_cards_status_idx').on(t.fiscalYear, t.status),
  ],
);

/** One service's rate on a card, with the cost and volume it was computed from. */
export const rateCardEntries = sqliteTable(
  'rate_card_entries',
  {
    cardId: text('card_id')
      .notNull()
      .references(() => rateCards.id, { onDelete: 'cascade' }),
    serviceId: text('service_id')
      .notNull()
      .references(() => chargebackServices.id),
    rate: text('rate').notNull(),
    poolCost: text('pool_cost'),
    volume: text('volume'),
  },
  (t) => [primaryKey({ columns: [t.cardId, t.serviceId] })],
);
