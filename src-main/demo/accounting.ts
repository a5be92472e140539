import {
  addMonths,
  createFiscalCalendar,
  fiscalYearBounds,
  fiscalYearMonths,
  fiscalYearOf,
  type MonthKey,
} from '../../src-shared/calendar';
import { parseIsoDate } from '../../src-shared/calendar/iso-date';
import { generateAssets, demoCapitalizationPolicy } from './assets';
import type { IdMaps } from './budget-lines';
import { generateContracts } from './contracts';
import { generateCostItems } from './cost-items';
import { generateFxRates } from './fx-rates';
import { PriceIndexes } from './price-indexes';
import type { Prng } from './prng';
import type { DemoData } from './types';

export const DEFAULT_DEMO_ASSETS = 200;
export const DEFAULT_DEMO_CONTRACTS = 60;

/** Months of actuals history before asOf's month (as generateActuals makes them). */
const HISTORY_MONTHS = 36;

export interface AccountingInput {
  rng: Prng;
  ids: IdMaps;
  base: string;
  asOf: string;
  fyStartMonth: number;
  assets: number;
  contracts: number;
  /** Currencies already used by budget lines and actuals. */
  currenciesInUse: Iterable<string>;
}

export type AccountingData = Required<
  Pick<DemoData, 'capitalizationPolicy' | 'assets' | 'contracts' | 'priceIndexes' | 'costItems' | 'fxRates'>
>;

/**
 * The data behind the accounting features: fixed assets, supplier contracts with their
 * price indexes and invoices, and FX rate tables for every foreign currency in the workbook.
 * Each part draws from its own stream, so changing the number of assets leaves contracts and
 * rates as they were.
 *
 * The window covered by rates and invoices runs from the start of the fiscal year holding
 * the first month of actuals to the end of the next fiscal year (the second budget year).
 */
export function generateAccounting(input: AccountingInput): AccountingData {
  const { rng, ids, base, asOf, fyStartMonth } = input;
  const idRng = rng.fork(1);
  const newId = () => idRng.uuid();
  const assetRng = rng.fork(2);
  const contractRng = rng.fork(3);
  const itemRng = rng.fork(4);
  const fxRng = rng.fork(5);

  const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: fyStartMonth });
  const asOfMonth: MonthKey = asOf.slice(0, 7);
  const firstFy = fiscalYearOf(addMonths(asOfMonth, -HISTORY_MONTHS), fyStartMonth);
  const lastFy = fiscalYearOf(asOfMonth, fyStartMonth) + 1;
  const window = { start: fiscalYearBounds(calendar, firstFy).start, end: fiscalYearBounds(calendar, lastFy).end };

  const capitalizationPolicy = demoCapitalizationPolicy(base);
  const assets = generateAssets(
    { rng: assetRng, newId, ids, base, asOf, calendar },
    input.assets,
    capitalizationPolicy,
  );

  const year = parseIsoDate(asOf).year;
  const indexes = new PriceIndexes(Math.min(year - 10, 2014), year + 15);
  const contracts = generateContracts({ rng: contractRng, newId, ids, base, asOf, indexes }, input.contracts);
  const costItems = generateCostItems({ rng: itemRng, newId, base, asOf, window }, contracts);

  const months: MonthKey[] = [];
  for (let fy = firstFy; fy <= lastFy; fy++) months.push(...fiscalYearMonths(fy, fyStartMonth));
  const currencies = new Set(input.currenciesInUse);
  for (const c of contracts) currencies.add(c.currency);
  const fxRates = generateFxRates(
    fxRng,
    {
      base,
      months,
      asOfMonth,
      fiscalYearOf: (m) => fiscalYearOf(m, fyStartMonth),
      fiscalYearStart: (fy) => fiscalYearMonths(fy, fyStartMonth)[0]!,
    },
    currencies,
  );

  return { capitalizationPolicy, assets, contracts, priceIndexes: indexes.used(), costItems, fxRates };
}
