import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type {
  CellChange,
  CellConflict,
  DeletedLine,
  FilePlace,
  ImportProblem,
  NewLine,
} from '../../../src-shared/ipc/import-changes-contract';
import { sumMoney, type Money } from '../../../src-shared/money';
import { cellAmount } from './amounts';
import { newLineOf, type Codes } from './new-line';
import { checkFields, checkTotal, type LineTexts } from './row-checks';
import type { ExportedFile, FileRow } from './types';

/** A budget line of the workbook as it is now, for the exported months. */
export interface WorkbookLine {
  id: string;
  label: string;
  currency: string;
  minorUnits: number;
  /** Money strings aligned with the file's months ("0" where nothing is budgeted). */
  amounts: Money[];
  /** Its codes and description as the export wrote them, to report edits that are not imported. */
  texts: LineTexts;
  /** Set for a driver-costed line: its months from start to end (null: open) are computed. */
  driver?: { code: string; name: string; startMonth: MonthKey; endMonth: MonthKey | null };
}

export interface DiffInput {
  file: ExportedFile;
  /** The workbook's lines by id (those of the export's scenario; missing ones were deleted). */
  lines: ReadonlyMap<string, WorkbookLine>;
  codes: Codes;
  baseCurrency: string;
}

export interface Diff {
  changes: CellChange[];
  conflicts: CellConflict[];
  newLines: NewLine[];
  deletedLines: DeletedLine[];
  problems: ImportProblem[];
}

/** "Sheet "Budget", row 12, column F (Apr 2027)" */
export function describePlace(p: FilePlace): string {
  const parts = [`sheet "${p.sheet}"`];
  if (p.row !== undefined) parts.push(`row ${p.row}`);
  if (p.column !== undefined) parts.push(`column ${p.column}${p.header ? ` (${p.header})` : ''}`);
  const s = parts.join(', ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const inDriverSpan = (d: WorkbookLine['driver'], m: MonthKey) =>
  d !== undefined && m >= d.startMonth && (d.endMonth === null || m <= d.endMonth);

/**
 * The three-way comparison of an edited export: the file's amounts against the exported ones
 * (the metadata's copy, "base") and the workbook's now. A cell changed only in the file is a
 * change; changed in both to different amounts, a conflict; changed in both alike, nothing.
 * Rows without a Line ID are new lines when their codes are valid; exported lines missing from
 * the file are deletions. Everything else that cannot be applied is a problem naming its place.
 */
export function diffExport(input: DiffInput): Diff {
  const { file, lines } = input;
  const out: Diff = { changes: [], conflicts: [], newLines: [], deletedLines: [], problems: [] };
  const at = (row: number, col?: { column: string; header: string } | null): FilePlace => ({
    sheet: file.sheet,
    row,
    ...(col ? { column: col.column, header: col.header } : {}),
  });
  const problem = (place: FilePlace, why: string, lineId?: string) =>
    out.problems.push({ place, message: `${describePlace(place)}: ${why}`, ...(lineId ? { lineId } : {}) });

  const seen = new Map<string, number>();
  for (const row of file.rows) {
    if (row.lineId === '') {
      const made = newLineOf(row, file, input.codes, input.baseCurrency);
      if ('line' in made) out.newLines.push(made.line);
      else for (const p of made.problems) problem(at(row.row, p.col), p.why);
      continue;
    }
    const idCol = file.columns.lineId;
    const first = seen.get(row.lineId);
    if (first !== undefined) {
      problem(at(row.row, idCol), `Line ID ${row.lineId} is also on row ${first}; this row is not applied`, row.lineId);
      continue;
    }
    seen.set(row.lineId, row.row);
    const base = file.base.get(row.lineId);
    if (!base) {
      problem(
        at(row.row, idCol),
        `Line ID ${row.lineId} is not a line of this export; clear the Line ID to add the row as a new line`,
        row.lineId,
      );
      continue;
    }
    compareRow(row, base, lines.get(row.lineId), input, out, at, problem);
  }
  for (const [id] of file.base) {
    const line = lines.get(id);
    if (seen.has(id) || !line) continue;
    out.deletedLines.push({ lineId: id, label: line.label, currency: line.currency, total: sumMoney(line.amounts) });
  }
  return out;
}

function compareRow(
  row: FileRow,
  base: readonly Money[],
  line: WorkbookLine | undefined,
  input: DiffInput,
  out: Diff,
  at: (row: number, col?: { column: string; header: string } | null) => FilePlace,
  problem: (place: FilePlace, why: string, lineId?: string) => void,
): void {
  const { file } = input;
  if (!line) {
    // The line is gone with its currency: any decimals count, the comparison is exact.
    const edited = row.months.some((c, i) => {
      const a = cellAmount(c, 'its currency', Number.MAX_SAFE_INTEGER);
      return !('amount' in a) || a.amount !== base[i];
    });
    if (edited) {
      problem(
        at(row.row, file.columns.lineId),
        `line ${row.lineId} was deleted in Outlay since the export, so its edits are not applied`,
        row.lineId,
      );
    }
    return;
  }
  const amounts: Money[] = [];
  row.months.forEach((cell, i) => {
    const month = file.months[i]!;
    const place = at(row.row, file.monthColumns[i]);
    const parsed = cellAmount(cell, line.currency, line.minorUnits);
    if (!('amount' in parsed)) {
      problem(place, parsed.why, line.id);
      return;
    }
    amounts.push(parsed.amount);
    const excel = parsed.amount;
    const was = base[i] ?? '0';
    const outlay = line.amounts[i] ?? '0';
    if (excel === was || excel === outlay) return;
    if (inDriverSpan(line.driver, month)) {
      const d = line.driver!;
      problem(
        place,
        `line ${line.label} is costed from driver ${d.code} (${d.name}), so ${month} is computed and not changed from Excel; change the driver on the Drivers screen`,
        line.id,
      );
      return;
    }
    const key = `${line.id}|${month}`;
    const common = { key, lineId: line.id, label: line.label, month, currency: line.currency, place };
    if (outlay === was) out.changes.push({ ...common, from: outlay, to: excel });
    else out.conflicts.push({ ...common, base: was, excel, outlay });
  });
  const notes = [
    ...checkFields(row, line.texts, file),
    ...(amounts.length === row.months.length ? checkTotal(row, amounts, file, line.minorUnits) : []),
  ];
  for (const n of notes) problem(at(row.row, n.col), n.why, line.id);
}
