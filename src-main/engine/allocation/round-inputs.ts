import { D, roundMoney, type Dec } from '../../../src-shared/money';

/**
 * Round exact amounts to a currency's minor units so the parts add up to the rounded exact
 * total: each part is round(running total) − round(running total before it), half up. No
 * part is more than one minor unit from its own rounding, and there is no drift however
 * many parts there are (rounding each one on its own could miss by n/2 minor units).
 * Returns Money strings in input order, and the rounded total.
 */
export function roundCumulative(values: readonly Dec[], minorUnits: number): { parts: string[]; total: string } {
  let running = new D(0);
  let before = new D(0);
  const parts = values.map((v) => {
    running = running.plus(v);
    const rounded = new D(roundMoney(running, minorUnits));
    const part = rounded.minus(before).toFixed();
    before = rounded;
    return part;
  });
  return { parts, total: roundMoney(running, minorUnits) };
}
