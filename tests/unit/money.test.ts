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

describe('allocate on exact remainders', () => {
  it('gives the extra cent to the earliest of parts whose remainders tie exactly', () => {
    // 2 units over weights 1:1:1 leave equal remainders 2/3 for every part: the first two win.
    expect(allocate('0.02', [1, 1, 1], 2)).toEqual(['0.01', '0.01', '0']);
    // Parts 0 and 3 tie on remainder (163 and 8 leave the same remainder mod 1271); part 0 wins.
    const parts = allocate('8866649217712.99', [163, 351, 117, 8, 232, 286, 114], 2);
    expect([parts[0], parts[3]]).toEqual(['1137107649478.54', '55808964391.58']);
    expect(sumMoney(parts)).toBe('8866649217712.99');
  });

  it('splits by decimal weights exactly', () => {
    expect(allocate('100', ['0.5', '0.25', '0.25'], 2)).toEqual(['50', '25', '25']);
    expect(allocate('-10', ['1.5', '1.5', 0], 0)).toEqual(['-5', '-5', '0']);
  });
});
