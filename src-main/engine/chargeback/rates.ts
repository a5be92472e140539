import { D, type Dec, type Money, toMoney } from '../../../src-shared/money';
import { EngineInputError, requireMoney } from '../errors';
import type { RateBasis } from './types';

/** Inputs to price one service from its allocated cost pool. */
export interface RateInput {
  serviceId: string;
  /** The cost allocated to the service for the rate period (decimal string). */
  costPool: Money;
  /** Volume actually consumed in the period, in billable units (decimal string). */
  actualVolume: string;
  /** Planned (peak) capacity in billable units; required for the 'capacity' basis. */
  plannedCapacity?: string;
  basis: RateBasis;
  /** Markup on cost in percent ("0" = at cost, "5" = cost + 5 %). */
  markupPct: string;
  /** Decimal places the published rate is rounded to (0…10). */
  precision: number;
  /** HALF_UP (default) or UP: UP never publishes a rate below cost, so the pool is always recovered. */
  rounding?: 'HALF_UP' | 'UP';
}

/** A computed rate and how it was obtained, so a rate card can explain itself. */
export interface RateResult {
  serviceId: string;
  /** The rate to publish, rounded to the stated precision. */
  rate: Money;
  /** The unrounded rate (cost pool with markup ÷ volume), for showing the rounding effect. */
  exactRate: string;
  /** The volume the pool was divided by. */
  volume: string;
  /** Cost pool plus markup: what the rate aims to recover. */
  target: Money;
}

function requireQuantity(value: unknown, item: string, field: string): Dec {
  const q = new D(requireMoney(value, item, field));
  if (q.isNegative()) throw new EngineInputError(`${item}: ${field} ${q.toFixed()} must not be negative`, item, field);
  return q;
}

/**
 * Price one service: (cost pool × (1 + markup %)) ÷ volume, rounded to `precision`.
 * The volume is the actual consumption ('utilization') or the planned capacity ('capacity').
 * Throws EngineInputError naming the service and field for a missing or zero volume,
 * a negative markup below −100 % or a precision outside 0…10.
 */
export function computeRate(input: RateInput): RateResult {
  const item = input.serviceId;
  const pool = new D(requireMoney(input.costPool, item, 'costPool'));
  const markup = new D(requireMoney(input.markupPct, item, 'markupPct'));
  if (markup.lessThanOrEqualTo(-100)) {
    throw new EngineInputError(`${item}: markupPct ${markup.toFixed()} must be above -100 %`, item, 'markupPct');
  }
  if (!Number.isInteger(input.precision) || input.precision < 0 || input.precision > 10) {
    throw new EngineInputError(`${item}: precision ${input.precision} is outside 0…10`, item, 'precision');
  }
  const field = input.basis === 'capacity' ? 'plannedCapacity' : 'actualVolume';
  const raw = input.basis === 'capacity' ? input.plannedCapacity : input.actualVolume;
  if (raw === undefined) throw new EngineInputError(`${item}: ${field} is missing`, item, field);
  const volume = requireQuantity(raw, item, field);
  if (volume.isZero()) throw new EngineInputError(`${item}: ${field} is zero, no rate can be computed`, item, field);
  const target = pool.times(markup.plus(100)).div(100);
  const exact = target.div(volume);
  const mode = input.rounding === 'UP' ? D.ROUND_UP : D.ROUND_HALF_UP;
  return {
    serviceId: item,
    rate: toMoney(exact.toDecimalPlaces(input.precision, mode)),
    exactRate: toMoney(exact),
    volume: toMoney(volume),
    target: toMoney(target),
  };
}

/**
 * What a rate recovers on a volume: volume × rate rounded half up to `minorUnits`, the
 * amount an invoice line carries.
 */
export function recoveredAmount(volume: string, rate: Money, minorUnits: number): Money {
  return toMoney(new D(volume).times(rate).toDecimalPlaces(minorUnits, D.ROUND_HALF_UP));
}

/**
 * What a rate recovers on several quantities billed separately (one invoice line each):
 * the sum of each quantity × rate rounded half up to `minorUnits`. Summing rounded lines,
 * not rounding the summed volume, keeps the recovery report equal to the invoices' total.
 */
export function recoveredOnQuantities(quantities: readonly string[], rate: Money, minorUnits: number): Money {
  let sum = new D(0);
  for (const q of quantities) sum = sum.plus(recoveredAmount(q, rate, minorUnits));
  return toMoney(sum);
}

/** Cost and consumption of one service in one month, the input of the recovery report. */
export interface ServiceMonth {
  serviceId: string;
  /** "YYYY-MM". */
  month: string;
  /** Billable units consumed in the month. */
  volume: string;
  /** Cost allocated to the service for the month. */
  cost: Money;
  /**
   * The month's quantities per business unit, when known: recovered is then the sum of each
   * unit's rounded amount, exactly what the month's invoice lines add up to.
   */
  unitVolumes?: readonly string[];
}

/** Over/under-recovery of one service in one month. */
export interface RecoveryRow extends ServiceMonth {
  rate: Money;
  /** volume × rate, rounded to the currency's minor units. */
  recovered: Money;
  /** recovered − cost: positive is over-recovery (IT charged more than it spent). */
  variance: Money;
  status: 'over' | 'under' | 'exact';
}

/** The recovery report: a row per service and month and the totals per service. */
export interface RecoveryReport {
  rows: RecoveryRow[];
  byService: { serviceId: string; cost: Money; recovered: Money; variance: Money }[];
}

function statusOf(variance: Dec): RecoveryRow['status'] {
  if (variance.isZero()) return 'exact';
  return variance.isPositive() ? 'over' : 'under';
}

/**
 * Over/under-recovery per service per month = recovered (volume × published rate) − cost.
 * `rates` maps a service id to its published rate; a month of a service without a rate is
 * refused (EngineInputError naming the service). Service totals are exact sums of the rows.
 */
export function recoveryReport(
  months: readonly ServiceMonth[],
  rates: ReadonlyMap<string, Money>,
  minorUnits: number,
): RecoveryReport {
  const totals = new Map<string, { cost: Dec; recovered: Dec }>();
  const rows = months.map((m) => {
    const rate = rates.get(m.serviceId);
    if (rate === undefined) {
      throw new EngineInputError(`${m.serviceId}: no published rate for ${m.month}`, m.serviceId, 'rate');
    }
    const volume = requireQuantity(m.volume, m.serviceId, `volume ${m.month}`);
    const cost = new D(requireMoney(m.cost, m.serviceId, `cost ${m.month}`));
    const recovered = new D(
      m.unitVolumes
        ? recoveredOnQuantities(m.unitVolumes, rate, minorUnits)
        : recoveredAmount(volume.toFixed(), rate, minorUnits),
    );
    const variance = recovered.minus(cost);
    const t = totals.get(m.serviceId) ?? { cost: new D(0), recovered: new D(0) };
    totals.set(m.serviceId, { cost: t.cost.plus(cost), recovered: t.recovered.plus(recovered) });
    const { unitVolumes: _parts, ...plain } = m;
    return {
      ...plain,
      volume: toMoney(volume),
      cost: toMoney(cost),
      rate,
      recovered: toMoney(recovered),
      variance: toMoney(variance),
      status: statusOf(variance),
    } satisfies RecoveryRow;
  });
  const byService = [...totals].map(([serviceId, t]) => ({
    serviceId,
    cost: toMoney(t.cost),
    recovered: toMoney(t.recovered),
    variance: toMoney(t.recovered.minus(t.cost)),
  }));
  return { rows, byService };
}
