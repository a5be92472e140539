import { addDays, addMonthsToDate, type IsoDate } from '../../src-shared/calendar/iso-date';
import type { EscalationRule, RenewalTerms } from '../engine/escalation';
import type { IdMaps } from './budget-lines';
import { CONTRACT_TEMPLATES, VENDOR_HOME, type ContractTemplateKey } from './catalog/contracts';
import {
  drawEscalationKind,
  escalationRule,
  renewalTerms,
  renewalWithNoticeSoon,
  startDate,
  type EscalationKind,
} from './contract-terms';
import { currencyScale, minorToMoney, usdCentsTo } from './minor-units';
import { indexRegion, type PriceIndexes } from './price-indexes';
import type { Prng } from './prng';
import type { DemoContract } from './types';

export interface ContractContext {
  rng: Prng;
  newId: () => string;
  ids: IdMaps;
  base: string;
  asOf: IsoDate;
  indexes: PriceIndexes;
}

/** What a contract must show; anything left out is drawn from its template. */
interface ContractSpec {
  template: ContractTemplateKey;
  currency?: string;
  escalation?: EscalationKind | 'cpi-capped';
  /** Notice terms whose deadline must fall within 90 days after asOf. */
  noticeSoon?: { noticeDays: number } | { noticeMonths: number };
  /** Start, in months before asOf's month. */
  monthsBack?: number;
  term?: number;
}

const KEYS = Object.keys(CONTRACT_TEMPLATES) as ContractTemplateKey[];
const KEY_WEIGHTS = KEYS.map((k) => CONTRACT_TEMPLATES[k].weight);
const MONTHS = { monthly: 1, quarterly: 3, annual: 12 } as const;
const PAYMENT_TERMS = ['net 30', 'net 45', 'net 60', 'EOM + 30'];
/** A vendor from each of these currencies: a US SaaS vendor, SAP, Vodafone, an Indian integrator. */
const TEMPLATE_FOR_CURRENCY: Record<string, ContractTemplateKey> = { USD: 'crm', EUR: 'sap', GBP: 'wan', INR: 'ams' };

/** The foreign currencies contracts are billed in: EUR, GBP and INR, with USD standing in for the base currency. */
export function contractCurrencies(base: string): string[] {
  return ['EUR', 'GBP', 'INR'].map((c) => (c === base ? 'USD' : c));
}

/**
 * The contracts every demo shows first, so each feature is on screen: one contract in each
 * foreign currency, a CPI link whose cap binds, a multi-year licence paid up front, three
 * contracts whose notice deadline is within 90 days, fixed step increases, and a service
 * billed quarterly in advance.
 */
function anchors(base: string): ContractSpec[] {
  return [
    ...contractCurrencies(base).map((currency) => ({ template: TEMPLATE_FOR_CURRENCY[currency]!, currency })),
    { template: 'colocation', escalation: 'cpi-capped', monthsBack: 40, term: 60, currency: base },
    { template: 'termLicence', monthsBack: 6, term: 36, currency: base },
    { template: 'security', noticeSoon: { noticeDays: 90 } },
    { template: 'hardware', noticeSoon: { noticeMonths: 3 } },
    { template: 'wan', noticeSoon: { noticeDays: 60 } },
    { template: 'virtualisation', escalation: 'steps', monthsBack: 8, term: 36 },
    { template: 'soc', monthsBack: 14, term: 36 },
  ];
}

/**
 * `count` supplier contracts: the anchors above, then contracts drawn from the templates
 * (weighted). Multi-year terms, escalations, renewal and notice terms, payment terms, some
 * prepaid up front; about 45 % of those with a foreign vendor are billed in its currency.
 */
export function generateContracts(ctx: ContractContext, count: number): DemoContract[] {
  const specs = anchors(ctx.base).slice(0, count);
  while (specs.length < count) specs.push({ template: ctx.rng.weighted(KEYS, KEY_WEIGHTS) });
  return specs.map((s, i) => buildContract(ctx, i, s));
}

