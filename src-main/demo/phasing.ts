import type { Prng } from './prng';
import type { Phasing } from './catalog/spend';

/** Per-line choices that keep a line's shape the same from one fiscal year to the next. */
export interface LineShape {
  phasing: Phasing;
  /** 1-based fiscal period of an annual renewal, or the first month of a project. */
  anchor: number;
  /** Project length in months. */
  span: number;
}

export function drawShape(rng: Prng, phasing: Phasing): LineShape {
  if (phasing === 'annual') return { phasing, anchor: rng.int(1, 12), span: 1 };
  if (phasing === 'project') {
    const span = rng.int(3, 6);
    return { phasing, anchor: rng.int(1, 13 - span), span };
  }
  return { phasing, anchor: 1, span: 12 };
}

const PROJECT_CURVE = [2, 4, 5, 4, 3, 2];
const REFRESH = [1, 1, 1, 3, 3, 2, 1, 1, 1, 3, 3, 2];

/** Integer weights for the 12 fiscal periods of a line (period 1 first). */
export function periodWeights(shape: LineShape): number[] {
  const w = new Array<number>(12).fill(0);
  switch (shape.phasing) {
    case 'even':
      return w.fill(1);
    case 'labour':
      // Merit increases land mid-year.
      return w.map((_, i) => (i < 6 ? 100 : 103));
    case 'quarterly':
      return w.map((_, i) => (i % 3 === 0 ? 1 : 0));
    case 'annual':
      w[shape.anchor - 1] = 1;
      return w;
    case 'project':
      for (let i = 0; i < shape.span; i++) w[shape.anchor - 1 + i] = PROJECT_CURVE[i]!;
      return w;
    case 'ramp':
      // Consumption grows through the year (cloud usage).
      return w.map((_, i) => 100 + 3 * i);
    case 'refresh':
      return REFRESH.slice();
  }
}

/**
 * Split a whole number of minor units over integer weights so the parts add up exactly
 * (largest remainder, ties to the earliest part). Integer arithmetic only.
 */
export function splitUnits(total: number, weights: readonly number[]): number[] {
  let wSum = 0;
  for (const w of weights) wSum += w;
  if (wSum <= 0) throw new Error('weights must have a positive sum');
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const parts: number[] = [];
  const rems: number[] = [];
  let given = 0;
  for (const w of weights) {
    const num = abs * w;
    const q = Math.floor(num / wSum);
    parts.push(q);
    rems.push(num - q * wSum);
    given += q;
  }
  let left = abs - given;
  if (left > 0) {
    const order = rems.map((r, i) => i).sort((a, b) => rems[b]! - rems[a]! || a - b);
    for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]!]! += 1;
  }
  return sign < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}
