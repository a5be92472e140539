import { D, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import type { Invoice, InvoiceInput, InvoiceLine } from './invoice-types';
import { recoveredAmount } from './rates';
import { UNIT_LABELS } from './types';

function serviceLines(input: InvoiceInput, item: string): InvoiceLine[] {
  const byId = new Map(input.catalogue.map((s) => [s.id, s]));
  const qty = new Map<string, InstanceType<typeof D>>();
  for (const u of input.usage) {
    const service = byId.get(u.serviceId);
    if (!service)
      throw new EngineInputError(`${item}: service ${u.serviceId} is not in the catalogue`, item, 'serviceId');
    const q = new D(requireMoney(u.quantity, `${item} ${u.serviceId}`, 'quantity'));
    if (q.isNegative()) {
      throw new EngineInputError(
        `${item} ${u.serviceId}: quantity ${q.toFixed()} must not be negative`,
        item,
        'quantity',
      );
    }
    // Several usage rows of one service (e.g. per account) make one line.
    qty.set(u.serviceId, (qty.get(u.serviceId) ?? new D(0)).plus(q));
  }
  return [...qty].map(([serviceId, q]) => {
    const service = byId.get(serviceId)!;
    const rate = input.rates.get(serviceId);
    if (rate === undefined) throw new EngineInputError(`${item}: no published rate for ${serviceId}`, item, 'rate');
    const quantity = toMoney(q);
    return {
      key: `service:${serviceId}`,
      kind: 'service',
      description: service.name,
      quantity,
      unit: UNIT_LABELS[service.unit],
      rate,
      amount: recoveredAmount(quantity, rate, input.minorUnits),
      serviceId,
    } satisfies InvoiceLine;
  });
}

function sharedLines(input: InvoiceInput, item: string): InvoiceLine[] {
  const lines = new Map<string, InvoiceLine>();
  for (const s of input.shares) {
    if (s.target !== input.businessUnit) continue;
    const amount = requireMoney(s.amount, `${item} ${s.source}`, 'amount');
    const quantity = requireMoney(s.driverQuantity, `${item} ${s.source}`, 'driverQuantity');
    if (new D(amount).decimalPlaces() > input.minorUnits) {
      throw new EngineInputError(
        `${item} ${s.source}: amount ${amount} has more than ${input.minorUnits} decimals`,
        `${item} ${s.source}`,
        'amount',
      );
    }
    const key = `shared:${s.source}:${s.driver}`;
    const prev = lines.get(key);
    lines.set(key, {
      key,
      kind: 'shared',
      description: `${s.source} (allocated by ${s.driver})`,
      quantity: prev ? toMoney(new D(prev.quantity!).plus(quantity)) : quantity,
      unit: s.driver,
      rate: null,
      amount: prev ? toMoney(new D(prev.amount).plus(amount)) : amount,
      source: s.source,
      driver: s.driver,
      ...(s.ruleId === undefined ? {} : { ruleId: s.ruleId }),
    });
  }
  return [...lines.values()];
}

function creditLines(input: InvoiceInput, item: string, names: ReadonlyMap<string, string>): InvoiceLine[] {
  return (input.credits ?? []).map((c) => {
    const amount = requireMoney(c.amount, `${item} credit ${c.id}`, 'amount');
    if (new D(amount).isNegative()) {
      throw new EngineInputError(
        `${item} credit ${c.id}: amount ${amount} must be positive`,
        `${item} credit ${c.id}`,
        'amount',
      );
    }
    return {
      key: `credit:${c.id}`,
      kind: 'credit',
      // The credited line's own name reads better than its key (service ids are opaque).
      description: `Credit on ${names.get(c.lineKey) ?? c.lineKey}: ${c.reason}`,
      quantity: null,
      unit: null,
      rate: null,
      amount: toMoney(new D(amount).neg()),
      reason: c.reason,
      creditedLine: c.lineKey,
    } satisfies InvoiceLine;
  });
}

function sum(lines: readonly InvoiceLine[]): Money {
  return toMoney(lines.reduce((acc, l) => acc.plus(l.amount), new D(0)));
}

/**
 * Build the invoice of one business unit and month: a line per consumed service
 * (quantity × published rate, rounded to minor units), a line per allocated shared cost
 * and driver (only shares whose target is this unit), and credit lines. Totals are exact
 * sums of the lines. Showback gives the same lines flagged information only.
 */
export function buildInvoice(input: InvoiceInput, revision = 1): Invoice {
  const item = `${input.businessUnit} ${input.month}`;
  const services = serviceLines(input, item);
  const shared = sharedLines(input, item);
  const credits = creditLines(input, item, new Map([...services, ...shared].map((l) => [l.key, l.description])));
  const lines = [...services, ...shared, ...credits];
  return {
    businessUnit: input.businessUnit,
    month: input.month,
    revision,
    informationOnly: input.mode === 'showback',
    lines,
    serviceTotal: sum(services),
    sharedTotal: sum(shared),
    creditTotal: sum(credits),
    total: sum(lines),
  };
}
