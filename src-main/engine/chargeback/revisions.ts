import { D, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import { buildInvoice } from './invoice';
import type { ChangedLine, InvoiceDiff } from '../../../src-shared/model/chargeback-invoices';
import type { AllocatedShare, CreditNote, Invoice, InvoiceInput, UsageQuantity } from './invoice-types';

export type { ChangedLine, InvoiceDiff };

/** How an analyst settled a disputed line. */
export type DisputeResolution =
  /** Grant a credit against the line. */
  | { kind: 'credit'; credit: CreditNote }
  /** Move (part of) an allocated shared cost to another unit. */
  | { kind: 'move'; source: string; driver: string; amount: Money; toBusinessUnit: string }
  /** Re-tag consumption: the units belonged to another business unit. */
  | { kind: 'retag'; serviceId: string; quantity: string; toBusinessUnit: string };

/** What the other unit receives from a move or re-tag, so its own invoice can be reissued too. */
export type Transfer =
  { toBusinessUnit: string; share: AllocatedShare } | { toBusinessUnit: string; usage: UsageQuantity };

/** Add a credit note after checking it names a line of the invoice and does not exceed it. */
function withCredit(input: InvoiceInput, credit: CreditNote, item: string): InvoiceInput {
  const current = buildInvoice(input);
  if (current.lines.some((l) => l.key === `credit:${credit.id}`)) {
    throw new EngineInputError(`${item}: credit ${credit.id} already exists`, item, 'creditId');
  }
  const line = current.lines.find((l) => l.key === credit.lineKey && l.kind !== 'credit');
  if (!line) throw new EngineInputError(`${item}: no line ${credit.lineKey} to credit`, item, 'lineKey');
  const amount = new D(requireMoney(credit.amount, item, 'amount'));
  const credited = current.lines
    .filter((l) => l.kind === 'credit' && l.creditedLine === credit.lineKey)
    .reduce((acc, l) => acc.minus(l.amount), new D(0));
  if (amount.lte(0) || amount.plus(credited).gt(line.amount)) {
    throw new EngineInputError(
      `${item}: credit ${amount.toFixed()} on ${credit.lineKey} exceeds what is left of the line (${toMoney(new D(line.amount).minus(credited))})`,
      item,
      'amount',
    );
  }
  return { ...input, credits: [...(input.credits ?? []), credit] };
}

/**
 * Apply a dispute resolution to the inputs of the disputed invoice: a credit adds a credit
 * note (on an existing line, at most what is left of it after earlier credits); a move takes
 * `amount` off the unit's share of `source`/`driver`; a re-tag takes `quantity` off its usage
 * of the service. Moving or re-tagging more than the unit has is refused (EngineInputError).
 * Returns the new inputs and the transfer to the other unit.
 */
export function resolveDispute(
  input: InvoiceInput,
  resolution: DisputeResolution,
): { input: InvoiceInput; transfer: Transfer | null } {
  const item = `${input.businessUnit} ${input.month}`;
  if (resolution.kind === 'credit') return { input: withCredit(input, resolution.credit, item), transfer: null };
  if (resolution.kind === 'move') {
    const amount = new D(requireMoney(resolution.amount, item, 'amount'));
    const mine = input.shares.filter(
      (s) => s.target === input.businessUnit && s.source === resolution.source && s.driver === resolution.driver,
    );
    const has = mine.reduce((acc, s) => acc.plus(s.amount), new D(0));
    if (amount.lte(0) || amount.gt(has)) {
      throw new EngineInputError(
        `${item}: cannot move ${amount.toFixed()} of ${resolution.source}, the unit is charged ${toMoney(has)}`,
        item,
        'amount',
      );
    }
    const base = { source: resolution.source, driver: resolution.driver, driverQuantity: '0' };
    const correction: AllocatedShare = { ...base, target: input.businessUnit, amount: toMoney(amount.neg()) };
    return {
      input: { ...input, shares: [...input.shares, correction] },
      transfer: {
        toBusinessUnit: resolution.toBusinessUnit,
        share: { ...base, target: resolution.toBusinessUnit, amount: toMoney(amount) },
      },
    };
  }
  const quantity = new D(requireMoney(resolution.quantity, item, 'quantity'));
  const has = input.usage
    .filter((u) => u.serviceId === resolution.serviceId)
    .reduce((acc, u) => acc.plus(u.quantity), new D(0));
  if (quantity.lte(0) || quantity.gt(has)) {
    throw new EngineInputError(
      `${item}: cannot re-tag ${quantity.toFixed()} of ${resolution.serviceId}, the unit used ${toMoney(has)}`,
      item,
      'quantity',
    );
  }
  const left = has.minus(quantity);
  // Re-tagging all of it removes the line rather than leaving a zero-quantity one.
  const usage = [
    ...input.usage.filter((u) => u.serviceId !== resolution.serviceId),
    ...(left.isZero() ? [] : [{ serviceId: resolution.serviceId, quantity: toMoney(left) }]),
  ];
  return {
    input: { ...input, usage },
    transfer: {
      toBusinessUnit: resolution.toBusinessUnit,
      usage: { serviceId: resolution.serviceId, quantity: toMoney(quantity) },
    },
  };
}

/** Lines matched by key: added, removed, and those whose quantity, rate or amount differ. */
export function diffInvoices(before: Invoice, after: Invoice): InvoiceDiff {
  const old = new Map(before.lines.map((l) => [l.key, l]));
  const now = new Map(after.lines.map((l) => [l.key, l]));
  const changed: ChangedLine[] = [];
  for (const [key, a] of now) {
    const b = old.get(key);
    if (b && (b.amount !== a.amount || b.quantity !== a.quantity || b.rate !== a.rate)) {
      changed.push({ key, before: b, after: a, amountChange: toMoney(new D(a.amount).minus(b.amount)) });
    }
  }
  return {
    added: after.lines.filter((l) => !old.has(l.key)),
    removed: before.lines.filter((l) => !now.has(l.key)),
    changed,
    totalChange: toMoney(new D(after.total).minus(before.total)),
  };
}

/**
 * Reissue an invoice from corrected inputs as the next revision, with the diff against the
 * previous one. The inputs must be for the same business unit and month.
 */
export function reissueInvoice(previous: Invoice, input: InvoiceInput): { invoice: Invoice; diff: InvoiceDiff } {
  if (input.businessUnit !== previous.businessUnit || input.month !== previous.month) {
    const item = `${previous.businessUnit} ${previous.month}`;
    throw new EngineInputError(
      `${item}: a revision must be for the same unit and month, got ${input.businessUnit} ${input.month}`,
      item,
      'businessUnit',
    );
  }
  const invoice = buildInvoice(input, previous.revision + 1);
  return { invoice, diff: diffInvoices(previous, invoice) };
}
