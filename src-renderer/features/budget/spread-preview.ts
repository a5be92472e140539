import {
  growFromPrevious,
  parseUserAmount,
  roundMoney,
  spreadByProfile,
  spreadEven,
  sumMoney,
  type Money,
} from '../../../src-shared/money';
import { D } from '../../../src-shared/money';
import type { ChannelInput } from '../../../src-shared/ipc/contract';

export type SpreadMethod = 'even' | 'profile' | 'previous-year';

export interface SpreadForm {
  method: SpreadMethod;
  annual: string;
  weights: string[];
  growthPct: string;
  /** Last year's months of this line, once loaded (previous-year method). */
  previous: Money[] | null;
}

export type SpreadArgs = ChannelInput<'budget/spread-line'>['spread'];

export type SpreadPreview =
  | {
      ok: true;
      months: Money[];
      /** Sum of the months. */
      total: Money;
      /** The annual amount the months must add up to, in the line currency's minor units. */
      target: Money;
      spread: SpreadArgs;
    }
  | { ok: false; message: string };

const RATE = /^-?\d+(\.\d+)?$/;

/**
 * What a spread will write, computed with the same exact helpers as the service, so
 * the user sees the months and that they add up to the annual amount before applying.
 */
export function previewSpread(form: SpreadForm, minorUnits: number): SpreadPreview {
  if (form.method === 'previous-year') {
    const pct = form.growthPct.trim().replace(/%$/, '').trim();
    if (!RATE.test(pct))
      return { ok: false, message: `Growth "${form.growthPct}" is not a percentage such as 3 or -2.5.` };
    if (!form.previous) return { ok: false, message: 'Loading last year’s amounts…' };
    const months = growFromPrevious(form.previous, pct, minorUnits);
    const grown = new D(sumMoney(form.previous)).times(new D(1).plus(new D(pct).div(100)));
    return {
      ok: true,
      months,
      total: sumMoney(months),
      target: roundMoney(grown, minorUnits),
      spread: { method: 'previous-year', growthPct: pct },
    };
  }
  let annual: Money | null;
  try {
    annual = parseUserAmount(form.annual);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  if (annual === null) return { ok: false, message: 'Enter the annual amount.' };
  if (form.method === 'even') {
    const months = spreadEven(annual, 12, minorUnits);
    return {
      ok: true,
      months,
      total: sumMoney(months),
      target: roundMoney(annual, minorUnits),
      spread: { method: 'even', annual },
    };
  }
  const weights = form.weights.map((w) => w.trim());
  const bad = weights.findIndex((w) => !RATE.test(w) || w.startsWith('-'));
  if (bad >= 0)
    return { ok: false, message: `Weight ${bad + 1} "${form.weights[bad]}" must be a number of at least 0.` };
  if (weights.every((w) => Number(w) === 0)) return { ok: false, message: 'At least one weight must be above 0.' };
  const months = spreadByProfile(annual, weights, minorUnits);
  return {
    ok: true,
    months,
    total: sumMoney(months),
    target: roundMoney(annual, minorUnits),
    spread: { method: 'profile', annual, weights },
  };
}
