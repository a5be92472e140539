import type { ImportChangesPreview } from '../../../src-shared/ipc/import-changes-contract';

/** What the user chose in the preview: keys left out, and a side per conflict. */
export interface ImportChoices {
  /** Keys of changes, new lines (their key) and deleted lines (their id) the user unticked. */
  skipped: ReadonlySet<string>;
  resolutions: Readonly<Record<string, 'excel' | 'outlay'>>;
}

export const NO_CHOICES: ImportChoices = { skipped: new Set(), resolutions: {} };

/** The accept lists and resolutions for excel/apply-changes. */
export function applyArgs(p: ImportChangesPreview, c: ImportChoices) {
  const keep = (key: string) => !c.skipped.has(key);
  return {
    accept: {
      cells: p.changes.map((x) => x.key).filter(keep),
      newLines: p.newLines.map((x) => x.key).filter(keep),
      deletedLines: p.deletedLines.map((x) => x.lineId).filter(keep),
    },
    resolutions: { ...c.resolutions },
  };
}

/** How many writes the choices amount to (conflicts resolved to Excel count; Outlay keeps). */
export function countApplied(p: ImportChangesPreview, c: ImportChoices): number {
  const a = applyArgs(p, c).accept;
  const excel = p.conflicts.filter((x) => c.resolutions[x.key] === 'excel').length;
  return a.cells.length + a.newLines.length + a.deletedLines.length + excel;
}

/** Conflicts still without a side. */
export const unresolved = (p: ImportChangesPreview, c: ImportChoices) =>
  p.conflicts.filter((x) => c.resolutions[x.key] === undefined).length;
