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
import { listStandaloneCostItems } from '../repo/cost-items-repo';
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

/**
 * What a source item shows in its row, by "kind:id". Built only for the items that have
 * a row in the year: explaining every contract of a large workbook would cost more than
 * the amounts.
 */
function sourceInfo(env: AccountingEnv, src: SummarySources, view: SummaryView): (key: string) => SourceInfo {
  const policy = env.accounting.accrualPolicy;
  const links = (l: DimensionLinks): DimensionLinks => ({
    costCenterId: l.costCenterId,
    serviceId: l.serviceId,
    accountId: l.accountId,
    vendorId: l.vendorId,
  });
  const contracts = new Map(src.contracts.map((c) => [`contract:${c.id}`, c]));
  const invoices = new Map(src.costItems.map((r) => [`invoice:${r.id}`, r]));
  const assets = new Map(src.assets.map((a) => [`asset:${a.id}`, a]));
  const made = new Map<string, SourceInfo>();
  const make = (key: string): SourceInfo => {
    const c = contracts.get(key);
    if (c) {
      const explanation = explainContract(c, view, policy);
      return { ...links(c), source: 'contract', sourceId: c.id, code: c.code, name: c.name, explanation };
    }
    const r = invoices.get(key);
    if (r) {
      const explanation = explainInvoice(r, view, policy);
      return {
        ...links(r),
        source: 'invoice',
        sourceId: r.id,
        code: r.reference || r.id,
        name: r.description,
        explanation,
      };
    }
    const a = assets.get(key)!;
    return {
      ...links(a),
      source: 'asset',
      sourceId: a.id,
      code: a.code,
      name: a.name,
      explanation: explainAsset(a, view),
      inServiceDate: a.inServiceDate,
    };
  };
  return (key) => {
    let i = made.get(key);
    if (!i) made.set(key, (i = make(key)));
    return i;
  };
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
    costItems: listStandaloneCostItems(ctx.db),
    assets: listAssets(ctx.db),
  };
  const byItem = (_: DimensionLinks, s: SourceRef) => `${s.kind}:${s.id}`;
  const cells = collectCells(env, src, periods, args.basis, byItem);
  const info = sourceInfo(env, src, args.basis);

  const rows: CommittedRow[] = [];
  for (const { currency, key, amounts } of cells.rows()) {
    const i = info(key.group);
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
