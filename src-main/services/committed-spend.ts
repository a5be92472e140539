import { createFiscalCalendar } from '../../src-shared/calendar/fiscal-calendar';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type {
  CommittedRow,
  CommittedSourceKind,
  CommittedSpend,
  DimensionLinks,
  SummaryView,
} from '../../src-shared/model';
import { sumMoney } from '../../src-shared/money';
import { listAssets } from '../repo/assets-repo';
import { listContracts } from '../repo/contracts-repo';
import { listCostItems } from '../repo/cost-items-repo';
import { loadAccountingEnv, type AccountingEnv } from './accounting-env';
import { collectCells, type SourceRef, type SummarySources } from './accounting-views';
import { explainAsset, explainContract, explainInvoice } from './committed-explain';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';

const KIND_ORDER: Record<CommittedSourceKind, number> = { contract: 0, invoice: 1, asset: 2 };

interface SourceInfo extends DimensionLinks {
  source: CommittedSourceKind;
  sourceId: string;
  code: string;
  name: string;
  explanation: string;
  inServiceDate?: string;
}

/** What each source item shows in its row, by "kind:id". */
function sourceInfo(env: AccountingEnv, src: SummarySources, view: SummaryView): Map<string, SourceInfo> {
  const policy = env.accounting.accrualPolicy;
  const links = (l: DimensionLinks): DimensionLinks => ({
    costCenterId: l.costCenterId,
    serviceId: l.serviceId,
    accountId: l.accountId,
    vendorId: l.vendorId,
  });
  const out = new Map<string, SourceInfo>();
  for (const c of src.contracts) {
    out.set(`contract:${c.id}`, {
      ...links(c),
      source: 'contract',
      sourceId: c.id,
      code: c.code,
      name: c.name,
      explanation: explainContract(c, view, policy),
    });
  }
  for (const r of src.costItems) {
    out.set(`invoice:${r.id}`, {
      ...links(r),
      source: 'invoice',
      sourceId: r.id,
      code: r.reference || r.id,
      name: r.description,
      explanation: explainInvoice(r, view, policy),
    });
  }
  for (const a of src.assets) {
    out.set(`asset:${a.id}`, {
      ...links(a),
      source: 'asset',
      sourceId: a.id,
      code: a.code,
      name: a.name,
      explanation: explainAsset(a, view),
      inServiceDate: a.inServiceDate,
    });
  }
  return out;
}

/**
 * The committed spend of a budget fiscal year: one row per contract, stand-alone invoice
 * and asset with an amount in the year, per calendar month of the budget year (the
 * months of `budget/get-grid`), in the item's currency. The amounts are those of
 * `accounting/summary` (the same collectCells), computed in a calendar-months fiscal
 * calendar starting in the workbook's fiscal-year start month, whatever the accounting
 * calendar is; units of production keyed by retail periods then find no month.
 */
export function committedSpend(ctx: WorkbookContext, args: { fiscalYear: number; basis: SummaryView }): CommittedSpend {
  const loaded = loadAccountingEnv(ctx);
  const startMonth = loaded.settings.fyStartMonth;
  const calendar = engineCall(() => createFiscalCalendar({ kind: 'calendar-months', startMonth }), 'budget calendar');
  const env: AccountingEnv = { ...loaded, calendar };
  const months = fiscalYearMonths(args.fiscalYear, startMonth);
  const periods = calendar.periods(args.fiscalYear);
  const src: SummarySources = {
    contracts: listContracts(ctx.db),
    costItems: listCostItems(ctx.db),
    assets: listAssets(ctx.db),
  };
  const byItem = (_: DimensionLinks, s: SourceRef) => `${s.kind}:${s.id}`;
  const cells = collectCells(env, src, periods, args.basis, byItem);
  const info = sourceInfo(env, src, args.basis);

  const rows: CommittedRow[] = [];
  for (const { currency, key, amounts } of cells.rows()) {
    const i = info.get(key.group)!;
    rows.push({
      key: key.group,
      source: i.source,
      sourceId: i.sourceId,
      code: i.code,
      name: i.name,
      costCenterId: i.costCenterId,
      serviceId: i.serviceId,
      accountId: i.accountId,
      vendorId: i.vendorId,
      currency,
      expenseType: key.type,
      amounts,
      total: sumMoney(amounts),
      explanation: i.explanation,
      ...(i.inServiceDate ? { inServiceDate: i.inServiceDate } : {}),
    });
  }
  rows.sort((a, b) => KIND_ORDER[a.source] - KIND_ORDER[b.source] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { fiscalYear: args.fiscalYear, basis: args.basis, months, rows };
}
