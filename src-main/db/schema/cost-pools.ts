import { sql } from 'drizzle-orm';
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** TBM cost pools (seeded with the TBM v4 defaults). */
export const costPools = sqliteTable(
  'cost_pools',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('cost_pools_code_unique').on(sql`upper(${t.code})`)],
);
