import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../src-renderer/api/client';
import { contractDraft, contractInput, newContractDraft } from '../../src-renderer/features/contracts/contract-draft';
import { costItemDraft, costItemInput, newCostItemDraft } from '../../src-renderer/features/contracts/cost-item-draft';
import { normalizeField } from '../../src-renderer/features/contracts/draft-parse';
import {
  escalationDraft,
  escalationSpec,
  parseIndexLines,
} from '../../src-renderer/features/contracts/escalation-draft';
import { errorAt, messageAtField, refusalErrors } from '../../src-renderer/features/contracts/form-errors';
import type { Contract, CostItemRecord } from '../../src-shared/model';

const contract: Contract = {
  id: 'c1',
  code: 'CTR-2001',
  name: 'Colocation',
  description: 'Cage and power',
  currency: 'EUR',
  expenseType: 'OpEx',
  baseAmount: '25900.5',
  billing: 'monthly',
  start: '2026-01-01',
  end: '2028-12-31',
  escalation: {
    kind: 'index',
    indexName: 'HICP',
    values: { '2026': '127.4', '2025': '123.9' },
    lagYears: 1,
    capPercent: '5',
    floorPercent: '1',
  },
  renewal: { autoRenew: true, noticeMonths: 3, renewalTermMonths: 12 },
  paymentTerms: 'net 30',
  invoiceTiming: 'advance',
  prepaid: false,
  costCenterId: 'cc1',
  serviceId: null,
  accountId: null,
  vendorId: 'v1',
};

describe('contract dialog drafts', () => {
  it('turns a stored contract into a draft and back without changing a term', () => {
    const d = contractDraft(contract, 2);
    expect(d.baseAmount).toBe('25,900.50');
    expect(d.escalation.valuesText).toBe('2025 = 123.9\n2026 = 127.4');
    const { input, errors } = contractInput(d);
    expect(errors).toEqual({});
    const { id: _id, ...rest } = contract;
    expect(input).toEqual({ id: 'c1', ...rest });
  });

  it('starts a new contract on the first of next month for three years, without renewal terms', () => {
    const d = newContractDraft('GBP', '2026-11-17');
    expect([d.start, d.end, d.currency]).toEqual(['2026-12-01', '2029-11-30', 'GBP']);
    const { input, errors } = contractInput({ ...d, code: 'X', name: 'N', baseAmount: '1,000' });
    expect(errors).toEqual({});
    expect(input).toMatchObject({ baseAmount: '1000', renewal: null, escalation: { kind: 'none' }, vendorId: null });
    expect('id' in input).toBe(false);
  });

  it('reports what cannot be sent at the field it belongs to', () => {
    const d = newContractDraft('EUR', '2026-01-15');
    const bad = contractInput({
      ...d,
      name: ' ',
      baseAmount: 'abc',
      escalation: { ...d.escalation, kind: 'annual-percent', percent: 'three' },
      renewal: { ...d.renewal, enabled: true, notice: '2.5', noticeUnit: 'months' },
    });
    expect(Object.keys(bad.errors).sort()).toEqual([
      'baseAmount',
      'escalation.percent',
      'name',
      'renewal.noticeMonths',
    ]);
  });

  it('builds steps and index rules from what was typed', () => {
    const steps = escalationSpec(
      {
        ...escalationDraft({ kind: 'none' }),
        kind: 'steps',
        steps: [
          { date: '2027-01-01', type: 'percent', value: '+5 %' },
          { date: '2028-01-01', type: 'absolute', value: '1,250.00' },
        ],
      },
      {},
    );
    expect(steps).toEqual({
      kind: 'steps',
      steps: [
        { date: '2027-01-01', change: { type: 'percent', percent: '5' } },
        { date: '2028-01-01', change: { type: 'absolute', amount: '1250' } },
      ],
    });
    expect(parseIndexLines('2025 = 123.9\n\n2026: 127.4\n2027\t130')).toEqual([
      { year: '2025', value: '123.9' },
      { year: '2026', value: '127.4' },
      { year: '2027', value: '130' },
    ]);
    const errors = {};
    escalationSpec({ ...escalationDraft({ kind: 'none' }), kind: 'index', valuesText: 'next year = 3' }, errors);
    expect(Object.keys(errors)).toEqual(['escalation.values']);
  });
});

describe('invoice dialog drafts', () => {
  const item: CostItemRecord = {
    id: 'i1',
    description: 'Support',
    reference: 'INV-7',
    amount: '-120.5',
    currency: 'USD',
    expenseType: 'OpEx',
    invoiceDate: '2026-03-10',
    paymentDate: null,
    paymentTerms: 'net 45',
    serviceStart: '2026-04-01',
    serviceEnd: '2026-06-30',
    contractId: 'c1',
    costCenterId: null,
    serviceId: null,
    accountId: null,
    vendorId: null,
  };

  it('round-trips a stored invoice and sends either a payment date or terms, never both', () => {
    const d = costItemDraft(item, 2);
    expect(d.amount).toBe('-120.50');
    const { id: _id, ...rest } = item;
    expect(costItemInput(d)).toEqual({ input: { id: 'i1', ...rest }, errors: {} });
    const paid = costItemInput({ ...d, payment: 'date', paymentDate: '2026-04-01' }).input;
    expect([paid.paymentDate, paid.paymentTerms]).toEqual(['2026-04-01', null]);
    expect(Object.keys(costItemInput({ ...newCostItemDraft('EUR', '2026-01-01'), payment: 'date' }).errors)).toEqual([
      'amount',
      'paymentDate',
    ]);
  });
});

describe('refusals shown at their field', () => {
  const refusal = (code: 'validation' | 'bad-request', message: string, details: Record<string, unknown>) =>
    new ApiCallError('contracts/save', { code, message, details });

  it('keeps the service message from the field name on', () => {
    expect(messageAtField('contract CTR-9: Contract 3f2: end 2025-01-01 is before the start 2026-01-01', 'end')).toBe(
      '2025-01-01 is before the start 2026-01-01',
    );
    expect(messageAtField('Something else went wrong', 'end')).toBe('Something else went wrong');
  });

  it('puts an engine refusal at the named field and anything unknown in a general message', () => {
    const e = refusal('validation', 'contract X: Contract id1: end 2025-01-01 is before the start 2026-01-01', {
      item: 'id1',
      field: 'end',
    });
    expect(refusalErrors(e, (f) => f === 'end')).toEqual({
      fields: { end: '2025-01-01 is before the start 2026-01-01' },
      general: null,
    });
    expect(refusalErrors(e, () => false)).toEqual({ fields: {}, general: e.message });
    const zod = refusal('bad-request', 'contracts/save: escalation.steps.1.date: bad', {
      issues: [{ path: 'escalation.steps.1.date', message: 'expected a date "YYYY-MM-DD"' }],
    });
    expect(refusalErrors(zod, () => true).fields).toEqual({
      'escalation.steps[1].date': 'expected a date "YYYY-MM-DD"',
    });
    expect(refusalErrors(null, () => true)).toEqual({ fields: {}, general: null });
  });

  it('finds errors inside a group of fields', () => {
    const errors = { 'escalation.values.2026': 'not positive', 'escalation.steps[0].date': 'before start' };
    expect(errorAt(errors, 'escalation.values')).toBe('not positive');
    expect(errorAt(errors, 'escalation.steps[0]')).toBe('before start');
    expect(errorAt(errors, 'escalation.steps[1]')).toBeNull();
    expect(normalizeField('escalation.steps.12.percent')).toBe('escalation.steps[12].percent');
  });
});