function buildContract(ctx: ContractContext, i: number, spec: ContractSpec): DemoContract {
  const { rng, ids, base, asOf } = ctx;
  const t = CONTRACT_TEMPLATES[spec.template];
  let name: string, home: readonly [string, string], vendor: string;
  if (t.aligned) {
    const k = rng.int(0, t.names.length - 1);
    [name, home, vendor] = [t.names[k]!, t.homes[k]!, t.vendors[k]!];
  } else {
    name = rng.pick(t.names);
    home = rng.pick(t.homes);
    const billsIn = spec.currency ? t.vendors.filter((v) => VENDOR_HOME[v] === spec.currency) : [];
    vendor = rng.pick(billsIn.length > 0 ? billsIn : t.vendors);
  }
  const vendorHome = VENDOR_HOME[vendor];
  const currency = spec.currency ?? (vendorHome && vendorHome !== base && rng.chance(0.45) ? vendorHome : base);
  const { minor } = currencyScale(currency);
  const major = 10 ** minor;
  const term = spec.term ?? rng.pick(t.terms);

  let renewal: RenewalTerms | undefined;
  let start: IsoDate;
  const renewsOn = spec.noticeSoon ? renewalWithNoticeSoon(rng, asOf, spec.noticeSoon) : null;
  if (spec.noticeSoon && renewsOn) {
    renewal = rng.chance(t.autoRenew)
      ? { ...spec.noticeSoon, autoRenew: true, renewalTermMonths: 12 }
      : spec.noticeSoon;
    start = addMonthsToDate(renewsOn, -term);
  } else {
    renewal = renewalTerms(rng, t);
    const back = spec.monthsBack ?? (renewal?.autoRenew ? rng.int(-3, 60) : rng.int(-3, term - 2));
    start = startDate(rng, asOf, back);
  }
  const end = addDays(addMonthsToDate(start, term), -1);

  const r = rng.next();
  const usd = t.annualUsd[0] + (t.annualUsd[1] - t.annualUsd[0]) * r * r;
  const hundred = 100 * major;
  const annual = Math.max(hundred, Math.round(usdCentsTo(currency, usd * 100) / hundred) * hundred);
  const exact = (annual * MONTHS[t.billing]) / 12;
  // Prices are quoted in round figures: whole hundreds once a period costs a thousand or more.
  const step = exact >= 1000 * major ? hundred : major;
  const perPeriod = Math.max(major, Math.round(exact / step) * step);

  let escalation: EscalationRule;
  const index = () => ctx.indexes.get(indexRegion(currency));
  if (t.prepaid) escalation = { kind: 'none' };
  else if (spec.escalation === 'cpi-capped') {
    // "Lesser of CPI and 2.5 %": the assumed CPI runs above it, so the cap binds.
    const { name: indexName, values } = index();
    escalation = { kind: 'index', indexName, values, capPercent: '2.5', floorPercent: '1' };
  } else {
    const kind = spec.escalation ?? drawEscalationKind(rng, t);
    escalation = escalationRule(rng, kind, start, perPeriod, minor, index);
  }

  return {
    id: ctx.newId(),
    code: `CTR-${1001 + i}`,
    name,
    kind: t.kind,
    currency,
    minorUnits: minor,
    baseAmount: minorToMoney(perPeriod, minor),
    billing: t.billing,
    start,
    end,
    escalation,
    ...(renewal ? { renewal } : {}),
    costCenterId: ids.costCenter.get(home[0])!,
    serviceId: ids.service.get(home[1])!,
    accountId: ids.account.get(t.account)!.id,
    vendorId: ids.vendor.get(vendor)!,
    expenseType: 'OpEx',
    paymentTerms: rng.weighted(PAYMENT_TERMS, [45, 20, 20, 15]),
    invoiceTiming: t.timing,
    prepaid: t.prepaid === true,
  };
}
