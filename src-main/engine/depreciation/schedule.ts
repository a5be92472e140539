import type { FiscalPeriodSpan } from '../../../src-shared/calendar/calendar-types';
import type { RoundingMode } from '../../../src-shared/money';
import { formatMinor } from '../../../src-shared/money/minor-units';
import { HALF_MONTH, lifeClock, TICKS_PER_MONTH } from './life-clock';
import { periodTable } from './period-table';
import { decliningBalancePlan, postedAt, straightLinePlan, sumOfYearsDigitsPlan, unitsPlan, type Plan } from './plans';
import type {
  DepreciableAsset,
  DepreciationOptions,
  DepreciationRow,
  DepreciationSchedule,
  ScheduleStatus,
} from './types';
import { checkAsset, type CheckedAsset, type CheckedEvent } from './validate-asset';

const T = TICKS_PER_MONTH;

function initialPlan(a: CheckedAsset, mode: RoundingMode): Plan {
  const base = a.cost - a.salvage;
  switch (a.method) {
    case 'straight-line':
      return straightLinePlan(base, 0, a.lifeMonths * T, 0);
    case 'sum-of-the-years-digits':
      return sumOfYearsDigitsPlan(base, a.lifeMonths, T, mode);
    case 'declining-balance':
    case 'double-declining-balance':
      return decliningBalancePlan(
        a.cost,
        a.salvage,
        a.lifeMonths,
        a.dbBasisPoints,
        a.switchToStraightLine,
        a.convention === 'half-year',
        T,
        mode,
      );
    case 'units-of-production':
      return unitsPlan(base, 0, 0, a.totalUnits);
  }
}

/** After an impairment or a change of estimate: what is left, from life tick `from` to `lifeEnd`. */
function rebase(
  a: CheckedAsset,
  plan: Plan,
  left: number,
  posted: number,
  from: number,
  lifeEnd: number,
  units: number,
): Plan {
  if (plan.kind === 'units') return unitsPlan(left, posted, units, a.totalUnits - units);
  // A life that has already run out gets a block of no length: all of it at once.
  return straightLinePlan(left, Math.min(from, lifeEnd), lifeEnd, posted);
}

/**
 * The depreciation schedule of one asset over a list of fiscal periods: per period the
 * expense, any write-off, accumulated depreciation and net book value, as Money strings in
 * the asset's currency rounded to its minor units.
 *
 * Each fiscal period counts as one month of life, whether it is a calendar month or a 4- or
 * 5-week retail period, so a 60-month life is 60 periods. The rows run from the period
 * holding the in-service date to the end of life (or the disposal, or the last period
 * given). Methods and conventions are described on {@link DepreciableAsset}.
 *
 * Totals are exact: without events the expenses add up to cost − salvage to the minor
 * unit; with events, expenses + write-offs = cost − final net book value (salvage, or 0
 * after a disposal). Rounding residue is never dumped in the last period: each
 * depreciation year's amount is a whole number of minor units (straight line and
 * sum-of-the-years'-digits round the running total of the exact year amounts; declining
 * balance rounds each year and works on, as textbooks do), and inside a year the running
 * total is rounded again, so each period is within one minor unit of an even share of its
 * year and the residue of one period is carried into the next (see plans.ts).
 * `options.rounding` picks half up (default) or half even.
 *
 * Events:
 * - disposal: the period's depreciation (half a period under mid-month), then the net book
 *   value (salvage included) is written off and the schedule ends;
 * - impairment: written off after the period's depreciation; afterwards the remaining
 *   net book value − salvage is depreciated evenly over the rest of the life (units of
 *   production: over the remaining units). Reversals of impairments are not supported.
 * - life-change: from the start of its period, net book value − (new) salvage is
 *   depreciated evenly over the rest of the new life (units of production keeps following
 *   units; the new life only caps it). If the new life has already run out, all of it is
 *   expensed in that period.
 * A declining-balance or sum-of-the-years'-digits asset therefore continues straight-line
 * after an impairment or a change of estimate. Events after the last period are ignored.
 *
 * @param periods contiguous fiscal periods (e.g. from `periodsBetween` or
 *   {@link lifePeriods}) holding at least the in-service date; share one list between
 *   assets, it is validated once
 * @throws EngineInputError for invalid asset data (see checkAsset), an in-service date
 *   outside the periods, an impairment above net book value − salvage, a revised salvage
 *   above the net book value, or a malformed period list
 */
