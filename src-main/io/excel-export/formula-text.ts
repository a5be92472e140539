/**
 * Spreadsheet-injection safety: text that a spreadsheet program would read as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) must reach the user as the
 * text it is. In .xlsx such text is written as a string cell, never as a formula; in CSV,
 * which has no cell types, it gets the usual leading apostrophe.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take `text` for a formula if it were typed or read from CSV. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** `text` for a CSV field: prefixed with `'` when it starts like a formula, else unchanged. */
export function csvSafeText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * A text cell's value for exceljs: always a plain string (exceljs writes strings as string
 * cells and only `{ formula }` objects as formulas), so a description like
 * `=HYPERLINK(...)` stays text. Every text cell of an export goes through here so the rule
 * lives in one place.
 */
export function textCell(text: string): string {
  return text;
}
