import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AllocatedShare,
  buildInvoice,
  type CatalogueService,
  type InvoiceInput,
  reissueInvoice,
  resolveDispute,
} from '../../src-main/engine/chargeback';
import { EngineInputError } from '../../src-main/engine/errors';
import { allocate, D, sumMoney } from '../../src-shared/money';

const catalogue: CatalogueService[] = [
  { id: 'vm', name: 'Virtual machine', unit: 'vcpu-month' },
  { id: 'storage', name: 'Block storage', unit: 'gb-month' },
  { id: 'laptop', name: 'Laptop', unit: 'device-month' },
  { id: 'desk', name: 'Service desk', unit: 'ticket' },
];
const rates = new Map([
  ['vm', '12.63'],
  ['storage', '0.085'],
  ['laptop', '45'],
  ['desk', '18.5'],
]);
const shares: AllocatedShare[] = [
  { target: 'Finance', source: 'Network', amount: '12430.17', driver: 'headcount', driverQuantity: '85', ruleId: 'r1' },
  { target: 'Finance', source: 'Security', amount: '3000.5', driver: 'users', driverQuantity: '90' },
  { target: 'HR', source: 'Network', amount: '4000', driver: 'headcount', driverQuantity: '27' },
];
const finance: InvoiceInput = {
  businessUnit: 'Finance',
  month: '2026-10',
  mode: 'chargeback',
  usage: [
    { serviceId: 'vm', quantity: '40' },
    { serviceId: 'vm', quantity: '12' },
    { serviceId: 'storage', quantity: '1234.5' },
    { serviceId: 'laptop', quantity: '60' },
    { serviceId: 'desk', quantity: '17' },
  ],
  shares,
  catalogue,
  rates,
  minorUnits: 2,
};
const hr: InvoiceInput = { ...finance, businessUnit: 'HR', usage: [{ serviceId: 'laptop', quantity: '20' }] };

function refusal(fn: () => unknown): EngineInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('the input was accepted');
}

describe('chargeback invoice of a business unit and month', () => {
  const invoice = buildInvoice(finance);

  it('has a line per service (quantity × rate, rounded to cents) and per allocated shared cost with its driver', () => {
    expect(invoice.lines.map((l) => [l.key, l.quantity, l.unit, l.rate, l.amount])).toEqual([
      ['service:vm', '52', 'vCPU-month', '12.63', '656.76'],
      ['service:storage', '1234.5', 'GB-month', '0.085', '104.93'],
      ['service:laptop', '60', 'device-month', '45', '2700'],
      ['service:desk', '17', 'ticket', '18.5', '314.5'],
      ['shared:Network:headcount', '85', 'headcount', null, '12430.17'],
      ['shared:Security:users', '90', 'users', null, '3000.5'],
    ]);
    expect(invoice.lines[4]).toMatchObject({ source: 'Network', driver: 'headcount', ruleId: 'r1' });
  });

  it('totals exactly: services 3776.19 + shared 15430.67 = 19206.86', () => {
    expect([invoice.serviceTotal, invoice.sharedTotal, invoice.creditTotal, invoice.total]).toEqual([
      '3776.19',
      '15430.67',
      '0',
      '19206.86',
    ]);
    expect(sumMoney(invoice.lines.map((l) => l.amount))).toBe(invoice.total);
    expect([invoice.revision, invoice.informationOnly]).toEqual([1, false]);
  });

  it('as showback carries the same lines and totals, flagged information only', () => {
    const showback = buildInvoice({ ...finance, mode: 'showback' });
    expect(showback.informationOnly).toBe(true);
    expect(showback.lines).toEqual(invoice.lines);
    expect(showback.total).toBe(invoice.total);
  });

  it('refuses an unknown service, a service without rate, a negative quantity and sub-cent shares', () => {
    expect(refusal(() => buildInvoice({ ...finance, usage: [{ serviceId: 'tape', quantity: '1' }] })).message).toBe(
      'Finance 2026-10: service tape is not in the catalogue',
    );
    expect(refusal(() => buildInvoice({ ...finance, rates: new Map() })).field).toBe('rate');
    expect(refusal(() => buildInvoice({ ...finance, usage: [{ serviceId: 'vm', quantity: '-1' }] })).field).toBe(
      'quantity',
    );
    const subCent = [{ ...shares[0]!, amount: '1.005' }];
    expect(refusal(() => buildInvoice({ ...finance, shares: subCent })).item).toBe('Finance 2026-10 Network');
  });

  it('charges the units exactly the shared pool between them when shares come from a largest-remainder allocation (property)', () => {
    const pool = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((c) => new D(c.toString()).div(100).toFixed());
    const heads = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pool, heads, (amount, w) => {
        const parts = allocate(amount, w, 2);
        const allShares = parts.map((p, i) => ({
          target: `BU${i}`,
          source: 'Network',
          amount: p,
          driver: 'headcount',
          driverQuantity: String(w[i]),
        }));
        const totals = w.map(
          (_, i) => buildInvoice({ ...finance, businessUnit: `BU${i}`, usage: [], shares: allShares }).total,
        );
        expect(sumMoney(totals)).toBe(sumMoney([amount]));
      }),
    );
  });
});

