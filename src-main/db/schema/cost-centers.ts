import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { departments } from './departments';

/** Cost centers form a hierarchy inside departments (parent_id for roll-ups). */
export const costCenters = sqliteTable(
  'cost_centers',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    parentId: text('parent_id').references((): AnySQLiteColumn => costCenters.id),
    owner: text('owner').notNull().default(''),
  },
  (t) => [
    uniqueIndex('cost_centers_code_unique').on(sql`upper(${t.code})`),
    index('cost_centers_department_idx').on(t.departmentId),
    index('cost_centers_parent_idx').on(t.parentId),
  ],
);