export function depreciationSchedule(
  asset: DepreciableAsset,
  periods: readonly FiscalPeriodSpan[],
  options: DepreciationOptions = {},
): DepreciationSchedule {
  const mode = options.rounding ?? 'HALF_UP';
  const a = checkAsset(asset);
  const table = periodTable(periods);
  const spans = table.spans;
  const first = table.positionOf(a.inServiceDate);
  if (first < 0) {
    throw a.fail(
      'inServiceDate',
      `${a.inServiceDate} is outside the periods given (${spans[0]!.start} … ${spans[spans.length - 1]!.end})`,
    );
  }
  const lastDay = spans[spans.length - 1]!.end;
  const events = a.events.length === 0 ? a.events : a.events.filter((e) => e.date <= lastDay);
  const isUnits = a.method === 'units-of-production';
  // Units of production follows usage; the clock only says when the useful life is over.
  const clock = lifeClock(isUnits ? 'full-month' : a.convention, spans[first]!.index, a.lifeMonths);
  const mu = a.minorUnits;

  let plan = initialPlan(a, mode);
  let lifeEnd = a.lifeMonths * T;
  let salvage = a.salvage;
  let posted = 0;
  let written = 0;
  let units = 0;
  let next = 0;
  let status: ScheduleStatus = 'in-service';
  const rows: DepreciationRow[] = [];

  for (let pos = first; pos < spans.length; pos++) {
    const span = spans[pos]!;
    const j = pos - first;
    let here: CheckedEvent[] | null = null;
    while (next < events.length && events[next]!.date <= span.end) (here ??= []).push(events[next++]!);
    const disposal = here !== null && here.some((e) => e.kind === 'disposal');

    if (here) {
      for (const e of here) {
        if (e.kind !== 'life-change') continue;
        const from = clock.start(j);
        if (e.salvage !== null) salvage = e.salvage;
        lifeEnd = e.usefulLifeMonths !== null ? e.usefulLifeMonths * T : from + e.remainingLifeMonths! * T;
        const left = a.cost - salvage - posted - written;
        if (left < 0) {
          throw a.fail(
            `${e.field}.salvage`,
            `${formatMinor(salvage, mu)} is above the net book value ${formatMinor(a.cost - posted - written, mu)} on ${e.date}`,
          );
        }
        plan = rebase(a, plan, left, posted, from, lifeEnd, units);
      }
    }

    if (isUnits) {
      const used = a.unitsByPeriod[span.key];
      if (used) units += Math.round(used * a.unitScale);
    }
    let end = clock.end(j);
    if (disposal && !isUnits && a.convention === 'mid-month') end = clock.start(j) + HALF_MONTH;
    const target =
      isUnits && end >= lifeEnd
        ? a.cost - salvage - written
        : postedAt(plan, end < lifeEnd ? end : lifeEnd, units, mode);
    const expense = target - posted;
    posted = target;

    let writeOff = 0;
    if (here) {
      for (const e of here) {
        if (e.kind !== 'impairment') continue;
        const room = a.cost - salvage - posted - written;
        if (e.amount > room) {
          throw a.fail(
            `${e.field}.amount`,
            `${formatMinor(e.amount, mu)} is more than the net book value less salvage (${formatMinor(room, mu)}) on ${e.date}`,
          );
        }
        writeOff += e.amount;
        written += e.amount;
        plan = rebase(a, plan, room - e.amount, posted, Math.min(end, lifeEnd), lifeEnd, units);
      }
      if (disposal) {
        const nbv = a.cost - posted - written;
        writeOff += nbv;
        written += nbv;
      }
    }

    const row: DepreciationRow = {
      period: span.key,
      fiscalYear: span.fiscalYear,
      index: span.index,
      expense: formatMinor(expense, mu),
      writeOff: writeOff === 0 ? '0' : formatMinor(writeOff, mu),
      accumulated: formatMinor(posted, mu),
      netBookValue: formatMinor(a.cost - posted - written, mu),
    };
    if (here) row.events = [...new Set(here.map((e) => e.kind))];
    rows.push(row);

    if (disposal) {
      status = 'disposed';
      break;
    }
    if (next >= events.length && (end >= lifeEnd || (isUnits && posted + written + salvage === a.cost))) {
      status = 'fully-depreciated';
      break;
    }
  }

  return {
    assetId: a.id,
    minorUnits: mu,
    depreciableBase: formatMinor(a.cost - a.salvage, mu),
    totalExpense: formatMinor(posted, mu),
    totalWriteOff: formatMinor(written, mu),
    status,
    rows,
  };
}
