import { sql } from 'drizzle-orm';
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** TBM towers (seeded with the TBM v4 defaults). */
export const towers = sqliteTable(
  'towers',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('towers_code_unique').on(sql`upper(${t.code})`)],
);
