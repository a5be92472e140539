import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { assets } from './assets';

/**
 * Disposals, impairments and changes of useful life of an asset. No ON DELETE action:
 * deleting an asset deletes its events explicitly, so the journal records them and undo
 * restores them. amount and salvage: Money strings in the asset currency.
 */
export const assetEvents = sqliteTable(
  'asset_events',
  {
    id: text('id').primaryKey(),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    kind: text('kind', { enum: ['disposal', 'impairment', 'life-change'] }).notNull(),
    eventDate: text('event_date').notNull(),
    amount: text('amount'),
    usefulLifeMonths: integer('useful_life_months'),
    remainingLifeMonths: integer('remaining_life_months'),
    salvage: text('salvage'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('asset_events_asset_idx').on(t.assetId),
    check('asset_events_kind', sql`${t.kind} IN ('disposal', 'impairment', 'life-change')`),
  ],
);
