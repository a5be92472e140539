import type { Money } from '../../../src-shared/money';
import type { CatalogueService } from './types';

/**
 * One allocated amount of a shared cost, as the allocation engine will hand it over:
 * `amount` of `source` went to `target` because `target` had `driverQuantity` of `driver`.
 * Plain data on purpose, so the invoice does not depend on how the allocation ran.
 */
export interface AllocatedShare {
  /** The business unit charged. */
  target: string;
  /** The shared cost pool or service the amount came from ("Network", "Security"). */
  source: string;
  amount: Money;
  /** The driver that apportioned it ("headcount", "users"). */
  driver: string;
  /** The target's quantity of that driver (decimal string). */
  driverQuantity: string;
  /** The allocation rule that produced it, for tracing; optional. */
  ruleId?: string;
}

/** A business unit's consumption of one catalogue service in the month. */
export interface UsageQuantity {
  serviceId: string;
  quantity: string;
}

/** A credit granted on a dispute: a negative line on the next revision. */
export interface CreditNote {
  id: string;
  /** The key of the disputed line. */
  lineKey: string;
  /** The credit as a positive amount; the line carries it negated. */
  amount: Money;
  reason: string;
}

/** Everything an invoice of one business unit and month is built from. */
export interface InvoiceInput {
  businessUnit: string;
  /** "YYYY-MM". */
  month: string;
  /** Showback invoices carry the same content but are information only (no budget authority). */
  mode: 'chargeback' | 'showback';
  usage: UsageQuantity[];
  shares: AllocatedShare[];
  credits?: CreditNote[];
  catalogue: readonly CatalogueService[];
  /** Published rates by service id. */
  rates: ReadonlyMap<string, Money>;
  minorUnits: number;
}

export type { Invoice, InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
