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

/**
 * The FY total is a live formula over the months, which are the inputs: a value typed over
 * it, or a formula that no longer gives the months' sum, is reported and not applied.
 * `amounts` are the row's month amounts (all of them parsed).
 */
export function checkTotal(row: FileRow, amounts: readonly Money[], file: ExportedFile, minorUnits: number): RowNote[] {
  const total = row.total;
  if (!total || total.value.kind === 'blank') return [];
  // Excel's SUM skips numbers typed as text, which the import reads as amounts.
  if (total.formula && row.months.some((c) => c.kind === 'text')) return [];
  const sum = sumMoney(amounts);
  const shown = cellAmount(total.value, 'the currency', minorUnits);
  if ('amount' in shown && shown.amount === sum) return [];
  const text = total.value.kind === 'number' || total.value.kind === 'text' ? total.value.text : 'something else';
  const why = total.formula
    ? `the FY total formula was changed: it shows ${text} but the months add up to ${sum}`
    : `the FY total formula was overwritten with ${text}; the months add up to ${sum}`;
  return [
    {
      col: file.totalColumn,
      why: `${why}. The months are the inputs, so the total is not applied; change the month cells instead`,
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
