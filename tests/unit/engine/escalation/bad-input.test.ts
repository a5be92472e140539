import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { escalateContract, type ContractTerms } from '../../../../src-main/engine/escalation';

const ok: ContractTerms = {
  id: 'C-9',
  baseAmount: '100',
  billing: 'monthly',
  start: '2026-07-01',
  end: '2027-06-30',
  escalation: { kind: 'none' },
};

describe('contracts with bad input', () => {
  it.each<[string, Partial<ContractTerms>, string]>([
    ['a service period ending before it starts', { end: '2026-06-30' }, 'end'],
    ['a start that is not a date', { start: '2026-02-30' }, 'start'],
    ['a negative base amount', { baseAmount: '-5' }, 'baseAmount'],
    ['a base amount that is not a decimal string', { baseAmount: '1,000' }, 'baseAmount'],
    ['an unknown billing frequency', { billing: 'weekly' as 'monthly' }, 'billing'],
    [
      'a percentage that is not a number',
      { escalation: { kind: 'annual-percent', percent: 'four' } },
      'escalation.percent',
    ],
    ['a decrease of 100% or more', { escalation: { kind: 'annual-percent', percent: '-100' } }, 'escalation.percent'],
    [
      'a floor above the cap',
      { escalation: { kind: 'index', values: {}, capPercent: '3', floorPercent: '4' } },
      'escalation.floorPercent',
    ],
    [
      'a missing index value',
      { end: '2027-07-31', escalation: { kind: 'index', values: { 2025: '100' } } },
      'escalation.values.2026',
    ],
    ['an index value of zero', { escalation: { kind: 'index', values: { 2025: '0' } } }, 'escalation.values.2025'],
    [
      'a step before the start',
      { escalation: { kind: 'steps', steps: [{ date: '2026-01-01', change: { type: 'percent', percent: '1' } }] } },
      'escalation.steps[0].date',
    ],
    [
      'a step that takes the price below zero',
      { escalation: { kind: 'steps', steps: [{ date: '2026-09-01', change: { type: 'absolute', amount: '-101' } }] } },
      'escalation.steps[0].amount',
    ],
    ['an auto-renewal without a term', { renewal: { autoRenew: true } }, 'renewal.renewalTermMonths'],
  ])('rejects %s, naming the contract and the field', (_what, change, field) => {
    const run = () => escalateContract({ ...ok, ...change }, { minorUnits: 2, horizon: '2030-12-31' });
    expect(run).toThrow(EngineInputError);
    expect(run).toThrow(expect.objectContaining({ item: 'C-9', field }));
    expect(run).toThrow(/^Contract C-9/);
  });
});
