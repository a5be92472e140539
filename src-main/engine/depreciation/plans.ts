import type { RoundingMode } from '../../../src-shared/money';
import { roundRatio } from '../../../src-shared/money/minor-units';

/**
 * A plan says how much depreciation has been posted, in total, at any point of an asset's
 * life. Time-based methods are a list of blocks on the life line (ticks, see life-clock):
 * each block holds a whole number of minor units spread evenly over its span. Units of
 * production follows the units used instead of the clock.
 *
 * Rounding without drift: a block's amount is a whole number of minor units and inside the
 * block the running total is rounded, never the single period, so every period is within
 * one minor unit of an even share of its block, the rounding residue of one period is
 * carried into the next, and the periods of a block add up exactly to its amount.
 */
export interface Block {
  /** Ticks. */
  start: number;
  end: number;
  /** Minor units posted before the block starts. */
  before: number;
  /** Minor units the block spreads. */
  amount: number;
}

export interface TimePlan {
  kind: 'time';
  blocks: Block[];
}

export interface UnitsPlan {
  kind: 'units';
  before: number;
  amount: number;
  /** Units used before this plan took over (scaled to whole numbers, see CheckedAsset.unitScale). */
  unitsBase: number;
  /** Units the plan's amount is spread over (scaled). */
  unitsLeft: number;
}

export type Plan = TimePlan | UnitsPlan;

/** Minor units posted in total at life tick `t` (time plans) or after `unitsToDate` units. */
export function postedAt(plan: Plan, t: number, unitsToDate: number, mode: RoundingMode): number {
  if (plan.kind === 'units') {
    const used = unitsToDate - plan.unitsBase;
    if (used >= plan.unitsLeft) return plan.before + plan.amount;
    if (used <= 0) return plan.before;
    return plan.before + roundRatio(plan.amount, used, plan.unitsLeft, mode);
  }
  const blocks = plan.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (t >= b.end) continue;
    if (t <= b.start) return b.before;
    return b.before + roundRatio(b.amount, t - b.start, b.end - b.start, mode);
  }
  const last = blocks[blocks.length - 1]!;
  return last.before + last.amount;
}

/** One block: `amount` minor units evenly from tick `start` to `end` (all at once if end ≤ start). */
export function straightLinePlan(amount: number, start: number, end: number, before: number): TimePlan {
  return { kind: 'time', blocks: [{ start, end: Math.max(start, end), before, amount }] };
}

/** Cut a list of blocks into minor units that add up to the whole: round the running total. */
function blocksFromRunningTotal(spans: readonly [number, number][], cumulative: (i: number) => number): Block[] {
  const blocks: Block[] = [];
  let before = 0;
  for (let i = 0; i < spans.length; i++) {
    const posted = cumulative(i);
    blocks.push({ start: spans[i]![0], end: spans[i]![1], before, amount: posted - before });
    before = posted;
  }
  return blocks;
}

/**
 * Sum-of-the-years'-digits on life years, each spread evenly over its periods. Life year y
 * (starting `s` months into a life of L months, `len` months long) weighs len × (L − s):
 * for a whole number of years n this is n, n − 1, …, 1 over n(n + 1)/2, the textbook
 * fractions; a final part year weighs its length times what is left. Year amounts are the
 * base × running weight / total weight, rounded as a running total.
 *
 * @param base minor units (cost − salvage)
 * @param lifeMonths whole months, ≥ 1
 * @param ticksPerMonth scale of the block boundaries (see life-clock)
 */
export function sumOfYearsDigitsPlan(
  base: number,
  lifeMonths: number,
  ticksPerMonth: number,
  mode: RoundingMode,
): TimePlan {
  const spans: [number, number][] = [];
  const weights: number[] = [];
  let total = 0;
  for (let s = 0; s < lifeMonths; s += 12) {
    const e = Math.min(s + 12, lifeMonths);
    spans.push([s * ticksPerMonth, e * ticksPerMonth]);
    total += (e - s) * (lifeMonths - s);
    weights.push(total);
  }
  return { kind: 'time', blocks: blocksFromRunningTotal(spans, (i) => roundRatio(base, weights[i]!, total, mode)) };
}

/**
 * Declining balance in depreciation years: rate = percent × 12 / life months per year,
 * applied to the book value (cost less depreciation so far, salvage not deducted) at the
 * start of each year, pro rata for a part year; never below salvage. With the switch, a
 * year takes straight line on the remaining base (book value − salvage over the years
 * left) when that is more. The last year takes what is left down to salvage. Each year's
 * amount is rounded to minor units and the next year works on the rounded book value, as
 * the textbooks and tax tables do.
 *
 * Depreciation years are life years, except under the half-year convention where they are
 * fiscal years (the first half a year long), which is how IRS Pub 946 Table A-1 is built.
 */
export function decliningBalancePlan(
  cost: number,
  salvage: number,
  lifeMonths: number,
  basisPoints: number,
  switchToStraightLine: boolean,
  halfYear: boolean,
  ticksPerMonth: number,
  mode: RoundingMode,
): TimePlan {
  const blocks: Block[] = [];
  let book = cost;
  let before = 0;
  let s = 0;
  while (s < lifeMonths) {
    const e = Math.min(halfYear && s === 0 ? 6 : s + 12, lifeMonths);
    const left = book - salvage;
    let amount = left;
    if (e < lifeMonths) {
      const declining = roundRatio(book, basisPoints * (e - s), 10_000 * lifeMonths, mode);
      const straight = switchToStraightLine ? roundRatio(left, e - s, lifeMonths - s, mode) : 0;
      amount = Math.min(Math.max(declining, straight), left);
    }
    blocks.push({ start: s * ticksPerMonth, end: e * ticksPerMonth, before, amount });
    before += amount;
    book -= amount;
    s = e;
  }
  return { kind: 'time', blocks };
}

/** Units of production: `amount` minor units × units used / `unitsLeft`, capped at the amount. */
export function unitsPlan(amount: number, before: number, unitsBase: number, unitsLeft: number): UnitsPlan {
  return { kind: 'units', before, amount, unitsBase, unitsLeft };
}
