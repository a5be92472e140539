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

/** One invoice line. `key` identifies the line across revisions. */
export interface InvoiceLine {
  key: string;
  kind: 'service' | 'shared' | 'credit';
  description: string;
  /** Quantity billed: service units, or the driver quantity of a shared cost; null for credits. */
  quantity: string | null;
  /** Unit label ("vCPU-month") or driver name ("headcount"); null for credits. */
  unit: string | null;
  /** Price per unit for service lines; null otherwise. */
  rate: Money | null;
  amount: Money;
  serviceId?: string;
  source?: string;
  driver?: string;
  ruleId?: string;
  reason?: string;
  /** For credit lines: the key of the line credited. */
  creditedLine?: string;
}

/** A chargeback (or showback) invoice of one business unit and month. */
export interface Invoice {
  businessUnit: string;
  month: string;
  revision: number;
  /** True for showback: the same figures, not charged. */
  informationOnly: boolean;
  lines: InvoiceLine[];
  serviceTotal: Money;
  sharedTotal: Money;
  creditTotal: Money;
  /** Exact sum of all lines. */
  total: Money;
}
