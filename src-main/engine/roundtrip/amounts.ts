import { D, MoneyParseError, parseUserAmount, toMoney, type Money } from '../../../src-shared/money';
import type { RawCell } from './types';

/**
 * The exact amount of a month cell in a currency with `minorUnits` decimals, or why it is not
 * one. A blank cell is "0". A number is taken from its shortest text (1234.5 → "1234.5") and
 * never rounded: a value finer than the currency allows (0.1 + 0.2 in a formula gives
 * 0.30000000000000004) is reported, not guessed at.
 */
export function cellAmount(cell: RawCell, currency: string, minorUnits: number): { amount: Money } | { why: string } {
  let text: string;
  switch (cell.kind) {
    case 'blank':
      return { amount: '0' };
    case 'bad':
      return { why: cell.why };
    case 'number':
      text = cell.text;
      break;
    case 'text':
      try {
        text = parseUserAmount(cell.text) ?? '0';
      } catch (e) {
        if (e instanceof MoneyParseError) return { why: `"${cell.text}" is not an amount` };
        throw e;
      }
  }
  const value = new D(text);
  if (value.decimalPlaces() > minorUnits) {
    return {
      why: `${cell.kind === 'text' ? cell.text : text} has more decimals than ${currency} allows (${minorUnits})`,
    };
  }
  return { amount: toMoney(value) };
}
