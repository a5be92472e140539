import { sql } from 'drizzle-orm';
import { check, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Saved total-cost-of-ownership comparisons. `model` is the engine's TcoModel as JSON
 * (amounts inside are decimal strings); it is written only after the engine has computed
 * it once, so a stored model always computes (given the FX rates it names).
 * created_at / updated_at: ISO timestamps of the commands that wrote the row.
 */
export const tcoModels = sqliteTable(
  'tco_models',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    model: text('model').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('tco_models_name_unique').on(sql`upper(${t.name})`),
    check('tco_models_name_not_blank', sql`trim(${t.name}) <> ''`),
    check('tco_models_model_json', sql`json_valid(${t.model})`),
  ],
);
