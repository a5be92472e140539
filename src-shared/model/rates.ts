import type { Money } from '../money/money';

/**
 * Billable units a catalogue service can be priced in. Wider than the four of the issue's
 * examples because real catalogues also bill per user, licence, hour or plain unit.
 */
export const BILLABLE_UNITS = [
  'vcpu-month',
  'gb-month',
  'device-month',
  'ticket',
  'user-month',
  'license-month',
  'hour',
  'unit',
] as const;

/** The unit a service is billed in; the label is what invoices print next to the quantity. */
export type BillableUnit = (typeof BILLABLE_UNITS)[number];

/** Printable names of the billable units, for invoice lines, rate cards and pickers. */
export const UNIT_LABELS: Record<BillableUnit, string> = {
  'vcpu-month': 'vCPU-month',
  'gb-month': 'GB-month',
  'device-month': 'device-month',
  ticket: 'ticket',
  'user-month': 'user-month',
  'license-month': 'licence-month',
  hour: 'hour',
  unit: 'unit',
};

/**
 * Decimal places of a published unit rate. Four, not the currency's two: a storage rate of
 * 0.0231 per GB-month would otherwise round to 0.02 and lose 13 % of the pool. Recovered
 * amounts (quantity × rate) are rounded to the currency's minor units per business unit and
 * month, exactly as invoice lines are, and summed from those rounded parts.
 */
export const RATE_DECIMALS = 4;

/** Which volume a rate is spread over: actual use, or planned (peak) capacity. */
export type RateBasis = 'utilization' | 'capacity';
export const RATE_BASES = ['utilization', 'capacity'] as const;

/** A service of the chargeback catalogue. */
export interface ChargebackService {
  id: string;
  code: string;
  name: string;
  unit: BillableUnit;
  /** Allocation node whose allocated cost the rate recovers (`svc:<code>`, `cc:<code>`, `bu:<code>`). */
  node: string;
  active: boolean;
}

/** Quantity a business unit (department) used of a service in a month; decimal string ≥ 0. */
export interface ServiceUsage {
  month: string;
  departmentId: string;
  serviceId: string;
  quantity: string;
}

/** Planned capacity of a service in a month; decimal string ≥ 0. */
export interface ServiceCapacity {
  serviceId: string;
  month: string;
  capacity: string;
}

/** The volumes of one month for the Volumes grids. */
export interface VolumesView {
  month: string;
  services: ChargebackService[];
  departments: { id: string; code: string; name: string }[];
  usage: ServiceUsage[];
  capacity: ServiceCapacity[];
}

/** A rate card header. `current` marks the highest published version of its year. */
export interface RateCardSummary {
  id: string;
  fiscalYear: number;
  version: number;
  status: 'draft' | 'published';
  basis: RateBasis;
  markupPct: string;
  note: string;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  current: boolean;
}

/**
 * A service priced for a fiscal year: pool cost, volumes, the proposed rate, the rate chosen,
 * and what that rate recovers on the year's usage. Money in base currency.
 */
export interface PricedService {
  serviceId: string;
  /** Allocated cost of the service's node over the year's months (current allocation runs). */
  cost: Money;
  /** Units used over the year. */
  usage: string;
  /** Planned capacity over the year. */
  capacity: string;
  /** The volume the rate divides by (usage or capacity, per the basis). */
  volume: string;
  /** (cost × (1 + markup)) ÷ volume rounded to RATE_DECIMALS; null when it cannot be computed. */
  proposedRate: Money | null;
  /** The rate on the card (or the candidate tried); the proposed one when none was set. */
  rate: Money | null;
  /** Σ over months and business units of round(quantity × rate, minor units). */
  recovered: Money;
  /** recovered − cost: positive is over-recovery. */
  variance: Money;
  /** Why no rate could be proposed (no volume, bad amount); null when fine. */
  problem: string | null;
}

/** A priced service as the Rates screen shows it: with its catalogue entry and the rate in force. */
export interface RateLine extends PricedService {
  code: string;
  name: string;
  unit: BillableUnit;
  /** The rate of the card in force for the year (its highest published version), if it prices the service. */
  inForceRate: Money | null;
  /** recovered − what the in-force rate recovers on the same usage: what the business pays more (or less). */
  change: Money | null;
}

/** Totals of rate lines. */
export interface RateTotals {
  cost: Money;
  recovered: Money;
  variance: Money;
}

/** A priced set of services: a proposal, a what-if or a stored card. */
export interface RateSheet {
  fiscalYear: number;
  basis: RateBasis;
  markupPct: string;
  currency: string;
  months: string[];
  lines: RateLine[];
  totals: RateTotals;
}

/** A stored card with its lines recomputed from today's costs and volumes. */
export interface RateCardDetail extends RateSheet {
  card: RateCardSummary;
}

/** Over/under-recovery of one service in one month (base currency). */
export interface RecoveryCell {
  serviceId: string;
  month: string;
  volume: string;
  rate: Money;
  cost: Money;
  recovered: Money;
  variance: Money;
}

/**
 * The recovery report of a fiscal year under its current published card. Only months with a
 * current allocation run are compared (`months`): without one the cost is unknown, not zero.
 */
export interface RecoveryView {
  fiscalYear: number;
  currency: string;
  card: RateCardSummary | null;
  months: string[];
  /** Months of the year left out because they have no current allocation run of the measure. */
  notAllocated: string[];
  services: { id: string; code: string; name: string }[];
  rows: RecoveryCell[];
  byService: ({ serviceId: string } & RateTotals)[];
  byMonth: ({ month: string } & RateTotals)[];
  total: RateTotals;
}
