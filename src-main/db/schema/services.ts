import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { costPools } from './cost-pools';
import { towers } from './towers';

/** IT services, each mapped to one TBM tower and cost pool. */
export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    towerId: text('tower_id')
      .notNull()
      .references(() => towers.id),
    costPoolId: text('cost_pool_id')
      .notNull()
      .references(() => costPools.id),
    owner: text('owner').notNull().default(''),
  },
  (t) => [
    uniqueIndex('services_code_unique').on(sql`upper(${t.code})`),
    index('services_tower_idx').on(t.towerId),
    index('services_cost_pool_idx').on(t.costPoolId),
  ],
);
