import type { Money } from '../../../src-shared/money';
import type { BillableUnit } from '../../../src-shared/model/rates';

export { BILLABLE_UNITS, UNIT_LABELS, type BillableUnit } from '../../../src-shared/model/rates';

/** One entry of the service catalogue: what IT sells to the business and in which unit. */
export interface CatalogueService {
  id: string;
  name: string;
  unit: BillableUnit;
}

/** The published price of one service on a rate card. */
export interface RateCardEntry {
  serviceId: string;
  /** Price per billable unit, a decimal string already rounded to the card's precision. */
  rate: Money;
}

/**
 * A rate card: the rates of one fiscal year. Cards are versioned so a mid-year correction
 * is a new version, never an edit of what invoices were already priced with.
 */
export interface RateCard {
  fiscalYear: number;
  version: number;
  status: 'draft' | 'published';
  entries: RateCardEntry[];
}

/** Which volume a rate is spread over. */
export type RateBasis =
  /** The volume actually consumed (average utilisation): the pool is fully recovered if usage holds. */
  | 'utilization'
  /** The planned capacity (peak): idle capacity stays with IT, units pay only for what they would use at peak. */
  | 'capacity';
