import { addMonthsToDate, isoDate, parseIsoDate } from '../../src-shared/calendar/iso-date';
import { parseMonthKey } from '../../src-shared/calendar/fiscal';
import { minorToMoney } from './minor-units';
import type { Prng } from './prng';
import type { DemoAsset } from './types';

/** Share of old enough capitalised assets disposed of before the end of their life. */
const DISPOSAL_SHARE = 0.09;
const MIN_DISPOSALS = 3;

function monthsInService(a: DemoAsset, asOf: string): number {
  const s = parseIsoDate(a.inServiceDate);
  const n = parseIsoDate(asOf);
  return (n.year - s.year) * 12 + (n.month - s.month);
}

/** Whole minor units of a Money string with at most `minor` decimals (demo amounts only). */
function units(m: string, minor: number): number {
  const [whole = '0', frac = ''] = m.split('.');
  return Number(whole) * 10 ** minor + Number(frac.padEnd(minor, '0') || '0');
}

const plainCapex = (a: DemoAsset) =>
  a.expenseType === 'CapEx' && !a.events && a.method === 'straight-line' && a.convention === 'full-month';

/**
 * The events that make schedules interesting, on capitalised assets only, all dated on or
 * before `asOf`:
 * - one change of estimate: a server kept two years longer than planned (life + 24 months,
 *   taking effect 24 months after it went into service);
 * - one impairment after a year in service: 30 % of the depreciable base written off, less
 *   than what is left after at most a year of straight-line depreciation;
 * - early disposals (about 9 %, at least 3): sold or scrapped after 30–85 % of the life.
 */
export function addAssetEvents(ctx: { rng: Prng; asOf: string }, assets: DemoAsset[]): void {
  const { rng, asOf } = ctx;
  const lifeChange =
    assets.find((a) => plainCapex(a) && a.assetClass === 'server' && monthsInService(a, asOf) >= 30) ??
    assets.find((a) => plainCapex(a) && monthsInService(a, asOf) >= 30);
  if (lifeChange) {
    const s = parseIsoDate(lifeChange.inServiceDate);
    lifeChange.events = [
      {
        kind: 'life-change',
        date: addMonthsToDate(isoDate(s.year, s.month, 1), 24),
        usefulLifeMonths: lifeChange.usefulLifeMonths + 24,
      },
    ];
  }

  const impaired =
    assets.find((a) => plainCapex(a) && a.assetClass === 'storage' && monthsInService(a, asOf) >= 14) ??
    assets.find((a) => plainCapex(a) && a.usefulLifeMonths >= 36 && monthsInService(a, asOf) >= 14);
  if (impaired) {
    const base = units(impaired.cost, impaired.minorUnits) - units(impaired.salvage, impaired.minorUnits);
    const major = 10 ** impaired.minorUnits;
    const loss = Math.max(major, Math.round((base * 0.3) / major) * major);
    impaired.events = [
      {
        kind: 'impairment',
        date: addMonthsToDate(impaired.inServiceDate, 12),
        amount: minorToMoney(loss, impaired.minorUnits),
      },
    ];
  }

  const candidates = assets.filter(
    (a) => a.expenseType === 'CapEx' && !a.events && monthsInService(a, asOf) >= 13 && a.usefulLifeMonths >= 24,
  );
  const chosen = candidates.filter(() => rng.chance(DISPOSAL_SHARE));
  for (const a of candidates) {
    if (chosen.length >= MIN_DISPOSALS) break;
    if (!chosen.includes(a)) chosen.push(a);
  }
  for (const a of chosen) {
    const available = monthsInService(a, asOf) - 1;
    const from = Math.ceil(a.usefulLifeMonths * 0.3);
    const to = Math.min(Math.floor(a.usefulLifeMonths * 0.85), available);
    if (to < Math.min(from, 12)) continue;
    const m = rng.int(Math.min(from, to), to);
    const s = parseIsoDate(a.inServiceDate);
    const { year, month } = parseMonthKey(addMonthsToDate(isoDate(s.year, s.month, 1), m).slice(0, 7));
    a.events = [{ kind: 'disposal', date: isoDate(year, month, rng.int(1, 28)) }];
  }
}
