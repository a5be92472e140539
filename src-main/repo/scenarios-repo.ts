import { eq, sql } from 'drizzle-orm';
import type { Scenario } from '../../src-shared/model';
import type { Orm } from '../db/client';
import { scenarios } from '../db/schema';

/** Scenarios, baselines first, then by creation time. */
export function listScenarios(orm: Orm): Scenario[] {
  return orm
    .select()
    .from(scenarios)
    .orderBy(sql`${scenarios.kind} <> 'baseline'`, scenarios.createdAt, scenarios.name)
    .all();
}

export function findScenario(orm: Orm, id: string): Scenario | undefined {
  return orm.select().from(scenarios).where(eq(scenarios.id, id)).get();
}

export function findScenarioByName(orm: Orm, name: string): Scenario | undefined {
  return orm
    .select()
    .from(scenarios)
    .where(sql`upper(${scenarios.name}) = upper(${name})`)
    .get();
}
