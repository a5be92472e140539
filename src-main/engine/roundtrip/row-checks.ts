import { sumMoney, type Money } from '../../../src-shared/money';
import { cellAmount } from './amounts';
import type { ColumnPlace, ExportedFile, FileRow } from './types';

/** An exported line's non-amount fields as the export wrote them (codes, not ids). */
export interface LineTexts {
  costCenter: string;
  service: string;
  account: string;
  vendor: string;
  description: string;
  expenseType: string;
  currency: string;
}

export interface RowNote {
  col: ColumnPlace | null | undefined;
  why: string;
}

/** `SUM(I9:T9)`: a sum over cells of one row (`$` allowed), as exported and as Excel keeps it. */
const ROW_SUM = /^SUM\(\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)\)$/i;

/**
 * The FY total is a live formula over the months, which are the inputs: a value typed over
 * it (other than the months' sum), or a formula that is no longer the row's SUM, is reported
 * and not applied. The formula text is compared, not its cached value, so a file saved by a
 * tool that does not recalculate raises no false alarm. `amounts` are the row's months.
 */
export function checkTotal(row: FileRow, amounts: readonly Money[], file: ExportedFile, minorUnits: number): RowNote[] {
  const total = row.total;
  if (!total) return [];
  const sum = sumMoney(amounts);
  let why: string | null = null;
  if (total.formula !== null) {
    const m = ROW_SUM.exec(total.formula.replace(/\s+/g, ''));
    const sameRow = m !== null && Number(m[1]) === row.row && Number(m[2]) === row.row;
    if (!sameRow) why = `the FY total formula was changed to =${total.formula}`;
  } else if (total.value.kind !== 'blank') {
    const shown = cellAmount(total.value, 'the currency', minorUnits);
    if (!('amount' in shown) || shown.amount !== sum) {
      const text = total.value.kind === 'number' || total.value.kind === 'text' ? total.value.text : 'something else';
      why = `the FY total formula was overwritten with ${text}`;
    }
  }
  if (why === null) return [];
  return [
    {
      col: file.totalColumn,
      why: `${why}; the months are the inputs (they add up to ${sum}), so the total is not applied. Change the month cells instead`,
    },
  ];
}

const FIELD_NAMES: Record<keyof LineTexts, string> = {
  costCenter: 'cost center',
  service: 'service',
  account: 'account',
  vendor: 'vendor',
  description: 'description',
  expenseType: 'CapEx/OpEx',
  currency: 'currency',
};

/**
 * An exported line's codes or description differing from Outlay's are not imported (only
 * month amounts are): each difference is reported so an edit is not lost silently. Columns the file no longer has are
 * not compared.
 */
export function checkFields(row: FileRow, line: LineTexts, file: ExportedFile): RowNote[] {
  const notes: RowNote[] = [];
  for (const key of Object.keys(FIELD_NAMES) as (keyof LineTexts)[]) {
    const col = file.columns[key];
    if (!col) continue;
    const was = line[key].trim();
    const now = row[key];
    if (now.toLowerCase() === was.toLowerCase()) continue;
    notes.push({
      col,
      why: `the ${FIELD_NAMES[key]} is "${now}" here but "${was}" in Outlay; only month amounts are imported, so it stays "${was}" (change it in Outlay)`,
    });
  }
  return notes;
}
