import type { Sqlite } from '../db/client';
import type { Row } from '../db/row-writer';

/** A budget line of a scenario and where its amounts were posted from. */
export interface LineSource {
  lineId: string;
  kind: 'forecast' | 'tco';
  ref: string;
  detail: string;
  postedAt: string;
  /** The line's grid position, so a re-posting keeps its place. */
  position: number;
}

/** The lines of a scenario posted from one source (kind and ref), in grid order. */
export function linesPostedFrom(db: Sqlite, scenarioId: string, kind: LineSource['kind'], ref: string): LineSource[] {
  return db
    .prepare(
      `SELECT s.line_id AS lineId, s.kind, s.ref, s.detail, s.posted_at AS postedAt, l.position
         FROM budget_line_sources s JOIN budget_lines l ON l.id = s.line_id
        WHERE l.scenario_id = ? AND s.kind = ? AND s.ref = ?
        ORDER BY l.position`,
    )
    .all(scenarioId, kind, ref) as LineSource[];
}

/** A budget_line_sources row. */
export const lineSourceRow = (s: Omit<LineSource, 'position'>): Row => ({
  line_id: s.lineId,
  kind: s.kind,
  ref: s.ref,
  detail: s.detail,
  posted_at: s.postedAt,
});
