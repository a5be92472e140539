import { D } from '../../../src-shared/money';
import { postCommonCosts } from './common-costs';
import { yearOfMonth, type TcoContext } from './context';
import { decimalInput, growthFactor, inputError, percentInput } from './inputs';
import type { Ledger } from './ledger';
import type { CloudAlternative } from './types';

/**
 * Posts a public-cloud alternative (cash = P&L: nothing is capitalised). Per model month,
 * with k = (1 + priceChange)^(year − 1):
 * - compute = VMs × price per VM × k × (coverage × (1 − discount) + (1 − coverage));
 * - storage = TB × price per TB × k;
 * - egress = TB per month × (1 + egress growth)^(year − 1) × price per TB × k;
 * then recurring costs, staff and one-offs (migration).
 *
 * @throws EngineInputError naming the alternative and field ("cloud: compute.reservedCoveragePercent 120 is above 100 %")
 */
export function runCloud(ctx: TcoContext, ledger: Ledger, alt: CloudAlternative): void {
  const item = alt.id;
  for (const part of ['compute', 'storage', 'egress'] as const) {
    if (typeof alt[part] !== 'object' || alt[part] === null) throw inputError(item, part, 'is missing');
  }
  const pct = { min: 0, max: 100, unit: ' %' };
  const coverage = decimalInput(alt.compute.reservedCoveragePercent, item, 'compute.reservedCoveragePercent', pct);
  const discount = decimalInput(alt.compute.reservedDiscountPercent, item, 'compute.reservedDiscountPercent', pct);
  // Share of the on-demand price paid on average per VM.
  const paid = coverage
    .div(100)
    .times(new D(1).minus(discount.div(100)))
    .plus(new D(1).minus(coverage.div(100)));
  const change = percentInput(alt.priceChangePercent, item, 'priceChangePercent');
  const egressTb = decimalInput(alt.egress.tbPerMonth, item, 'egress.tbPerMonth', { min: 0 });
  const egressGrowth = percentInput(alt.egress.growthPercent, item, 'egress.growthPercent');
  for (let m = 1; m <= ctx.months; m++) {
    const y = yearOfMonth(m);
    const k = growthFactor(change, y - 1);
    const vms = ctx.level('vms', m, item, 'compute');
    const tb = ctx.level('storageTb', m, item, 'storage');
    const vmPrice = ctx.money(alt.compute.pricePerVmMonth, m, item, 'compute.pricePerVmMonth');
    ledger.both('cloud-compute', m, vms.times(vmPrice).times(k).times(paid));
    const tbPrice = ctx.money(alt.storage.pricePerTbMonth, m, item, 'storage.pricePerTbMonth');
    ledger.both('cloud-storage', m, tb.times(tbPrice).times(k));
    const egressPrice = ctx.money(alt.egress.pricePerTb, m, item, 'egress.pricePerTb');
    ledger.both(
      'egress',
      m,
      egressTb
        .times(growthFactor(egressGrowth, y - 1))
        .times(egressPrice)
        .times(k),
    );
  }
  postCommonCosts(ctx, ledger, item, '', alt, ctx.months);
}
