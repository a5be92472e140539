import { describe, expect, it } from 'vitest';
import { toLineRow, type LineRow } from '../../src-renderer/features/budget/budget-rows';
import { GroupTotals, noneTouched } from '../../src-renderer/features/budget/group-totals';
import { sumMoney } from '../../src-shared/money';
import type { BudgetGridLine } from '../../src-shared/model';

const line = (id: string, cc: string, amounts: string[], currency = 'EUR'): BudgetGridLine => {
  const twelve = Array.from({ length: 12 }, (_, i) => amounts[i] ?? '0');
  return {
    id,
    scenarioId: 'S',
    costCenterId: cc,
    serviceId: 'SV',
    accountId: 'AC',
    vendorId: null,
    currency,
    expenseType: 'OpEx',
    description: id,
    amounts: twelve,
    total: sumMoney(twelve),
  };
};

/** Group rows by cost center in order of appearance, as postSortRows hands them over. */
const byCostCenter = (rows: LineRow[]) => {
  const m = new Map<string, LineRow[]>();
  for (const r of rows) m.set(r.costCenterId, [...(m.get(r.costCenterId) ?? []), r]);
  return m;
};

const withMonth = (row: LineRow, i: number, amount: string) => {
  const amounts = [...row.line.amounts];
  amounts[i] = amount;
  return toLineRow({ ...row.line, amounts, total: sumMoney(amounts) });
};

describe('group totals', () => {
  const a = toLineRow(line('a', 'CC1', ['0.1', '5']));
  const b = toLineRow(line('b', 'CC1', ['0.2']));
  const c = toLineRow(line('c', 'CC2', ['7']));
  const usd = toLineRow(line('u', 'CC1', ['100'], 'USD'));

  it('add the base-currency lines of each cost center and give each currency its own grand total', () => {
    const t = GroupTotals.of(byCostCenter([a, b, c, usd]), 'EUR');
    expect(t.groups.get('CC1')!.slice(0, 2)).toEqual(['0.3', '5']);
    expect(t.groups.get('CC1')![12]).toBe('5.3');
    expect(t.foreign.get('CC1')).toBe(1);
    expect(t.grand.get('EUR')![12]).toBe('12.3');
    expect(t.grand.get('USD')![12]).toBe('100');
  });

  it('move a subtotal and the grand total by new minus old when one amount is edited, exactly', () => {
    const t = GroupTotals.of(byCostCenter([a, b, c]), 'EUR');
    const touched = noneTouched();
    t.replace(b, withMonth(b, 0, '0.35'), touched);
    expect(t.groups.get('CC1')![0]).toBe('0.45');
    expect(t.groups.get('CC1')![12]).toBe('5.45');
    expect(t.grand.get('EUR')![0]).toBe('7.45');
    expect(t.groups.get('CC2')![0]).toBe('7');
    expect([...touched.costCenters]).toEqual(['CC1']);
    expect([...touched.currencies]).toEqual(['EUR']);
    expect([...touched.columns].sort((x, y) => x - y)).toEqual([0, 12]);
  });

  it('give the same sums after a series of edits as summing the edited lines afresh', () => {
    let rows = [a, b, c, usd];
    const t = GroupTotals.of(byCostCenter(rows), 'EUR');
    const edits: [number, number, string][] = [
      [0, 3, '12.34'],
      [1, 0, '-0.2'],
      [2, 11, '0.01'],
      [3, 5, '9.99'],
      [0, 3, '0'],
    ];
    for (const [r, m, v] of edits) {
      const next = withMonth(rows[r]!, m, v);
      t.replace(rows[r]!, next, noneTouched());
      rows = rows.map((x, i) => (i === r ? next : x));
    }
    const fresh = GroupTotals.of(byCostCenter(rows), 'EUR');
    expect(t.groups).toEqual(fresh.groups);
    expect(t.grand).toEqual(fresh.grand);
  });

  it('leave the sums alone for a line that the filters left out', () => {
    const t = GroupTotals.of(byCostCenter([a, c]), 'EUR');
    const touched = noneTouched();
    t.replace(b, withMonth(b, 0, '99'), touched);
    expect(t.counts('b')).toBe(false);
    expect(t.groups.get('CC1')![0]).toBe('0.1');
    expect(touched.columns.size).toBe(0);
  });

  it('move only the grand total of its own currency for a line in another currency', () => {
    const t = GroupTotals.of(byCostCenter([a, usd]), 'EUR');
    t.replace(usd, withMonth(usd, 0, '150'), noneTouched());
    expect(t.grand.get('USD')![0]).toBe('150');
    expect(t.groups.get('CC1')![0]).toBe('0.1');
    expect(t.grand.get('EUR')![0]).toBe('0.1');
  });
});
