import { describe, expect, it } from 'vitest';
import { parseDriverPaste } from '../../src-shared/drivers/driver-paste';

describe('pasting driver values', () => {
  it('reads one column as consecutive months from the first, with a decimal comma and thousands dots', () => {
    const p = parseDriverPaste('1.234,5\r\n1.240\r\n\r\n1.251,25\r\n', '2026-11');
    expect(p.decimalSeparator).toBe(',');
    expect(p.values).toEqual([
      { month: '2026-11', value: '1234.5' },
      { month: '2026-12', value: '1240' },
      { month: '2027-02', value: '1251.25' },
    ]);
    expect(p.problems).toEqual([]);
  });

  it('reads month and value columns, skipping a header row', () => {
    const p = parseDriverPaste('Month\tUsers\nJul 2026\t2,010.5\n2026-08\t2020\n', '2000-01');
    expect(p.values).toEqual([
      { month: '2026-07', value: '2010.5' },
      { month: '2026-08', value: '2020' },
    ]);
  });

  it('reports unreadable cells with their row, column and why', () => {
    const p = parseDriverPaste('2026-07\tabc\nsoon\t5\n2026-09\t-3', '2026-01');
    expect(p.values).toEqual([]);
    expect(p.problems.map((x) => [x.row, x.column, x.text])).toEqual([
      [1, 2, 'abc'],
      [2, 1, 'soon'],
      [3, 2, '-3'],
    ]);
    expect(p.problems[2]!.why).toMatch(/negative/);
  });
});
