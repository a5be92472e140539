/** Cell addresses, number formats and money-to-cell conversion shared by the export sheets. */
import type { Cell, Style } from 'exceljs';
import { D, roundMoney, type Dec, type Money } from '../../../src-shared/money';

/** The column letters of a 1-based column number: 1 → A, 28 → AB. */
export function colLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** An absolute column range: `$H$9:$H$120`. */
export function absRange(col: number, first: number, last: number): string {
  const c = colLetter(col);
  return `$${c}$${first}:$${c}$${last}`;
}

/** A sheet name quoted for a formula reference: `'FX rates'`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The number format of an amount in `currency`: thousands separators, the currency's minor
 * units, negatives in parentheses, the currency code in front so mixed-currency columns
 * cannot be misread.
 */
export function moneyFormat(currency: string, minorUnits: number): string {
  const digits = minorUnits > 0 ? `.${'0'.repeat(minorUnits)}` : '';
  return `"${currency} "#,##0${digits}_);("${currency} "#,##0${digits})`;
}

/** Format of FX rates: up to 10 significant decimals. */
export const RATE_FORMAT = '0.##########';

/**
 * An exact money string as the number a cell holds. Amounts have at most the currency's minor
 * units, so the nearest double displays and recalculates as the same decimal.
 */
export function cellNumber(m: Money | Dec): number {
  return Number(typeof m === 'string' ? m : m.toFixed());
}

/**
 * A rate as written into a rate cell (15 significant digits, what a double keeps), so
 * Outlay's cached values are computed with exactly the rate Excel recalculates with.
 */
export function cellRate(rate: Dec): Dec {
  return new D(rate.toSignificantDigits(15).toFixed());
}

/** `amount × rate`, rounded half away from zero to `minorUnits` like Excel's ROUND. */
export function convertLikeExcel(amount: Money, rate: Dec, minorUnits: number): Money {
  return roundMoney(new D(amount).times(rate), minorUnits, 'HALF_UP');
}

const styles = new Map<string, Partial<Style>>();

/** The style of plain cells (text, codes, ids), shared for the reason given at styleOf. */
export const PLAIN_STYLE: Partial<Style> = Object.freeze({});

/**
 * One shared style object per number format (and emphasis): the streaming writer recognises
 * a style object it has seen, which saves re-registering it for every cell. Never mutate the
 * result (e.g. through `cell.font = …`); ask for the emphasis instead.
 */
export function styleOf(numFmt: string, emphasis: 'none' | 'total' = 'none'): Partial<Style> {
  const key = `${emphasis}|${numFmt}`;
  let style = styles.get(key);
  if (!style) {
    style =
      emphasis === 'total'
        ? { numFmt, font: { bold: true }, border: { top: { style: 'thin' }, bottom: { style: 'double' } } }
        : { numFmt };
    styles.set(key, style);
  }
  return style;
}

/** Set a plain (unformatted) cell's value with the shared plain style. */
export function plain(cell: Cell, value: string): void {
  cell.value = value;
  cell.style = PLAIN_STYLE;
}
