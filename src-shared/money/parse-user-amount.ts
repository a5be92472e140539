import { D } from './decimal';
import { MoneyParseError, toMoney, type Money } from './money';

export interface UserAmountOptions {
  /** The decimal separator the user types; the other of "." and "," is a thousands separator. */
  decimalSeparator?: '.' | ',';
}

/**
 * Parse an amount as a person types it or Excel copies it: "1,234.50", "(1,234.50)" for
 * negatives, "-12", "€ 1 234,50" with decimalSeparator ",", a trailing "-" as SAP writes it.
 * Returns null for an empty cell. Throws MoneyParseError for anything else ("abc", "1.2.3").
 */
export function parseUserAmount(input: string, opts: UserAmountOptions = {}): Money | null {
  const decimal = opts.decimalSeparator ?? '.';
  const thousands = decimal === '.' ? ',' : '.';
  let s = input.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$/g, '').replace(/^[$€£¥₹]\s*|\s*[$€£¥₹]$/g, '');
  if (s.startsWith('-')) {
    if (negative) throw new MoneyParseError(input, 'two minus signs');
    negative = true;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    if (negative) throw new MoneyParseError(input, 'two minus signs');
    negative = true;
    s = s.slice(0, -1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  s = s.replace(/^[$€£¥₹]\s*/, '');
  if (s === '') throw new MoneyParseError(input, 'no digits');
  const parts = s.split(decimal);
  if (parts.length > 2) throw new MoneyParseError(input, `more than one decimal separator "${decimal}"`);
  const [intPart = '', fracPart] = parts;
  const groupSep = thousands === '.' ? '\\.' : ',';
  const grouped = new RegExp(`^\\d{1,3}((${groupSep}|\\s|')\\d{3})+$`);
  let digits: string;
  if (/^\d+$/.test(intPart)) digits = intPart;
  else if (grouped.test(intPart)) digits = intPart.replace(/[^\d]/g, '');
  else if (intPart === '' && fracPart !== undefined) digits = '0';
  else throw new MoneyParseError(input, 'not a number');
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) throw new MoneyParseError(input, 'not a number');
  const text = fracPart === undefined ? digits : `${digits}.${fracPart}`;
  const value = new D(text);
  return toMoney(negative ? value.negated() : value);
}
