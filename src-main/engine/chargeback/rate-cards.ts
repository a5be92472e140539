import type { Money } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import type { CatalogueService, RateCard, RateCardEntry } from './types';

/**
 * A new draft version of the fiscal year's rate card: one above the highest version of that
 * year (1 for the first). Entries must name catalogue services, each once, with a
 * non-negative rate; anything else throws EngineInputError naming the service and field.
 */
export function draftRateCard(
  existing: readonly RateCard[],
  fiscalYear: number,
  entries: readonly RateCardEntry[],
  catalogue: readonly CatalogueService[],
): RateCard {
  const known = new Set(catalogue.map((s) => s.id));
  const seen = new Set<string>();
  const clean = entries.map((e) => {
    if (!known.has(e.serviceId)) {
      throw new EngineInputError(`${e.serviceId}: not in the service catalogue`, e.serviceId, 'serviceId');
    }
    if (seen.has(e.serviceId)) {
      throw new EngineInputError(`${e.serviceId}: priced twice on one rate card`, e.serviceId, 'serviceId');
    }
    seen.add(e.serviceId);
    const rate = requireMoney(e.rate, e.serviceId, 'rate');
    if (rate.startsWith('-'))
      throw new EngineInputError(`${e.serviceId}: rate ${rate} must not be negative`, e.serviceId, 'rate');
    return { serviceId: e.serviceId, rate };
  });
  const versions = existing.filter((c) => c.fiscalYear === fiscalYear).map((c) => c.version);
  return { fiscalYear, version: Math.max(0, ...versions) + 1, status: 'draft', entries: clean };
}

/** The card invoices of a fiscal year are priced with: its highest published version, or null. */
export function currentRateCard(cards: readonly RateCard[], fiscalYear: number): RateCard | null {
  let best: RateCard | null = null;
  for (const c of cards) {
    if (c.fiscalYear === fiscalYear && c.status === 'published' && (best === null || c.version > best.version))
      best = c;
  }
  return best;
}

/** A rate card's entries as a service id → rate map, the form invoices and recovery reports take. */
export function ratesOf(card: RateCard): Map<string, Money> {
  return new Map(card.entries.map((e) => [e.serviceId, e.rate]));
}

/** Publish a draft card: from now on it prices the fiscal year's invoices. Published cards are never edited. */
export function publishRateCard(card: RateCard): RateCard {
  if (card.status === 'published') {
    const item = `rate card ${card.fiscalYear} v${card.version}`;
    throw new EngineInputError(`${item}: already published`, item, 'status');
  }
  return { ...card, status: 'published' };
}
