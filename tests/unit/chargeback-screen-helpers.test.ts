import { describe, expect, it } from 'vitest';
import { describeRuleSources } from '../../src-main/services/chargeback-sources';
import { parseResolution } from '../../src-renderer/features/chargeback/resolution-form';

describe('dispute resolution form', () => {
  const draft = { kind: 'credit' as const, amount: '1,250.50', toDepartmentId: '', note: ' ' };

  it('reads a typed credit amount exactly and drops an empty note', () => {
    expect(parseResolution(draft)).toEqual({ ok: true, value: { kind: 'credit', amount: '1250.5' } });
  });

  it('refuses a zero, negative or unreadable amount at the amount field', () => {
    for (const amount of ['0', '-5', 'abc', ''])
      expect(parseResolution({ ...draft, amount })).toMatchObject({ ok: false, field: 'amount' });
  });

  it('needs the receiving unit for a move or re-tag, and a reason for a rejection', () => {
    expect(parseResolution({ ...draft, kind: 'move' })).toMatchObject({ ok: false, field: 'toDepartmentId' });
    expect(parseResolution({ ...draft, kind: 'retag', amount: '3', toDepartmentId: 'd2' })).toEqual({
      ok: true,
      value: { kind: 'retag', quantity: '3', toDepartmentId: 'd2' },
    });
    expect(parseResolution({ ...draft, kind: 'reject' })).toMatchObject({ ok: false, field: 'note' });
  });
});

describe('rule source names on invoice lines', () => {
  it('names pools, matched dims, untagged keys and nodes, and falls back to the rule id', () => {
    const name = describeRuleSources(
      JSON.stringify({
        rules: [
          { id: 'a', source: { kind: 'pool', pool: 'network' } },
          { id: 'b', source: { kind: 'match', dims: { service: 'EC2', account: '123' } } },
          { id: 'c', source: { kind: 'untagged', key: 'tag:team' } },
          { id: 'd', source: { kind: 'node', node: 'svc:DESK' } },
        ],
      }),
    );
    expect(['a', 'b', 'c', 'd', 'zz'].map(name)).toEqual([
      'network',
      'service=EC2, account=123',
      'untagged tag:team',
      'svc:DESK',
      'zz',
    ]);
    expect(describeRuleSources('not json')('r1')).toBe('r1');
  });
});
