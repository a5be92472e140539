import { D, toMoney } from '../../src-shared/money';
import type { RecoveryCell, RecoveryView } from '../../src-shared/model/rates';
import { recoveryReport, type ServiceMonth } from '../engine/chargeback';
import { listChargebackServices, listRateCards, monthsWithCurrentRun, rateCardRates } from '../repo/rates-repo';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { requireCard } from './rates-cards';
import { costOf, loadYear, totalsOf, type CostMeasure } from './rates-pricing';

/**
 * Over/under-recovery of a fiscal year per service and month under a card (the year's
 * current published one unless `cardId`): recovered = Σ business units' round(quantity ×
 * rate), cost = the service node's allocated cost in the month's current run. Months
 * without a current run are left out (listed in `notAllocated`): their cost is not known
 * yet, and counting it as zero would show the whole recovery as over-recovery.
 */
export function recoveryOfYear(
  ctx: WorkbookContext,
  fiscalYear: number,
  measure: CostMeasure,
  cardId?: string,
): RecoveryView {
  const card = cardId ? requireCard(ctx, cardId) : (listRateCards(ctx.db, fiscalYear).find((c) => c.current) ?? null);
  const year = loadYear(ctx, card?.fiscalYear ?? fiscalYear, measure);
  const rates = card ? rateCardRates(ctx.db, card.id) : new Map<string, string>();
  const services = listChargebackServices(ctx.db).filter((s) => rates.has(s.id));
  const allocated = monthsWithCurrentRun(ctx.db, year.months, measure);
  const compared = year.months.filter((m) => allocated.includes(m));
  const months: ServiceMonth[] = services.flatMap((s) =>
    compared.map((month) => {
      const unitVolumes = year.usage.get(s.id)?.get(month) ?? [];
      const volume = unitVolumes.reduce((a, q) => a.plus(q), new D(0));
      return {
        serviceId: s.code,
        month,
        volume: toMoney(volume),
        cost: toMoney(costOf(year, s.node, month)),
        unitVolumes,
      };
    }),
  );
  const byCode = new Map(services.map((s) => [s.code, s]));
  const codeRates = new Map(services.map((s) => [s.code, rates.get(s.id)!]));
  const report = engineCall(() => recoveryReport(months, codeRates, year.minorUnits));
  const rows: RecoveryCell[] = report.rows.map((r) => ({
    serviceId: byCode.get(r.serviceId)!.id,
    month: r.month,
    volume: r.volume,
    rate: r.rate,
    cost: r.cost,
    recovered: r.recovered,
    variance: r.variance,
  }));
  return {
    fiscalYear: year.fiscalYear,
    currency: year.currency,
    card,
    months: compared,
    notAllocated: year.months.filter((m) => !allocated.includes(m)),
    services: services.map((s) => ({ id: s.id, code: s.code, name: s.name })),
    rows,
    byService: report.byService.map((b) => ({ ...b, serviceId: byCode.get(b.serviceId)!.id })),
    byMonth: compared.map((month) => ({ month, ...totalsOf(rows.filter((r) => r.month === month)) })),
    total: totalsOf(rows),
  };
}
