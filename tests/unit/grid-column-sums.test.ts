import { describe, expect, it } from 'vitest';
import { moneyToScaled, scaledToMoney, sumColumns } from '../../src-shared/budget/column-sums';
import { sumMoney } from '../../src-shared/money';

describe('sumColumns', () => {
  it('adds money columns exactly where binary floats drift', () => {
    expect(
      sumColumns(
        [
          ['0.1', '1'],
          ['0.2', '-3.5'],
        ],
        2,
      ),
    ).toEqual(['0.3', '-2.5']);
  });

  it('mixes rows with different numbers of fraction digits', () => {
    expect(sumColumns([['1.005'], ['2'], ['-0.5']], 1)).toEqual(['2.505']);
  });

  it('gives zeros for no rows and treats missing cells as zero', () => {
    expect(sumColumns([], 3)).toEqual(['0', '0', '0']);
    expect(sumColumns([['1']], 2)).toEqual(['1', '0']);
  });

  it('agrees with decimal addition on many amounts', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [String(((i * 7919) % 100003) / 100), `-${i}.07`]);
    const sums = sumColumns(rows, 2);
    expect(sums[0]).toBe(sumMoney(rows.map((r) => r[0]!)));
    expect(sums[1]).toBe(sumMoney(rows.map((r) => r[1]!)));
  });

  it('converts between money strings and scaled integers canonically', () => {
    expect(moneyToScaled('-12.5', 2)).toBe(-1250n);
    expect(scaledToMoney(-1250n, 2)).toBe('-12.5');
    expect(scaledToMoney(5n, 3)).toBe('0.005');
    expect(scaledToMoney(0n, 2)).toBe('0');
  });
});
