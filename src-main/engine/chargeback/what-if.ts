import { D, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import { recoveredAmount } from './rates';

/** One row of the what-if grid: a service's period cost and volume, its current rate and a candidate. */
export interface WhatIfInput {
  serviceId: string;
  cost: Money;
  volume: string;
  currentRate: Money;
  candidateRate: Money;
}

/** The what-if grid row: recovery at the current and at the candidate rate, side by side. */
export interface WhatIfRow extends WhatIfInput {
  currentRecovered: Money;
  currentVariance: Money;
  candidateRecovered: Money;
  candidateVariance: Money;
  /** candidateRecovered − currentRecovered: what the business would pay more (or less). */
  change: Money;
  /** cost ÷ volume unrounded: the rate at which the service would exactly recover its cost; null for no volume. */
  breakEvenRate: string | null;
}

/**
 * Try candidate rates before publishing: the same cost and volume priced at the current and
 * at the candidate rate. Nothing is published; the rows feed an editable grid. Throws
 * EngineInputError naming the service and field for a bad amount or a negative rate.
 */
export function whatIfRates(rows: readonly WhatIfInput[], minorUnits: number): WhatIfRow[] {
  return rows.map((r) => {
    const item = r.serviceId;
    const cost = requireMoney(r.cost, item, 'cost');
    const volume = requireMoney(r.volume, item, 'volume');
    const current = requireMoney(r.currentRate, item, 'currentRate');
    const candidate = requireMoney(r.candidateRate, item, 'candidateRate');
    for (const [field, v] of [
      ['volume', volume],
      ['currentRate', current],
      ['candidateRate', candidate],
    ] as const) {
      if (new D(v).isNegative()) throw new EngineInputError(`${item}: ${field} ${v} must not be negative`, item, field);
    }
    const currentRecovered = recoveredAmount(volume, current, minorUnits);
    const candidateRecovered = recoveredAmount(volume, candidate, minorUnits);
    return {
      serviceId: item,
      cost,
      volume,
      currentRate: current,
      candidateRate: candidate,
      currentRecovered,
      currentVariance: toMoney(new D(currentRecovered).minus(cost)),
      candidateRecovered,
      candidateVariance: toMoney(new D(candidateRecovered).minus(cost)),
      change: toMoney(new D(candidateRecovered).minus(currentRecovered)),
      breakEvenRate: new D(volume).isZero() ? null : toMoney(new D(cost).div(volume)),
    };
  });
}
