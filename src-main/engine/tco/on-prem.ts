import { D } from '../../../src-shared/money';
import { postCommonCosts } from './common-costs';
import { yearOfMonth, type TcoContext } from './context';
import { runHardware, type HardwareLoad } from './hardware';
import { decimalInput, growthFactor, inputError, percentInput } from './inputs';
import type { Ledger } from './ledger';
import type { ColocationFees, DataCenterFacility, LegacySystem } from './types';

/** Hours of IT load billed per month: 8,760 a year ÷ 12. */
export const HOURS_PER_MONTH = 730;

function postDataCenter(
  ctx: TcoContext,
  ledger: Ledger,
  item: string,
  f: string,
  facility: DataCenterFacility,
  load: HardwareLoad,
  lastMonth: number,
): void {
  const pue = decimalInput(facility.pue, item, `${f}.pue`, { min: 1 });
  const change = percentInput(facility.energyPriceChangePercent, item, `${f}.energyPriceChangePercent`);
  for (let m = 1; m <= lastMonth; m++) {
    const y = yearOfMonth(m);
    const kwh = load.kw[m - 1]!.times(pue).times(HOURS_PER_MONTH);
    const price = ctx.money(facility.pricePerKwh, m, item, `${f}.pricePerKwh`).times(growthFactor(change, y - 1));
    ledger.both('power', m, kwh.times(price));
    ledger.both(
      'space',
      m,
      load.racks[m - 1]!.times(ctx.money(facility.spacePerRackMonth, m, item, `${f}.spacePerRackMonth`)),
    );
  }
}

function postColocation(
  ctx: TcoContext,
  ledger: Ledger,
  item: string,
  f: string,
  fees: ColocationFees,
  load: HardwareLoad,
  lastMonth: number,
): void {
  const esc = percentInput(fees.escalationPercent, item, `${f}.escalationPercent`);
  const crossConnects = decimalInput(fees.crossConnects, item, `${f}.crossConnects`, { min: 0 });
  const hands = decimalInput(fees.remoteHandsHoursMonth, item, `${f}.remoteHandsHoursMonth`, { min: 0 });
  for (let m = 1; m <= lastMonth; m++) {
    const k = growthFactor(esc, yearOfMonth(m) - 1);
    const price = (field: keyof ColocationFees) => {
      const input = fees[field];
      if (input === undefined) throw inputError(item, `${f}.${field}`, 'is missing');
      return ctx.money(input, m, item, `${f}.${field}`).times(k);
    };
    ledger.both(
      'colocation',
      m,
      load.racks[m - 1]!.times(price('rackFeeMonth')).plus(load.kw[m - 1]!.times(price('powerFeePerKwMonth'))),
    );
    ledger.both('network', m, crossConnects.times(price('crossConnectFeeMonth')));
    ledger.both('remote-hands', m, hands.times(price('remoteHandsRate')));
  }
}

/**
 * Posts an on-premises set-up (own data center or colocation) through `lastMonth`:
 * hardware (see runHardware), then facilities from the hardware's load —
 * data center: power = kW × PUE × 730 h × price per kWh, space = racks × price per rack;
 * colocation: racks × rack fee + kW × power fee, cross-connects, remote hands —
 * then recurring costs, staff and one-offs.
 *
 * @returns the hardware's load and net book values
 * @throws EngineInputError naming `item` and the field
 */
export function runOnPrem(
  ctx: TcoContext,
  ledger: Ledger,
  item: string,
  prefix: string,
  spec: LegacySystem,
  lastMonth: number,
): HardwareLoad {
  if (!Array.isArray(spec.hardware))
    throw inputError(item, `${prefix}hardware`, 'is missing (a list of hardware items)');
  const load = runHardware(ctx, ledger, item, `${prefix}hardware`, spec.hardware, lastMonth);
  if (spec.kind === 'data-center') {
    if (!spec.facility) throw inputError(item, `${prefix}facility`, 'is missing');
    postDataCenter(ctx, ledger, item, `${prefix}facility`, spec.facility, load, lastMonth);
  } else if (spec.kind === 'colocation') {
    if (!spec.colocation) throw inputError(item, `${prefix}colocation`, 'is missing');
    postColocation(ctx, ledger, item, `${prefix}colocation`, spec.colocation, load, lastMonth);
  } else {
    const other: { kind?: unknown } = spec;
    throw inputError(item, `${prefix}kind`, `${JSON.stringify(other.kind)} is not data-center or colocation`);
  }
  postCommonCosts(ctx, ledger, item, prefix, spec, lastMonth);
  return load;
}

/** Zero load, for alternatives without hardware. */
export function noLoad(ctx: TcoContext): HardwareLoad {
  const zeros = Array.from({ length: ctx.months }, () => new D(0));
  return { kw: zeros, racks: zeros, nbvStart: new D(0), nbvEnd: new D(0) };
}
