import { describe, expect, it } from 'vitest';
import { toLineRow } from '../../src-renderer/features/budget/budget-rows';
import { diffRows, onlyAmountsDiffer } from '../../src-renderer/features/budget/row-diff';
import type { BudgetGridLine } from '../../src-shared/model';

const line = (id: string, patch: Partial<BudgetGridLine> = {}): BudgetGridLine => ({
  id,
  scenarioId: 'S',
  costCenterId: 'CC1',
  serviceId: 'SV',
  accountId: 'AC',
  vendorId: null,
  currency: 'EUR',
  expenseType: 'OpEx',
  description: id,
  amounts: ['1', '2'],
  total: '3',
  ...patch,
});

describe('row diff', () => {
  it('finds added, removed and replaced rows by id and object identity, ignoring untouched rows', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => toLineRow(line(id)));
    const b2 = toLineRow(line('b', { amounts: ['1', '5'], total: '6' }));
    const d = toLineRow(line('d'));
    const diff = diffRows([a!, b!, c!], [a!, b2, d]);
    expect(diff.add).toEqual([d]);
    expect(diff.remove).toEqual([c]);
    expect(diff.update).toEqual([[b, b2]]);
  });

  it('finds nothing when the rows are the same objects', () => {
    const rows = ['a', 'b'].map((id) => toLineRow(line(id)));
    expect(diffRows(rows, [...rows])).toEqual({ add: [], remove: [], update: [] });
  });

  it('tells an edit of amounts from a change that can move the line to another group, filter or sort place', () => {
    const base = line('a');
    expect(onlyAmountsDiffer(base, line('a', { amounts: ['9', '2'], total: '11' }))).toBe(true);
    expect(onlyAmountsDiffer(base, line('a', { costCenterId: 'CC2' }))).toBe(false);
    expect(onlyAmountsDiffer(base, line('a', { currency: 'USD' }))).toBe(false);
    expect(onlyAmountsDiffer(base, line('a', { description: 'Renamed' }))).toBe(false);
    expect(onlyAmountsDiffer(base, line('a', { vendorId: 'V1' }))).toBe(false);
  });
});
