import { describe, expect, it } from 'vitest';
import {
  doubleCounts,
  mergeCommitted,
  refusalMessage,
  toCommittedRow,
} from '../../src-renderer/features/budget/committed-rows';
import { toLineRow } from '../../src-renderer/features/budget/budget-rows';
import type { BudgetGridLine, CommittedRow } from '../../src-shared/model';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
const zeros = () => MONTHS.map(() => '0');

const committed = (over: Partial<CommittedRow>): CommittedRow => ({
  key: `contract:${over.sourceId ?? 'c1'}`,
  source: 'contract',
  sourceId: 'c1',
  code: 'C-014',
  name: 'Storage support',
  costCenterId: 'CC1',
  serviceId: 'SV1',
  accountId: 'AC1',
  vendorId: 'V1',
  currency: 'EUR',
  expenseType: 'OpEx',
  amounts: zeros(),
  total: '0',
  explanation: 'Contract C-014, annual in advance, +3 %/yr; accrual by days',
  ...over,
});

const manual = (id: string, vendorId: string | null, serviceId = 'SV1'): BudgetGridLine => ({
  id,
  scenarioId: 'S',
  costCenterId: 'CC1',
  serviceId,
  accountId: 'AC9',
  vendorId,
  currency: 'EUR',
  expenseType: 'OpEx',
  description: id,
  amounts: zeros(),
  total: '0',
});

describe('committed rows in the budget grid', () => {
  it('become read-only lines keyed apart from manual lines, grouped under no cost center when they have none', () => {
    const row = toCommittedRow(committed({ costCenterId: null, vendorId: null }), 'S');
    expect(row).toMatchObject({ kind: 'line', id: 'committed:contract:c1', costCenterId: '' });
    expect(row.line).toMatchObject({ description: 'C-014 Storage support', vendorId: null, serviceId: 'SV1' });
    expect(row.committed).toMatchObject({ source: 'contract', code: 'C-014' });
    expect(row.values).toHaveLength(13);
  });

  it('keep the object of a row whose amounts did not move when the view switches, and replace the others', () => {
    const a = committed({ sourceId: 'a', key: 'contract:a', amounts: MONTHS.map(() => '10'), total: '120' });
    const b = committed({ sourceId: 'b', key: 'contract:b', amounts: MONTHS.map(() => '5'), total: '60' });
    const first = mergeCommitted([], [a, b], 'S');
    const prepaid = { ...b, amounts: ['60', ...MONTHS.slice(1).map(() => '0')], total: '60' };
    const second = mergeCommitted(first, [a, prepaid], 'S');
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.values[0]).toBe('60');
  });

  it('say where a refused edit belongs: the Contracts or Assets screen', () => {
    expect(refusalMessage(toCommittedRow(committed({}), 'S'))).toMatch(
      /^From contract C-014 — edit it on the Contracts screen\./,
    );
    const asset = committed({ source: 'asset', key: 'asset:a1', sourceId: 'a1', code: 'FA-1' });
    expect(refusalMessage(toCommittedRow(asset, 'S'))).toMatch(/^From asset FA-1 — edit it on the Assets screen\./);
  });

  it('flag a manual line with the cost center, service and vendor of a contract as a possible double count', () => {
    const lines = [
      manual('same', 'V1'),
      manual('other-vendor', 'V2'),
      manual('no-vendor', null),
      manual('svc', 'V1', 'SV2'),
    ];
    const rows = [toCommittedRow(committed({}), 'S')];
    const w = doubleCounts(lines.map(toLineRow), rows, MONTHS);
    expect([...w.keys()]).toEqual(['same']);
    expect(w.get('same')).toMatch(/^Possible double count with contract C-014/);
  });

  it('flag a line against an asset only when the asset is bought in the year shown', () => {
    const lines = [manual('laptops', 'V1')].map(toLineRow);
    const asset = (date: string) =>
      toCommittedRow(
        committed({ source: 'asset', key: 'asset:a', sourceId: 'a', code: 'FA-7', inServiceDate: date }),
        'S',
      );
    expect(doubleCounts(lines, [asset('2025-06-10')], MONTHS).size).toBe(0);
    expect(doubleCounts(lines, [asset('2027-06-10')], MONTHS).get('laptops')).toContain('asset FA-7');
  });
});
