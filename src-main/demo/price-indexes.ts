import { BACKFILL_RATE, INDEX_HISTORIES, LAST_PUBLISHED_YEAR, type IndexHistory } from './catalog/price-indexes';
import type { DemoPriceIndex } from './types';

export type IndexRegion = keyof typeof INDEX_HISTORIES;

/** The index a contract in `currency` is linked to: HICP for euros, UK CPI for pounds, US CPI-U otherwise. */
export function indexRegion(currency: string): IndexRegion {
  return currency === 'EUR' ? 'EA' : currency === 'GBP' ? 'UK' : 'US';
}

function levels(h: IndexHistory, from: number, to: number): Record<string, string> {
  const byYear = new Map<number, number>([[h.baseYear, h.baseLevel]]);
  for (let y = h.baseYear - 1; y >= from; y--) byYear.set(y, byYear.get(y + 1)! / (1 + BACKFILL_RATE / 100));
  for (let y = h.baseYear + 1; y <= to; y++) {
    const k = y - h.baseYear - 1;
    const rate =
      y <= LAST_PUBLISHED_YEAR ? h.rates[k]! : h.assumed[Math.min(y - LAST_PUBLISHED_YEAR - 1, h.assumed.length - 1)]!;
    byYear.set(y, byYear.get(y - 1)! * (1 + rate / 100));
  }
  const out: Record<string, string> = {};
  // Floats only shape a level; each is fixed to the published number of decimals.
  for (let y = from; y <= to; y++) out[String(y)] = byYear.get(y)!.toFixed(h.decimals);
  return out;
}

/**
 * Price indexes by region, built on demand for calendar years `from`…`to`, one object per
 * region so every contract linked to it shares the same values table.
 */
export class PriceIndexes {
  private readonly built = new Map<IndexRegion, DemoPriceIndex>();

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  get(region: IndexRegion): DemoPriceIndex {
    let index = this.built.get(region);
    if (!index) {
      const h = INDEX_HISTORIES[region];
      index = { name: h.name, values: levels(h, this.from, this.to), lastPublished: LAST_PUBLISHED_YEAR };
      this.built.set(region, index);
    }
    return index;
  }

  /** The indexes handed out so far, in a fixed order. */
  used(): DemoPriceIndex[] {
    return (['US', 'EA', 'UK'] as const).filter((r) => this.built.has(r)).map((r) => this.built.get(r)!);
  }
}
