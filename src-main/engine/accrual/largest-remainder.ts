/**
 * Split a whole number of minor units into parts proportional to integer weights, by
 * largest remainder (Hamilton's method): every part gets the floor of its exact share,
 * then the units left over go one each to the parts with the largest remainders, ties
 * to the earliest part. Parts sum exactly to the amount, each is within one unit of its
 * exact share, and no part has the opposite sign of the amount. A negative amount is
 * split as its magnitude and negated, so a credit note mirrors its invoice.
 *
 * Integers throughout: safe-integer arithmetic when |amount| × Σweights fits in 2^53,
 * BigInt otherwise, so the result is exact either way.
 *
 * @param amount minor units, a safe integer
 * @param weights non-negative safe integers with a positive sum (days, or 1 per period)
 * @returns minor units per part, same order as `weights`
 * @throws RangeError for an empty, negative or all-zero weight list (the callers build
 *   weights themselves, so this is a programming error, not bad user input)
 */
export function splitMinor(amount: number, weights: readonly number[]): number[] {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0)) throw new RangeError('split weights must not be negative');
    total += w;
  }
  if (total <= 0) throw new RangeError('split weights must have a positive sum');
  const sign = amount < 0 ? -1 : 1;
  const magnitude = Math.abs(amount);
  if (magnitude === 0) return weights.map(() => 0);
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let left = magnitude;
  if (magnitude * total <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < weights.length; i++) {
      const product = magnitude * weights[i]!;
      const q = Math.floor(product / total);
      parts[i] = q;
      remainders[i] = product - q * total;
      left -= q;
    }
  } else {
    const bigMagnitude = BigInt(magnitude);
    const bigTotal = BigInt(total);
    for (let i = 0; i < weights.length; i++) {
      const product = bigMagnitude * BigInt(weights[i]!);
      const q = product / bigTotal;
      parts[i] = Number(q);
      // Remainders are below `total`, itself a safe integer.
      remainders[i] = Number(product - q * bigTotal);
      left -= parts[i]!;
    }
  }
  if (left > 0) {
    const order = remainders.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let k = 0; k < left; k++) {
      const j = order[k]!;
      parts[j] = parts[j]! + 1;
    }
  }
  if (sign < 0) for (let i = 0; i < parts.length; i++) parts[i] = -parts[i]! || 0;
  return parts;
}
