import type { CommitmentsView } from '../../src-shared/ipc/cloud-costs-contract';
import { AppError } from '../../src-shared/ipc/errors';
import { EngineInputError } from '../engine/errors';
import { analyzeCommitments, utilizationByMonth, type CommitmentRow } from '../engine/commitments';
import type { Sqlite } from '../db/client';
import { commitmentRows, commitmentTerms, type CommitmentDbRow } from '../repo/cloud-costs-repo';

const status = (s: string | null): CommitmentRow['commitmentDiscountStatus'] =>
  s === 'Used' || s === 'Unused' ? s : null;

const toEngine = (r: CommitmentDbRow): CommitmentRow => ({
  commitmentDiscountId: r.commitmentDiscountId,
  commitmentDiscountType: r.commitmentDiscountType,
  commitmentDiscountStatus: status(r.commitmentDiscountStatus),
  chargeCategory: r.chargeCategory,
  pricingCategory: r.pricingCategory,
  billedCost: r.billedCost,
  effectiveCost: r.effectiveCost,
  listCost: r.listCost,
  contractedCost: r.contractedCost,
  chargePeriodStart: `${r.chargeMonth.slice(0, 7)}-01`,
});

/**
 * Utilization, savings, unused cost, ROI and coverage of every commitment in the stored
 * commitment rows, per currency (the engine never mixes currencies), with the user's terms.
 */
export function commitmentsView(db: Sqlite): CommitmentsView {
  const terms = commitmentTerms(db);
  const byCurrency = new Map<string, CommitmentRow[]>();
  for (const r of commitmentRows(db)) {
    let rows = byCurrency.get(r.currency);
    if (!rows) byCurrency.set(r.currency, (rows = []));
    rows.push(toEngine(r));
  }
  const view: CommitmentsView = { commitments: [], coverage: [], byMonth: [] };
  for (const [currency, rows] of [...byCurrency].sort(([a], [b]) => a.localeCompare(b))) {
    let report;
    try {
      report = analyzeCommitments(rows, { terms });
    } catch (e) {
      if (e instanceof EngineInputError) throw new AppError('validation', e.message, { item: e.item, field: e.field });
      throw e;
    }
    for (const c of report.commitments) {
      view.commitments.push({ ...c, currency, term: terms.get(c.commitmentDiscountId) ?? null });
    }
    view.coverage.push({
      currency,
      covered: report.coveredOnDemandCost,
      uncovered: report.uncoveredOnDemandCost,
      coveragePct: report.coveragePct,
    });
    for (const m of utilizationByMonth(rows)) view.byMonth.push({ ...m, currency });
  }
  return view;
}
