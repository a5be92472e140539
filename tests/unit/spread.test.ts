import { describe, expect, it } from 'vitest';
import { growFromPrevious, spreadByProfile, spreadEven, sumMoney } from '../../src-shared/money';

describe('spreading an annual amount over months', () => {
  it('spreads evenly with the remainder on the first months, adding up exactly', () => {
    const parts = spreadEven('100', 12, 2);
    expect(parts.slice(0, 4)).toEqual(['8.34', '8.34', '8.34', '8.34']);
    expect(parts.slice(4)).toEqual(Array(8).fill('8.33'));
    expect(sumMoney(parts)).toBe('100');
  });

  it('adds up exactly for awkward amounts, negatives and whole-unit currencies', () => {
    for (const [annual, minor] of [
      ['0.01', 2],
      ['-1234.57', 2],
      ['1000001', 0],
      ['99.999', 3],
      ['0', 2],
    ] as const) {
      expect(sumMoney(spreadEven(annual, 12, minor)), annual).toBe(annual);
    }
    expect(spreadEven('10', 12, 0).every((p) => /^\d+$/.test(p))).toBe(true);
  });

  it('follows a seasonal profile given as percentages', () => {
    const weights = ['5', '5', '5', '10', '10', '10', '5', '5', '5', '10', '10', '20'];
    const parts = spreadByProfile('12000', weights, 2);
    expect(parts[0]).toBe('600');
    expect(parts[11]).toBe('2400');
    expect(sumMoney(parts)).toBe('12000');
    expect(sumMoney(spreadByProfile('1000.01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2))).toBe('1000.01');
  });

  it('refuses weights that are negative or all zero', () => {
    expect(() => spreadByProfile('100', [-1, ...Array(11).fill(1)], 2)).toThrow(/negative/);
    expect(() => spreadByProfile('100', Array(12).fill(0), 2)).toThrow(/zero/);
  });

  it('grows last year month by month and rounds so the months add up to the grown total', () => {
    const previous = ['100', '33.33', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0.01'];
    const grown = growFromPrevious(previous, '3.5', 2);
    expect(sumMoney(grown)).toBe('138.01');
    expect(grown[0]).toBe('103.5');
    expect(growFromPrevious(previous, -100, 2)).toEqual(Array(12).fill('0'));
    expect(sumMoney(growFromPrevious(Array(12).fill('0.1'), '10', 2))).toBe('1.32');
  });
});
