import { addDays, addMonthsToDate, isoDate, parseIsoDate, type IsoDate } from '../../src-shared/calendar/iso-date';
import type { EscalationRule, RenewalTerms } from '../engine/escalation';
import type { ContractTemplate } from './catalog/contracts';
import { minorToMoney } from './minor-units';
import type { Prng } from './prng';
import type { DemoPriceIndex } from './types';

export type EscalationKind = 'none' | 'annual' | 'index' | 'steps';
const KINDS: readonly EscalationKind[] = ['none', 'annual', 'index', 'steps'];

const firstOfMonth = (d: IsoDate): IsoDate => `${d.slice(0, 7)}-01`;

/** A start date `monthsBack` months before asOf's month (negative: ahead), usually on the 1st. */
export function startDate(rng: Prng, asOf: IsoDate, monthsBack: number): IsoDate {
  const first = addMonthsToDate(firstOfMonth(asOf), -monthsBack);
  if (rng.chance(0.8)) return first;
  const { year, month } = parseIsoDate(first);
  return isoDate(year, month, rng.int(2, 28));
}

export function drawEscalationKind(rng: Prng, t: ContractTemplate): EscalationKind {
  return rng.weighted(KINDS, t.escalation);
}

/**
 * The escalation rule of a contract: a yearly percentage, a CPI link with cap and floor, or
 * two or three fixed steps on anniversaries (an amount added to the period price, or a
 * percentage). `perPeriod` is the base price in minor units (absolute steps are a share of it).
 */
export function escalationRule(
  rng: Prng,
  kind: EscalationKind,
  start: IsoDate,
  perPeriod: number,
  minorUnits: number,
  index: () => DemoPriceIndex,
): EscalationRule {
  switch (kind) {
    case 'none':
      return { kind: 'none' };
    case 'annual':
      return { kind: 'annual-percent', percent: rng.pick(['2.5', '3', '3.5', '4', '5']) };
    case 'index': {
      const { name, values } = index();
      return {
        kind: 'index',
        indexName: name,
        values,
        capPercent: rng.pick(['3', '4', '5']),
        floorPercent: rng.pick(['0', '1', '2']),
      };
    }
    case 'steps': {
      const major = 10 ** minorUnits;
      const steps = Array.from({ length: rng.int(2, 3) }, (_, k) => {
        const date = addMonthsToDate(start, 12 * (k + 1));
        if (rng.chance(0.5))
          return { date, change: { type: 'percent' as const, percent: rng.pick(['5', '7.5', '10']) } };
        const add = Math.max(major, Math.round((perPeriod * rng.int(3, 8)) / 100 / major) * major);
        return { date, change: { type: 'absolute' as const, amount: minorToMoney(add, minorUnits) } };
      });
      return { kind: 'steps', steps };
    }
  }
}

/** Renewal terms: most contracts need notice (days or months before renewal); some renew by themselves yearly. */
export function renewalTerms(rng: Prng, t: ContractTemplate): RenewalTerms | undefined {
  if (t.prepaid || rng.chance(0.1)) return undefined;
  const notice = rng.chance(0.6) ? { noticeDays: rng.pick([30, 60, 90]) } : { noticeMonths: rng.pick([3, 6]) };
  return rng.chance(t.autoRenew) ? { ...notice, autoRenew: true, renewalTermMonths: 12 } : notice;
}

/**
 * A renewal date (a 1st of the month after asOf) whose notice deadline falls 1–90 days after
 * asOf, for contracts whose notice is due soon. Null when no 1st of the month fits.
 */
export function renewalWithNoticeSoon(
  rng: Prng,
  asOf: IsoDate,
  notice: { noticeDays: number } | { noticeMonths: number },
): IsoDate | null {
  const limit = addDays(asOf, 90);
  const fits: IsoDate[] = [];
  for (let k = 1; k <= 12; k++) {
    const renewal = addMonthsToDate(firstOfMonth(asOf), k);
    const deadline =
      'noticeDays' in notice ? addDays(renewal, -notice.noticeDays) : addMonthsToDate(renewal, -notice.noticeMonths);
    if (deadline > asOf && deadline <= limit) fits.push(renewal);
  }
  return fits.length > 0 ? rng.pick(fits) : null;
}
