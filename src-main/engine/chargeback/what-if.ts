import type { PricedService } from '../../../src-shared/model/rates';
import { D, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import { computeRate, recoveredAmount, recoveredOnQuantities } from './rates';
import type { RateBasis } from './types';

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

/** A service to price for a period: its pool, its billed quantities and its capacity. */
export interface ServicePricingInput {
  serviceId: string;
  /** Allocated cost of the period (decimal string, base currency). */
  cost: Money;
  /** Every quantity billed in the period (one per business unit and month), each ≥ 0. */
  quantities: readonly string[];
  /** Planned capacity of the period. */
  capacity: string;
  /** A chosen or candidate rate; null or absent prices at the proposed rate. */
  rate?: Money | null;
}

/** How a period's services are priced. */
export interface PricingOptions {
  basis: RateBasis;
  /** Markup on cost in percent ("0" = at cost). */
  markupPct: string;
  /** Decimal places of a rate. */
  precision: number;
  /** Minor units of the currency recovered amounts are rounded to. */
  minorUnits: number;
}

export type { PricedService };

/**
 * Price each service for a period: the proposed rate from its pool and the basis volume
 * (computeRate), the rate actually used (the given one, else the proposal), and what that
 * rate recovers on the billed quantities, each rounded as its invoice line is. A service
 * whose rate cannot be proposed keeps a `problem` instead of stopping the others. Throws
 * EngineInputError for a bad given rate or quantity (naming the service and field).
 */
export function priceServices(services: readonly ServicePricingInput[], opts: PricingOptions): PricedService[] {
  return services.map((s) => {
    const item = s.serviceId;
    let usage = new D(0);
    for (const q of s.quantities) {
      const v = new D(requireMoney(q, item, 'quantity'));
      if (v.isNegative()) throw new EngineInputError(`${item}: quantity ${q} must not be negative`, item, 'quantity');
      usage = usage.plus(v);
    }
    const cost = requireMoney(s.cost, item, 'cost');
    let proposedRate: Money | null = null;
    let problem: string | null = null;
    try {
      proposedRate = computeRate({
        serviceId: item,
        costPool: cost,
        actualVolume: toMoney(usage),
        plannedCapacity: s.capacity,
        basis: opts.basis,
        markupPct: opts.markupPct,
        precision: opts.precision,
      }).rate;
    } catch (e) {
      if (!(e instanceof EngineInputError)) throw e;
      problem = e.message;
    }
    const given = s.rate ?? null;
    if (given !== null && new D(requireMoney(given, item, 'rate')).isNegative()) {
      throw new EngineInputError(`${item}: rate ${given} must not be negative`, item, 'rate');
    }
    const rate = given ?? proposedRate;
    const recovered = rate === null ? '0' : recoveredOnQuantities(s.quantities, rate, opts.minorUnits);
    return {
      serviceId: item,
      cost,
      usage: toMoney(usage),
      capacity: toMoney(new D(requireMoney(s.capacity, item, 'capacity'))),
      volume: opts.basis === 'capacity' ? toMoney(new D(s.capacity)) : toMoney(usage),
      proposedRate,
      rate,
      recovered,
      variance: toMoney(new D(recovered).minus(cost)),
      problem,
    };
  });
}
