import { AppError } from '../../src-shared/ipc/errors';
import type { AllocationBasis } from '../../src-shared/model/allocation';
import { D, type Dec } from '../../src-shared/money';
import type { CostAggregate } from '../engine/allocation';
import { roundCumulative } from '../engine/allocation/round-inputs';
import { MissingFxRateError, type FxRateTable } from '../engine/fx';
import { actualInputsOfMonth, billingInputsOfMonth } from '../repo/allocation-repo';
import { readSettings } from '../repo/settings-repo';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { storedRateTable } from './fx-table';

/** One input as it was before conversion, for the trace and the FOCUS export. */
export interface InputOrigin {
  id: string;
  kind: 'billing' | 'actual';
  dims: Record<string, string>;
  pool?: string;
  /** Exact amount in its own currency. */
  originalAmount: string;
  originalCurrency: string;
}

/** A month's allocation inputs in the base currency, rounded so they add up to the rounded exact total. */
export interface AllocationInputs {
  period: string;
  basis: AllocationBasis;
  currency: string;
  minorUnits: number;
  aggregates: CostAggregate[];
  origins: Map<string, InputOrigin>;
  /** Σ of the exact converted amounts, rounded once. */
  total: string;
}

/** The month's actual rate, else its budget rate; a clear refusal naming currency and month. */
function rateOf(table: FxRateTable, currency: string, base: string, month: string, cache: Map<string, Dec>): Dec {
  const hit = cache.get(currency);
  if (hit) return hit;
  let rate: Dec;
  try {
    rate = table.rate(currency, base, month, 'actual');
  } catch (e) {
    if (!(e instanceof MissingFxRateError)) throw e;
    try {
      rate = table.rate(currency, base, month, 'budget');
    } catch (e2) {
      if (!(e2 instanceof MissingFxRateError)) throw e2;
      throw new AppError(
        'validation',
        `No exchange rate from ${currency} to ${base} for ${month}: add one under FX rates before allocating.`,
        { item: `${currency}/${base}`, field: 'rate', currency, period: month },
      );
    }
  }
  cache.set(currency, rate);
  return rate;
}

function billingDims(r: ReturnType<typeof billingInputsOfMonth>[number]): Record<string, string> {
  const dims: Record<string, string> = { origin: 'cloud', provider: r.provider, cloudAccount: r.billingAccount };
  if (r.subAccount !== null) dims.subAccount = r.subAccount;
  if (r.service !== null) dims.service = r.service;
  if (r.region !== null) dims.region = r.region;
  const tags = JSON.parse(r.tags) as Record<string, string | null>;
  for (const [key, value] of Object.entries(tags)) if (value !== null && value !== '') dims[`tag:${key}`] = value;
  return dims;
}

/**
 * Load what a month's allocation takes: billing aggregates charged in the month (EffectiveCost
 * for 'effective', BilledCost for 'billed') and the month's posted actuals, each converted to
 * the base currency at the month's rate. The exact converted amounts are rounded cumulatively
 * (each part = round(running total) − round(previous running total)) so the parts add up to
 * the rounded exact total: no drift however many aggregates.
 *
 * @throws AppError 'validation' naming the currency and month when a rate is missing
 */
export function loadAllocationInputs(ctx: WorkbookContext, period: string, basis: AllocationBasis): AllocationInputs {
  const settings = readSettings(ctx.orm);
  const base = settings.baseCurrency;
  const table = storedRateTable(ctx, base);
  const minor = engineCall(() => table.minorUnits(base));
  const cache = new Map<string, Dec>();
  const exact: { origin: InputOrigin; value: Dec }[] = [];
  for (const r of billingInputsOfMonth(ctx.db, period)) {
    const amount = basis === 'effective' ? r.effectiveCost : r.billedCost;
    exact.push({
      origin: {
        id: `bill:${r.id}`,
        kind: 'billing',
        dims: billingDims(r),
        originalAmount: amount,
        originalCurrency: r.currency,
      },
      value: new D(amount).times(rateOf(table, r.currency, base, period, cache)),
    });
  }
  for (const a of actualInputsOfMonth(ctx.db, period)) {
    exact.push({
      origin: {
        id: `gl:${a.id}`,
        kind: 'actual',
        dims: { origin: 'gl', costCenter: a.costCenter, service: a.service, account: a.account },
        pool: a.pool,
        originalAmount: a.amount,
        originalCurrency: a.currency,
      },
      value: new D(a.amount).times(rateOf(table, a.currency, base, period, cache)),
    });
  }
  const rounded = roundCumulative(
    exact.map((e) => e.value),
    minor,
  );
  const origins = new Map(exact.map(({ origin }) => [origin.id, origin]));
  const aggregates: CostAggregate[] = exact.map(({ origin }, i) => ({
    id: origin.id,
    ...(origin.pool === undefined ? {} : { pool: origin.pool }),
    dims: origin.dims,
    amount: rounded.parts[i]!,
    currency: base,
  }));
  return {
    period,
    basis,
    currency: base,
    minorUnits: minor,
    aggregates,
    origins,
    total: rounded.total,
  };
}
