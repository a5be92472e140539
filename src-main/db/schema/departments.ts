import { sql } from 'drizzle-orm';
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const departments = sqliteTable(
  'departments',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    owner: text('owner').notNull().default(''),
  },
  // Codes are unique case-insensitively: "it-01" and "IT-01" clash.
  (t) => [uniqueIndex('departments_code_unique').on(sql`upper(${t.code})`)],
);
