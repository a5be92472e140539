import { describe, expect, it } from 'vitest';
import { arrangeGroups } from '../../src-shared/budget/group-rows';

type Row = { id: string; cc: string; sub?: true };
const arrange = (rows: Row[]) =>
  arrangeGroups(
    rows,
    (r) => r.cc,
    (r) => r.sub === true,
  ).ordered.map((r) => r.id);

describe('arrangeGroups', () => {
  it('puts each subtotal after the last row of its group', () => {
    const rows: Row[] = [
      { id: 'S-A', cc: 'A', sub: true },
      { id: 'S-B', cc: 'B', sub: true },
      { id: 'a1', cc: 'A' },
      { id: 'b1', cc: 'B' },
      { id: 'a2', cc: 'A' },
    ];
    expect(arrange(rows)).toEqual(['a1', 'a2', 'S-A', 'b1', 'S-B']);
  });

  it('orders groups by their first row so a sort still reads top to bottom', () => {
    const sortedByAmountDesc: Row[] = [
      { id: 'b1', cc: 'B' },
      { id: 'a1', cc: 'A' },
      { id: 'S-A', cc: 'A', sub: true },
      { id: 'b2', cc: 'B' },
      { id: 'S-B', cc: 'B', sub: true },
    ];
    expect(arrange(sortedByAmountDesc)).toEqual(['b1', 'b2', 'S-B', 'a1', 'S-A']);
  });

  it('drops the subtotal of a group whose rows were all filtered out', () => {
    const rows: Row[] = [
      { id: 'S-A', cc: 'A', sub: true },
      { id: 'S-B', cc: 'B', sub: true },
      { id: 'b1', cc: 'B' },
    ];
    expect(arrange(rows)).toEqual(['b1', 'S-B']);
  });

  it('returns the members of each group for the subtotal sums', () => {
    const { groups } = arrangeGroups<Row>(
      [
        { id: 'a1', cc: 'A' },
        { id: 'S-A', cc: 'A', sub: true },
        { id: 'a2', cc: 'A' },
      ],
      (r) => r.cc,
      (r) => r.sub === true,
    );
    expect(groups.get('A')?.map((r) => r.id)).toEqual(['a1', 'a2']);
  });
});
