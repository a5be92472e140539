import { z } from 'zod';
import type { MonthKey } from '../calendar/fiscal';
import type { BudgetLineFields } from '../model';
import type { Money } from '../money/money';
import { zFileRef } from './files';
import { zId } from './schemas';

/** Where in the edited file something is: sheet, 1-based row, column letter and its header text. */
export interface FilePlace {
  sheet: string;
  row?: number;
  column?: string;
  header?: string;
}

/** A month cell changed in Excel and not in Outlay since the export: `from` (workbook) → `to` (file). */
export interface CellChange {
  /** "<lineId>|<month>": what `accept.cells` and `resolutions` name. */
  key: string;
  lineId: string;
  /** "CC-100 · SVC-HOST · 6100 · DELL — description" */
  label: string;
  month: MonthKey;
  currency: string;
  /** Money, line currency: the workbook's amount now. */
  from: Money;
  /** Money, line currency: the file's amount. */
  to: Money;
  place: FilePlace;
}

/** A month cell changed in Excel and, differently, in Outlay since the export. */
export interface CellConflict {
  key: string;
  lineId: string;
  label: string;
  month: MonthKey;
  currency: string;
  /** Money: the exported amount (the metadata's copy). */
  base: Money;
  /** Money: what the file holds now. */
  excel: Money;
  /** Money: what the workbook holds now. */
  outlay: Money;
  place: FilePlace;
}

/** A row added in Excel (no Line ID) whose codes all name rows of the workbook. */
export interface NewLine {
  /** "row:<n>" (the file's row number). */
  key: string;
  fields: BudgetLineFields;
  /** "CC-100 · SVC-HOST · 6100 · DELL — description" */
  label: string;
  /** Money strings in the line's currency, aligned with the preview's `months`. */
  amounts: Money[];
  total: Money;
  place: FilePlace;
}

/** An exported line whose row is no longer in the file. */
export interface DeletedLine {
  lineId: string;
  label: string;
  currency: string;
  /** Money, line currency: what the line has in the exported months now. */
  total: Money;
}

/** Something in the file that is not applied, and why. */
export interface ImportProblem {
  place: FilePlace;
  message: string;
  lineId?: string;
}

/** What an edited export would change; nothing is written until `excel/apply-changes`. */
export interface ImportChangesPreview {
  fileName: string;
  /** Hex SHA-256 of the file's bytes; `excel/apply-changes` must be given the same. */
  sha256: string;
  /** The sheet the budget table was found on (it may have been renamed). */
  sheet: string;
  workbookName: string;
  scenarioId: string;
  scenarioName: string;
  fiscalYear: number;
  months: MonthKey[];
  exportedAt: string;
  /** The journal position when the file was exported, and now: different means Outlay changed since. */
  exportedSeq: number;
  currentSeq: number;
  changes: CellChange[];
  conflicts: CellConflict[];
  newLines: NewLine[];
  deletedLines: DeletedLine[];
  /** Rows and cells that are not understood or not applied (driver-costed months, edited totals…). */
  problems: ImportProblem[];
}

/** Which proposals to apply: omitted lists mean all of them. */
export const zAcceptChanges = z.object({
  /** Keys of `changes` to apply. */
  cells: z.array(z.string().max(200)).max(1_000_000).optional(),
  /** Keys of `newLines` to add. */
  newLines: z.array(z.string().max(50)).max(1_000_000).optional(),
  /** Line ids of `deletedLines` to delete. */
  deletedLines: z.array(zId).max(1_000_000).optional(),
});

export interface ApplyChangesResult {
  /** The journal seq of the import (the current seq when nothing changed). */
  seq: number;
  cells: number;
  added: number;
  deleted: number;
}

/** Tracked round-trip import of an edited Outlay export (preview, then apply as one command). */
export const importChangesContract = {
  /**
   * Read an Outlay export edited in Excel or LibreOffice and compare it, three ways, with
   * the exported amounts (the file's hidden metadata) and the workbook now. Refuses
   * ('validation') a file that is not an Outlay export, one from another workbook, or one
   * whose scenario or fiscal year no longer exists; everything else it cannot apply is
   * listed in `problems` with sheet, row and column. Writes nothing. Reports progress.
   */
  'excel/preview-changes': {
    input: z.object({ file: zFileRef }),
    output: null as unknown as ImportChangesPreview,
  },
  /**
   * Apply the accepted proposals of the preview of `file` as one journaled, undoable command
   * whose payload records the file's name and SHA-256. The file is read again: a different
   * hash is refused ('conflict': it changed since the preview). Every conflict must be
   * resolved, 'excel' taking the file's amount and 'outlay' keeping the workbook's. Stops
   * with 'cancelled', nothing written, when cancelled.
   */
  'excel/apply-changes': {
    input: z.object({
      file: zFileRef,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      accept: zAcceptChanges.default({}),
      resolutions: z.record(z.string().max(200), z.enum(['excel', 'outlay'])).default({}),
    }),
    output: null as unknown as ApplyChangesResult,
  },
} as const;
