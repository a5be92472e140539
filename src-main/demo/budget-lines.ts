import { fiscalYearMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { ExpenseType } from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { DemoData } from './types';
import type { Prng } from './prng';
import { HOME, HOME_SERVICES, QUALIFIERS, SPEND, type SpendTemplate } from './catalog/spend';
import { drawShape, periodWeights, splitUnits, type LineShape } from './phasing';
import { currencyScale, minorToMoney, usdCentsTo } from './minor-units';
import { CONTRACTED_KEYS, spendKey } from './contracted-keys';

export type DemoLine = DemoData['budgetLines'][number];

/** What the actuals generator needs to know about a line besides its ids. */
export interface LinePlan {
  template: SpendTemplate;
  costCenter: string;
  service: string;
  account: string;
  vendor: string | null;
  currency: string;
  description: string;
  shape: LineShape;
  /** Annual amounts in minor units of `currency`, current FY then next FY. */
  annual: [number, number];
}

export interface IdMaps {
  costCenter: Map<string, string>;
  service: Map<string, string>;
  account: Map<string, { id: string; expenseType: ExpenseType }>;
  vendor: Map<string, string>;
}

/** Vendors that commonly bill in their home currency, whatever the workbook's currency. */
const FOREIGN_BILLING: Record<string, string> = {
  'V-CRM': 'USD',
  'V-NOW': 'USD',
  'V-SNOW': 'USD',
  'V-DDOG': 'USD',
  'V-OKTA': 'USD',
  'V-GART': 'USD',
  'V-HAYS': 'GBP',
  'V-VOD': 'GBP',
  'V-SAP': 'EUR',
  'V-CAP': 'EUR',
};

const TEMPLATE_WEIGHTS = SPEND.map((t) => t.weight);
/** Template ranges read like enterprise list prices; a mid-size organisation buys about 40% of that per line. */
const MID_SIZE = 0.4;

/**
 * Who pays, for what and to whom: a template and its cost center, service and vendor,
 * never a key a supplier contract covers (see CONTRACTED_KEYS). A template whose vendors
 * are all under contract for the drawn cost center and service is drawn again.
 */
function drawKey(rng: Prng) {
  for (;;) {
    const t = rng.weighted(SPEND, TEMPLATE_WEIGHTS);
    const costCenter = rng.pick(t.ccs);
    const service = t.service === HOME ? rng.pick(HOME_SERVICES[costCenter] ?? ['SVC-ITM-MGMT']) : t.service;
    if (t.vendors.length === 0) return { t, costCenter, service, vendor: null };
    const free = t.vendors.filter((v) => !CONTRACTED_KEYS.has(spendKey(costCenter, service, v)));
    if (free.length > 0) return { t, costCenter, service, vendor: rng.pick(free) };
  }
}

/**
 * Draw `count` coherent line plans for the current and the next fiscal year. Spend under
 * a supplier contract is left to the contract (no line shares its cost center, service
 * and vendor), so the budget grid does not count it twice.
 */
export function planLines(rng: Prng, count: number, base: string, foreignShare: number): LinePlan[] {
  const plans: LinePlan[] = [];
  for (let i = 0; i < count; i++) {
    const { t, costCenter, service, vendor } = drawKey(rng);
    const home = vendor ? FOREIGN_BILLING[vendor] : undefined;
    const currency = home && home !== base && rng.chance(foreignShare * 8) ? home : base;
    const stem = rng.pick(t.desc);
    const description = rng.chance(0.7) ? `${stem} - ${rng.pick(QUALIFIERS)}` : stem;
    const shape = drawShape(rng, t.phasing);
    const { minor } = currencyScale(currency);
    // Planners budget in round hundreds; skew towards the low end of the range.
    const roundUnit = 100 * 10 ** minor;
    const r = rng.next();
    const usd = MID_SIZE * (t.usd[0] + (t.usd[1] - t.usd[0]) * r * r);
    const cur = Math.max(roundUnit, Math.round(usdCentsTo(currency, usd * 100) / roundUnit) * roundUnit);
    const growthBps = growthFor(rng, t);
    const next = Math.max(roundUnit, Math.round((cur * (10_000 + growthBps)) / 10_000 / roundUnit) * roundUnit);
    plans.push({
      template: t,
      costCenter,
      service,
      account: t.account,
      vendor,
      currency,
      description,
      shape,
      annual: [cur, next],
    });
  }
  return plans;
}

function growthFor(rng: Prng, t: SpendTemplate): number {
  switch (t.phasing) {
    case 'labour':
      return rng.int(250, 550);
    case 'ramp':
      return rng.int(600, 2200);
    case 'project':
    case 'refresh':
      return rng.int(-3500, 2500);
    default:
      return rng.int(-300, 900);
  }
}

/** Turn plans into budget lines of one scenario, amounts over both fiscal years. */
export function buildLines(
  plans: readonly LinePlan[],
  scenarioId: string,
  ids: IdMaps,
  newId: () => string,
  fiscalYears: readonly [number, number],
  fyStartMonth: number,
  adjustNext?: (plan: LinePlan) => number,
): DemoLine[] {
  const months = fiscalYears.map((fy) => fiscalYearMonths(fy, fyStartMonth));
  const lines: DemoLine[] = [];
  for (const p of plans) {
    const account = ids.account.get(p.account)!;
    const weights = periodWeights(p.shape);
    const { minor } = currencyScale(p.currency);
    const amounts: Record<MonthKey, Money> = {};
    const nextAnnual = adjustNext ? adjustNext(p) : p.annual[1];
    [p.annual[0], nextAnnual].forEach((annual, y) => {
      const parts = splitUnits(annual, weights);
      const ms = months[y]!;
      for (let m = 0; m < 12; m++) if (parts[m] !== 0) amounts[ms[m]!] = minorToMoney(parts[m]!, minor);
    });
    lines.push({
      id: newId(),
      scenarioId,
      costCenterId: ids.costCenter.get(p.costCenter)!,
      serviceId: ids.service.get(p.service)!,
      accountId: account.id,
      vendorId: p.vendor ? ids.vendor.get(p.vendor)! : null,
      currency: p.currency,
      expenseType: account.expenseType,
      description: p.description,
      amounts,
    });
  }
  return lines;
}
