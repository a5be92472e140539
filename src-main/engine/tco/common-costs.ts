import { yearOfMonth, type TcoContext } from './context';
import { decimalInput, growthFactor, intInput, percentInput } from './inputs';
import type { Ledger } from './ledger';
import type { OneOffCost, RecurringCost, StaffCost } from './types';

/** The costs every kind of alternative can have: recurring lines, staff and one-offs. */
export interface CommonCosts {
  recurring?: readonly RecurringCost[];
  staff?: readonly StaffCost[];
  oneOffs?: readonly OneOffCost[];
}

/** The months a cost runs in: its own from/to within 1 … lastMonth. */
function window(
  ctx: TcoContext,
  item: string,
  f: string,
  cost: { fromMonth?: number; toMonth?: number },
  lastMonth: number,
): [number, number] {
  const from = cost.fromMonth === undefined ? 1 : intInput(cost.fromMonth, item, `${f}.fromMonth`, 1, ctx.months);
  const to = cost.toMonth === undefined ? ctx.months : intInput(cost.toMonth, item, `${f}.toMonth`, from, ctx.months);
  return [from, Math.min(to, lastMonth)];
}

/**
 * Posts recurring costs and staff in their months (fromMonth … toMonth, never after
 * `lastMonth`, by default the whole horizon) and one-off costs in their
 * month, the same in the cash and the P&L view (none of them is capitalised).
 * Recurring: monthly amount (× the demand level when `per` is set) × (1 + escalation)^(year − 1).
 * Staff: FTE × loaded cost per year × (1 + escalation)^(year − 1) ÷ 12.
 *
 * @throws EngineInputError naming `item` and the field ("dc: staff[0].fte -1 is below 0")
 */
export function postCommonCosts(
  ctx: TcoContext,
  ledger: Ledger,
  item: string,
  prefix: string,
  costs: CommonCosts,
  lastMonth: number,
): void {
  (costs.recurring ?? []).forEach((r, i) => {
    const f = `${prefix}recurring[${i}]`;
    const esc = percentInput(r.escalationPercent, item, `${f}.escalationPercent`);
    const category = r.category === 'licences' || r.category === 'staff' ? r.category : 'other';
    const [from, to] = window(ctx, item, f, r, lastMonth);
    for (let m = from; m <= to; m++) {
      const y = yearOfMonth(m);
      let v = ctx.money(r.monthly, m, item, `${f}.monthly`).times(growthFactor(esc, y - 1));
      if (r.per) v = v.times(ctx.level(r.per, m, item, `${f}.per`));
      ledger.both(category, m, v);
    }
  });
  (costs.staff ?? []).forEach((s, i) => {
    const f = `${prefix}staff[${i}]`;
    const fte = decimalInput(s.fte, item, `${f}.fte`, { min: 0 });
    const esc = percentInput(s.escalationPercent, item, `${f}.escalationPercent`);
    const [from, to] = window(ctx, item, f, s, lastMonth);
    for (let m = from; m <= to; m++) {
      const y = yearOfMonth(m);
      const annual = ctx.money(s.loadedCostPerYear, m, item, `${f}.loadedCostPerYear`);
      ledger.both(
        'staff',
        m,
        fte
          .times(annual)
          .times(growthFactor(esc, y - 1))
          .div(12),
      );
    }
  });
  (costs.oneOffs ?? []).forEach((o, i) => {
    const f = `${prefix}oneOffs[${i}]`;
    const m = intInput(o.month, item, `${f}.month`, 1, ctx.months);
    ledger.both(o.category === 'other' ? 'other' : 'migration', m, ctx.money(o.amount, m, item, `${f}.amount`));
  });
}
