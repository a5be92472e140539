import type { Dec } from '../../../src-shared/money';
import { postCommonCosts } from './common-costs';
import type { TcoContext } from './context';
import type { HardwareLoad } from './hardware';
import { decimalInput, growthFactor, inputError, intInput, percentInput } from './inputs';
import type { Ledger } from './ledger';
import { noLoad, runOnPrem } from './on-prem';
import { retireAssets } from './decommission';
import type { DecommissionedAssetResult } from './result-types';
import type { MoneyInput, SaasAlternative } from './types';

interface Tier {
  from: Dec;
  price: MoneyInput;
  field: string;
}

function checkTiers(alt: SaasAlternative): Tier[] {
  const tiers = alt.subscription?.tiers;
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw inputError(alt.id, 'subscription.tiers', 'needs at least one tier (from 0 users)');
  }
  const out: Tier[] = [];
  tiers.forEach((t, i) => {
    const field = `subscription.tiers[${i}]`;
    const from = decimalInput(t.fromUsers, alt.id, `${field}.fromUsers`, { min: 0 });
    if (i === 0 && !from.isZero())
      throw inputError(alt.id, `${field}.fromUsers`, `${t.fromUsers} must be 0 for the first tier`);
    if (i > 0 && from.lessThanOrEqualTo(out[i - 1]!.from)) {
      throw inputError(
        alt.id,
        `${field}.fromUsers`,
        `${t.fromUsers} must be above the tier before (${out[i - 1]!.from.toFixed()})`,
      );
    }
    out.push({ from, price: t.pricePerUserMonth, field: `${field}.pricePerUserMonth` });
  });
  return out;
}

/**
 * Posts an on-premises → SaaS transition:
 * - subscription from `goLiveMonth`: users × the price of the tier the user count falls in
 *   (volume pricing: one price for every user) × (1 + escalation)^⌊(m − goLive) / 12⌋,
 *   so the price rises every 12 months after go-live, as a multi-year contract does;
 * - the legacy system (all its costs, see runOnPrem) through its decommissioning month
 *   goLiveMonth + dualRunningMonths − 1, in which its hardware is disposed and the
 *   remaining net book value written off (P&L); nothing of it after;
 * - the register assets it retires (see retireAssets), also in the decommissioning month;
 * - the SaaS side's own recurring costs, staff and one-offs (migration).
 *
 * @returns the legacy hardware's load and net book values, and the decommissioning month
 * @throws EngineInputError naming the alternative and field
 */
export function runSaas(
  ctx: TcoContext,
  ledger: Ledger,
  alt: SaasAlternative,
): { load: HardwareLoad; decommissionMonth: number | undefined; retired: DecommissionedAssetResult[] | undefined } {
  const item = alt.id;
  const tiers = checkTiers(alt);
  const esc = percentInput(alt.subscription.escalationPercent, item, 'subscription.escalationPercent');
  const goLive = intInput(alt.goLiveMonth, item, 'goLiveMonth', 1, ctx.months);
  const dual = intInput(alt.dualRunningMonths, item, 'dualRunningMonths', 0, ctx.months);
  let load = noLoad(ctx);
  let decommissionMonth: number | undefined;
  let retired: DecommissionedAssetResult[] | undefined;
  if (alt.legacy || (alt.assets !== undefined && alt.assets.length > 0)) {
    decommissionMonth = goLive + dual - 1;
    if (decommissionMonth < 1) {
      throw inputError(
        item,
        'dualRunningMonths',
        `0 with go-live in month 1 leaves no month to decommission the legacy system in`,
      );
    }
    if (decommissionMonth > ctx.months) {
      throw inputError(
        item,
        'dualRunningMonths',
        `${dual} runs the legacy system past the horizon (month ${ctx.months})`,
      );
    }
    if (alt.legacy) load = runOnPrem(ctx, ledger, item, 'legacy.', alt.legacy, decommissionMonth);
    if (alt.assets !== undefined && alt.assets.length > 0) {
      const r = retireAssets(ctx, ledger, alt, decommissionMonth);
      retired = r.retired;
      load = { ...load, nbvStart: load.nbvStart.plus(r.nbvStart) };
    }
  }
  for (let m = goLive; m <= ctx.months; m++) {
    const users = ctx.level('users', m, item, 'subscription');
    let tier = tiers[0]!;
    for (const t of tiers) if (users.greaterThanOrEqualTo(t.from)) tier = t;
    const price = ctx.money(tier.price, m, item, tier.field).times(growthFactor(esc, Math.floor((m - goLive) / 12)));
    ledger.both('subscription', m, users.times(price));
  }
  postCommonCosts(ctx, ledger, item, '', alt, ctx.months);
  return { load, decommissionMonth, retired };
}
