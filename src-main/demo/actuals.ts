import { addMonths, fiscalPeriodOf, parseMonthKey, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { Actual } from '../../src-shared/model';
import type { Prng } from './prng';
import type { IdMaps, LinePlan } from './budget-lines';
import { currencyScale, minorToMoney, usdCentsTo } from './minor-units';

/** Calendar-month seasonality in percent: year-end spend, quiet January and August. */
const SEASON = [92, 98, 103, 99, 100, 104, 97, 94, 103, 101, 104, 115];
/** Labour: December carries the bonus run, summer has fewer contractor days. */
const LABOUR_SEASON = [99, 99, 100, 100, 100, 101, 98, 97, 100, 100, 100, 108];

export const SOURCE_GL = 'ERP GL extract';
export const SOURCE_INCIDENT = 'Incident recovery';
export const SOURCE_TRUE_UP = 'Licence true-up';
export const SOURCE_CREDIT = 'Vendor credit note';

interface Ctx {
  rng: Prng;
  ids: IdMaps;
  newId: () => string;
  fyStartMonth: number;
}

/**
 * 36 months of actuals before `asOfMonth`, one row per month and dimension combination
 * (cost center, service, account, vendor, currency) of the budget: the current budget of
 * the combination run backwards with a yearly growth trend, calendar seasonality and ±4%
 * noise. The one-off spikes come from `spikeActuals`.
 */
export function generateActuals(ctx: Ctx, plans: readonly LinePlan[], asOfMonth: MonthKey): Actual[] {
  const { rng } = ctx;
  const first = addMonths(asOfMonth, -36);
  const months = Array.from({ length: 36 }, (_, k) => addMonths(first, k));
  const periods = months.map((m) => fiscalPeriodOf(m, ctx.fyStartMonth));
  const groups = new Map<string, { plan: LinePlan; expected: number[] }>();
  for (const p of plans) {
    const key = `${p.costCenter}|${p.service}|${p.account}|${p.vendor ?? ''}|${p.currency}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { plan: p, expected: new Array<number>(36).fill(0) }));
    for (let k = 0; k < 36; k++) g.expected[k]! += p.annual[0] * periodShare(p, periods[k]!, rng);
  }
  const out: Actual[] = [];
  let invoice = 100_000;
  for (const { plan: p, expected } of groups.values()) {
    const growth = p.shape.phasing === 'ramp' ? 0.18 : p.shape.phasing === 'labour' ? 0.04 : 0.05;
    const season = p.shape.phasing === 'labour' ? LABOUR_SEASON : SEASON;
    const { minor } = currencyScale(p.currency);
    for (let k = 0; k < 36; k++) {
      if (expected[k] === 0) continue;
      const month = months[k]!;
      const trend = Math.pow(1 + growth, -(36 - k) / 12);
      const seasonal = season[parseMonthKey(month).month - 1]! / 100;
      const noise = 1 + (0.04 * rng.gauss()) / 2;
      // Floats shape the magnitude only; the amount itself is a whole number of minor units.
      const units = Math.round(expected[k]! * trend * seasonal * noise);
      if (units === 0) continue;
      invoice += rng.int(1, 40);
      out.push({
        id: ctx.newId(),
        month,
        costCenterId: ctx.ids.costCenter.get(p.costCenter)!,
        serviceId: ctx.ids.service.get(p.service)!,
        accountId: ctx.ids.account.get(p.account)!.id,
        vendorId: p.vendor ? ctx.ids.vendor.get(p.vendor)! : null,
        amount: minorToMoney(units, minor),
        currency: p.currency,
        source: SOURCE_GL,
        reference: p.vendor ? `AP-${invoice}` : `PAY-${month}`,
      });
    }
  }
  return out;
}

/** Fraction of the annual amount that falls in one fiscal period, by the line's shape. */
function periodShare(p: LinePlan, period: number, rng: Prng): number {
  switch (p.shape.phasing) {
    case 'annual':
      return period === p.shape.anchor ? 1 : 0;
    case 'quarterly':
      return (period - 1) % 3 === 0 ? 0.25 : 0;
    case 'project':
      // Projects recur with different timing each year: spend lands in a few months.
      return rng.chance(0.35) ? 1 / 4.2 : 0;
    case 'refresh':
      return [4, 5, 10, 11].includes(period) ? 0.18 : 0.035;
    default:
      return 1 / 12;
  }
}

export interface Spike {
  monthsBack: number;
  costCenter: string;
  service: string;
  account: string;
  vendor: string | null;
  usd: number;
  source: string;
  reference: (month: MonthKey) => string;
}

/** The one-off events a planner would recognise in the history, each marked in source and reference. */
export function spikes(rng: Prng): Spike[] {
  const incident = rng.int(10, 18);
  const trueUp = rng.int(20, 30);
  const inc = (m: MonthKey) => `INC-${m.replace('-', '')}-0412`;
  return [
    {
      monthsBack: incident,
      costCenter: 'CC-3100',
      service: 'SVC-SEC-SOC',
      account: '6300-080',
      vendor: 'V-CRWD',
      usd: 385_000,
      source: SOURCE_INCIDENT,
      reference: (m) => `${inc(m)} ransomware response`,
    },
    {
      monthsBack: incident,
      costCenter: 'CC-3100',
      service: 'SVC-SEC-SOC',
      account: '6200-030',
      vendor: 'V-DLT',
      usd: 142_500,
      source: SOURCE_INCIDENT,
      reference: (m) => `${inc(m)} forensic investigation`,
    },
    {
      monthsBack: incident - 1,
      costCenter: 'CC-1500',
      service: 'SVC-COMP-VM',
      account: '6100-020',
      vendor: null,
      usd: 48_200,
      source: SOURCE_INCIDENT,
      reference: (m) => `${inc(addMonths(m, -1))} recovery overtime`,
    },
    {
      monthsBack: incident - 1,
      costCenter: 'CC-1400',
      service: 'SVC-STOR-BKP',
      account: '6500-030',
      vendor: 'V-VEEAM',
      usd: 96_000,
      source: SOURCE_INCIDENT,
      reference: (m) => `${inc(addMonths(m, -1))} immutable backup licences`,
    },
    {
      monthsBack: trueUp,
      costCenter: 'CC-2300',
      service: 'SVC-EU-M365',
      account: '6500-040',
      vendor: 'V-MSFT',
      usd: 428_750,
      source: SOURCE_TRUE_UP,
      reference: (m) => `TRUEUP-MSFT-${m.slice(0, 4)} enterprise agreement true-up`,
    },
    {
      monthsBack: trueUp - 6,
      costCenter: 'CC-5100',
      service: 'SVC-PLAT-DB',
      account: '6500-040',
      vendor: 'V-ORCL',
      usd: 263_400,
      source: SOURCE_TRUE_UP,
      reference: (m) => `TRUEUP-ORCL-${m.slice(0, 4)} licence audit settlement`,
    },
    {
      monthsBack: rng.int(3, 9),
      costCenter: 'CC-1310',
      service: 'SVC-NET-WAN',
      account: '6700-010',
      vendor: 'V-LUMN',
      usd: -12_480,
      source: SOURCE_CREDIT,
      reference: () => `CN-LUMN-${rng.int(1000, 9999)} SLA breach credit`,
    },
  ];
}

export function spikeActuals(ctx: Ctx, list: readonly Spike[], asOfMonth: MonthKey, currency: string): Actual[] {
  const { minor } = currencyScale(currency);
  return list.map((s) => {
    const month = addMonths(asOfMonth, -s.monthsBack);
    // A few odd cents make the spikes look like real invoices.
    const units = usdCentsTo(currency, s.usd * 100) + (s.usd < 0 ? -1 : 1) * ctx.rng.int(0, 99);
    return {
      id: ctx.newId(),
      month,
      costCenterId: ctx.ids.costCenter.get(s.costCenter)!,
      serviceId: ctx.ids.service.get(s.service)!,
      accountId: ctx.ids.account.get(s.account)!.id,
      vendorId: s.vendor ? ctx.ids.vendor.get(s.vendor)! : null,
      amount: minorToMoney(units, minor),
      currency,
      source: s.source,
      reference: s.reference(month),
    };
  });
}