describe('reissue after a dispute resolution', () => {
  const first = buildInvoice(finance);

  it('a credit becomes a negative line on revision 2, the diff shows it added', () => {
    const resolved = resolveDispute(finance, {
      kind: 'credit',
      credit: { id: 'c1', lineKey: 'service:laptop', amount: '50', reason: 'two laptops returned' },
    });
    expect(resolved.transfer).toBeNull();
    const { invoice, diff } = reissueInvoice(first, resolved.input);
    expect(invoice.revision).toBe(2);
    expect(invoice.creditTotal).toBe('-50');
    expect(diff.added.map((l) => [l.key, l.amount, l.reason])).toEqual([['credit:c1', '-50', 'two laptops returned']]);
    expect([diff.removed, diff.changed]).toEqual([[], []]);
    expect(diff.totalChange).toBe('-50');
    expect(invoice.total).toBe(new D(first.total).minus(50).toFixed());
  });

  it('moving shared cost to another unit lowers this line and raises the other unit by the same amount', () => {
    const resolved = resolveDispute(finance, {
      kind: 'move',
      source: 'Network',
      driver: 'headcount',
      amount: '2430.17',
      toBusinessUnit: 'HR',
    });
    const mine = reissueInvoice(first, resolved.input);
    expect(mine.diff.changed.map((c) => [c.key, c.before.amount, c.after.amount, c.amountChange])).toEqual([
      ['shared:Network:headcount', '12430.17', '10000', '-2430.17'],
    ]);
    expect(resolved.transfer).toMatchObject({ toBusinessUnit: 'HR', share: { target: 'HR', amount: '2430.17' } });
    const hrBefore = buildInvoice(hr);
    const hrInput = {
      ...hr,
      shares: [...resolved.input.shares, ...('share' in resolved.transfer! ? [resolved.transfer.share] : [])],
    };
    const theirs = reissueInvoice(hrBefore, hrInput);
    expect(theirs.diff.totalChange).toBe('2430.17');
    expect(sumMoney([mine.diff.totalChange, theirs.diff.totalChange])).toBe('0');
  });

  it('re-tagging consumption changes the quantity, and re-tagging all of it removes the line', () => {
    const some = resolveDispute(finance, { kind: 'retag', serviceId: 'vm', quantity: '12', toBusinessUnit: 'HR' });
    const changed = reissueInvoice(first, some.input).diff.changed[0]!;
    expect([changed.before.quantity, changed.after.quantity, changed.after.amount, changed.amountChange]).toEqual([
      '52',
      '40',
      '505.2',
      '-151.56',
    ]);
    expect(some.transfer).toEqual({ toBusinessUnit: 'HR', usage: { serviceId: 'vm', quantity: '12' } });
    const all = resolveDispute(finance, { kind: 'retag', serviceId: 'desk', quantity: '17', toBusinessUnit: 'HR' });
    const diff = reissueInvoice(first, all.input).diff;
    expect(diff.removed.map((l) => [l.key, l.amount])).toEqual([['service:desk', '314.5']]);
    expect(diff.totalChange).toBe('-314.5');
  });

  it('refuses a credit on a line the invoice does not have, a repeated credit id, and credits beyond the line', () => {
    const credit = (id: string, lineKey: string, amount: string) =>
      ({ kind: 'credit', credit: { id, lineKey, amount, reason: 'dispute' } }) as const;
    expect(refusal(() => resolveDispute(finance, credit('c1', 'service:tape', '1'))).field).toBe('lineKey');
    const once = resolveDispute(finance, credit('c1', 'service:desk', '300')).input;
    expect(refusal(() => resolveDispute(once, credit('c1', 'service:desk', '1'))).field).toBe('creditId');
    expect(refusal(() => resolveDispute(once, credit('c2', 'service:desk', '14.51'))).message).toBe(
      'Finance 2026-10: credit 14.51 on service:desk exceeds what is left of the line (14.5)',
    );
    const twice = resolveDispute(once, credit('c2', 'service:desk', '14.5')).input;
    expect(buildInvoice(twice).creditTotal).toBe('-314.5');
  });

  it('refuses moving more than the unit is charged, re-tagging more than it used, and a revision for another month', () => {
    const move = {
      kind: 'move',
      source: 'Security',
      driver: 'users',
      amount: '3000.51',
      toBusinessUnit: 'HR',
    } as const;
    expect(refusal(() => resolveDispute(finance, move)).message).toBe(
      'Finance 2026-10: cannot move 3000.51 of Security, the unit is charged 3000.5',
    );
    const retag = { kind: 'retag', serviceId: 'laptop', quantity: '61', toBusinessUnit: 'HR' } as const;
    expect(refusal(() => resolveDispute(finance, retag)).field).toBe('quantity');
    expect(refusal(() => reissueInvoice(first, { ...finance, month: '2026-11' })).field).toBe('businessUnit');
  });
});
