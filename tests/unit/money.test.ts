import { describe, expect, it } from 'vitest';
import { allocate, formatMoney, parseMoney, parseUserAmount, sumMoney, toMoney, D } from '../../src-shared/money';

describe('money', () => {
  it('keeps canonical strings exact where binary floats drift', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe('0.3');
    expect(toMoney(new D('1.50'))).toBe('1.5');
    expect(parseMoney(' -0012.300 ')).toBe('-12.3');
  });

  it('splits by largest remainder so the parts add up to the whole', () => {
    const parts = allocate('100', [1, 1, 1], 2);
    expect(parts).toEqual(['33.34', '33.33', '33.33']);
    expect(sumMoney(parts)).toBe('100');
    const neg = allocate('-0.05', [1, 1], 2);
    expect(sumMoney(neg)).toBe('-0.05');
    expect(allocate('10', [1, 1, 1], 0)).toEqual(['4', '3', '3']);
  });

  it('reads amounts as Excel copies them', () => {
    expect(parseUserAmount('1,234.50')).toBe('1234.5');
    expect(parseUserAmount('(1,234.50)')).toBe('-1234.5');
    expect(parseUserAmount('  ')).toBeNull();
    expect(parseUserAmount('1.234,5', { decimalSeparator: ',' })).toBe('1234.5');
    expect(() => parseUserAmount('abc')).toThrow(/not an amount/);
    expect(() => parseUserAmount('1.2.3')).toThrow(/more than one decimal separator/);
    expect(() => parseUserAmount('12,34')).toThrow(/not a number/);
  });

  it('formats negatives in parentheses with thousands separators', () => {
    expect(formatMoney('-1234567.891', 2)).toBe('(1,234,567.89)');
    expect(formatMoney('1000', 0)).toBe('1,000');
  });
});
