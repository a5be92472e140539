import type { SavedTcoModel, TcoModel, TcoModelListItem } from '../../src-shared/model';
import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

interface TcoModelDbRow {
  id: string;
  name: string;
  description: string;
  model: string;
  created_at: string;
  updated_at: string;
}

/** The stored JSON is the model as the engine accepted it when it was saved. */
function fromRow(r: TcoModelDbRow): SavedTcoModel {
  const model: TcoModel = JSON.parse(r.model);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    model,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Every saved model, by name ignoring case, with its alternatives' names. */
export function listTcoModels(db: Sqlite): TcoModelListItem[] {
  const rows = db
    .prepare(
      `SELECT id, name, description, updated_at AS updatedAt,
              (SELECT json_group_array(json_extract(a.value, '$.name'))
                 FROM json_each(model, '$.alternatives') AS a) AS alternatives
         FROM tco_models ORDER BY upper(name), id`,
    )
    .all() as (Omit<TcoModelListItem, 'alternatives'> & { alternatives: string })[];
  return rows.map((r) => ({ ...r, alternatives: JSON.parse(r.alternatives) }));
}

export function findTcoModel(db: Sqlite, id: string): SavedTcoModel | undefined {
  const r = db.prepare('SELECT * FROM tco_models WHERE id = ?').get(id) as TcoModelDbRow | undefined;
  return r && fromRow(r);
}

/** The model whose name equals `name` ignoring case (as the unique index compares). */
export function findTcoModelByName(db: Sqlite, name: string): SavedTcoModel | undefined {
  const r = db.prepare('SELECT * FROM tco_models WHERE upper(name) = upper(?)').get(name) as TcoModelDbRow | undefined;
  return r && fromRow(r);
}

/** The row image of a saved model (the model as compact JSON). */
export const tcoModelRow = (m: SavedTcoModel): Row => ({
  id: m.id,
  name: m.name,
  description: m.description,
  model: JSON.stringify(m.model),
  created_at: m.createdAt,
  updated_at: m.updatedAt,
});

/** Names of the saved TCO models whose SaaS alternatives retire this register asset, by name. */
export function modelsRetiringAsset(db: Sqlite, assetId: string): string[] {
  return db
    .prepare(
      `SELECT name FROM tco_models m WHERE EXISTS (
         SELECT 1 FROM json_each(m.model, '$.alternatives') a, json_each(a.value, '$.assets') x
         WHERE json_extract(x.value, '$.assetId') = ?)
       ORDER BY name`,
    )
    .pluck()
    .all(assetId) as string[];
}
