import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '../../../src-shared/model/imports';
import { cellText, columnLetter, type Cell } from './cells';

/** Where a mapped field's values are: 0-based cell index, header text and column letter. */
export interface BoundColumn {
  at: number;
  header: string;
  letter: string;
}

export type BoundColumns = Partial<Record<ImportField, BoundColumn>>;

/**
 * Bind a mapping to a header row: each mapped field to its column (headers compared trimmed
 * and case-insensitively). Returns the problems with the mapping itself (a header not in
 * the file, a required field neither mapped nor given a default), which stop the import
 * before any row is read.
 */
export function bindColumns(
  kind: ImportKind,
  mapping: ImportMapping,
  headerCells: readonly Cell[],
): { columns: BoundColumns; problems: string[] } {
  const byName = new Map<string, number>();
  headerCells.forEach((c, i) => {
    const k = cellText(c).toLowerCase();
    if (k !== '' && !byName.has(k)) byName.set(k, i);
  });
  const columns: BoundColumns = {};
  const problems: string[] = [];
  const specs = IMPORT_FIELDS[kind];
  for (const spec of specs) {
    const header = mapping.columns[spec.field];
    if (header === undefined || header.trim() === '') continue;
    const at = byName.get(header.trim().toLowerCase());
    if (at === undefined) {
      problems.push(`${spec.label}: the column "${header}" is not in header row ${mapping.headerRow}`);
      continue;
    }
    columns[spec.field] = { at, header: cellText(headerCells[at]), letter: columnLetter(at + 1) };
  }
  const has = (f: ImportField) => columns[f] !== undefined || (mapping.defaults[f] ?? '').trim() !== '';
  for (const spec of specs) {
    if (spec.required === 'yes' && !has(spec.field)) problems.push(`${spec.label}: map a column or give a default`);
  }
  if (specs.some((s) => s.required === 'one-of-date') && !has('date') && !has('period')) {
    problems.push('Date or period: map a column to one of them');
  }
  if (kind === 'labour' && !has('amount') && !(has('hours') && has('rate'))) {
    problems.push('Amount: map the amount, or both hours and rate');
  }
  for (const [field, header] of Object.entries(mapping.columns)) {
    if (header && !specs.some((s) => s.field === field)) problems.push(`"${field}" is not a field of ${kind} imports`);
  }
  return { columns, problems };
}
