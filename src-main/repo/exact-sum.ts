import { D, formatMinorBig, toMoney, type Dec, type Money } from '../../src-shared/money';

const SCALE = 6;
const SAFE = 2 ** 52;
const ZEROS = '000000';

/**
 * Exact running sum of canonical money strings, fast enough for the grid and the
 * workbook totals (hundreds of thousands of amounts): amounts with at most 9 integer
 * and 6 fraction digits are added as scaled integers in a double (exact below 2^53),
 * flushed into a BigInt before they could lose precision; anything larger goes
 * through Decimal. The result is identical to summing with Decimal.
 */
export class ExactSum {
  private small = 0;
  private big = 0n;
  private slow: Dec | null = null;

  add(amount: Money): void {
    const neg = amount.charCodeAt(0) === 45; // "-"
    const start = neg ? 1 : 0;
    const dot = amount.indexOf('.');
    const intLen = (dot < 0 ? amount.length : dot) - start;
    const fracLen = dot < 0 ? 0 : amount.length - dot - 1;
    if (intLen > 9 || fracLen > SCALE) {
      this.slow = (this.slow ?? new D(0)).plus(amount);
      return;
    }
    // Canonical strings only: digits, at most one ".", so this is the value × 10^6 exactly.
    const digits = dot < 0 ? amount.slice(start) : amount.slice(start, dot) + amount.slice(dot + 1);
    const scaled = Number(digits + ZEROS.slice(fracLen));
    if (!Number.isSafeInteger(scaled)) {
      this.slow = (this.slow ?? new D(0)).plus(amount);
      return;
    }
    const v = neg ? -scaled : scaled;
    if (Math.abs(this.small) >= SAFE) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
    this.small += v;
  }

  addAll(amounts: Iterable<Money>): this {
    for (const a of amounts) this.add(a);
    return this;
  }

  value(): Money {
    const fast = formatMinorBig(this.big + BigInt(this.small), SCALE);
    if (this.slow === null) return fast;
    return toMoney(this.slow.plus(fast));
  }
}

/** Exact sum of money strings. */
export function exactSum(amounts: Iterable<Money>): Money {
  return new ExactSum().addAll(amounts).value();
}
