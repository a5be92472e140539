import type ExcelJS from 'exceljs';
import type { RawCell } from '../../engine/roundtrip/types';

type Value = ExcelJS.CellValue | undefined;

/** Column letters of a 1-based column number: 1 → "A", 28 → "AB". */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** True when the cell holds a formula (its own or a shared one). */
export function isFormula(v: Value): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/**
 * What a cell holds, as the import needs it. A formula counts as its cached result (what
 * Excel shows); numbers become the shortest text of the stored double, so 1234.5 stays
 * "1234.5" and no arithmetic touches it.
 */
export function rawCell(v: Value): RawCell {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { kind: 'number', text: String(v) } : { kind: 'bad', why: 'not a finite number' };
  }
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'blank' } : { kind: 'text', text: v.trim() };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'bad', why: 'it holds a date, not an amount' };
  if ('error' in v) return { kind: 'bad', why: `it shows the error ${v.error}` };
  if ('richText' in v) return rawCell(v.richText.map((t) => t.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: Value }).result;
    if (result === undefined) {
      return {
        kind: 'bad',
        why: 'its formula has no calculated value stored (open and save the file in Excel or LibreOffice first)',
      };
    }
    return rawCell(result);
  }
  if ('text' in v) return rawCell(v.text);
  return { kind: 'bad', why: 'it holds something that is not a value' };
}

/** The trimmed text of a cell for codes and descriptions ('' when blank; numbers as typed, "6100"). */
export function cellText(v: Value): string {
  const c = rawCell(v);
  return c.kind === 'number' || c.kind === 'text' ? c.text : '';
}
