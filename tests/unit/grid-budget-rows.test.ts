import { describe, expect, it } from 'vitest';
import {
  applyLinesChanged,
  grandRows,
  mergeLines,
  subtotalRows,
  toLineRow,
} from '../../src-renderer/features/budget/budget-rows';
import type { BudgetGridLine } from '../../src-shared/model';

const line = (id: string, cc: string, amounts: string[], currency = 'EUR'): BudgetGridLine => ({
  id,
  scenarioId: 'S',
  costCenterId: cc,
  serviceId: 'SV',
  accountId: 'AC',
  vendorId: null,
  currency,
  expenseType: 'OpEx',
  description: id,
  amounts,
  total: String(amounts.reduce((a, b) => a + Number(b), 0)),
});

describe('budget grid rows', () => {
  it('keep the same row object for an unchanged line after a reload, so the grid skips it', () => {
    const a = toLineRow(line('a', 'CC1', ['1', '2']));
    const b = toLineRow(line('b', 'CC1', ['3', '4']));
    const previous = new Map([a, b].map((r) => [r.id, r]));
    const [a2, b2] = mergeLines(previous, [line('a', 'CC1', ['1', '2']), line('b', 'CC1', ['3', '5'])]);
    expect(a2).toBe(a);
    expect(b2).not.toBe(b);
    expect(b2!.values).toEqual(['3', '5', '8']);
  });

  it('apply a command result: changed lines replaced, new ones appended, removed ones dropped', () => {
    const rows = ['a', 'b', 'c'].map((id) => toLineRow(line(id, 'CC1', ['1'])));
    const out = applyLinesChanged(rows, {
      lines: [line('b', 'CC1', ['9']), line('d', 'CC2', ['4'])],
      removedIds: ['c'],
    });
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(out[0]).toBe(rows[0]);
    expect(out[1]!.values).toEqual(['9', '9']);
  });

  it('give one subtotal row per cost center, the same object every time', () => {
    const rows = [line('a', 'CC1', ['1']), line('b', 'CC2', ['1']), line('c', 'CC1', ['1'])].map(toLineRow);
    const first = subtotalRows(rows);
    expect(first.map((s) => s.id)).toEqual(['subtotal:CC1', 'subtotal:CC2']);
    expect(subtotalRows(rows)[0]).toBe(first[0]);
  });

  it('give a grand total per currency, the base currency first, then their sum in the base currency', () => {
    const rows = [line('a', 'CC1', ['1'], 'USD'), line('b', 'CC1', ['1']), line('c', 'CC1', ['1'], 'GBP')].map(
      toLineRow,
    );
    expect(grandRows(rows, 'EUR').map((g) => [g.id, g.currency])).toEqual([
      ['grand-total', 'EUR'],
      ['grand-total:GBP', 'GBP'],
      ['grand-total:USD', 'USD'],
      ['base-total', 'EUR'],
    ]);
  });

  it('add no base-currency total when every line is in the base currency', () => {
    const rows = [line('a', 'CC1', ['1']), line('b', 'CC2', ['2'])].map(toLineRow);
    expect(grandRows(rows, 'EUR').map((g) => g.id)).toEqual(['grand-total']);
  });
});
