import type {
  AccrualPolicyId,
  Asset,
  Contract,
  CostItemRecord,
  EscalationRuleSpec,
  SummaryView,
} from '../../src-shared/model';

/**
 * Short explanations of committed rows for the budget grid's tooltip: what the item is,
 * how it bills or depreciates, and how the chosen view places it in months.
 */

const POLICY: Record<AccrualPolicyId, string> = {
  'by-days': 'accrual by days',
  'even-by-period': 'accrual evenly by period',
};

function escalationText(e: EscalationRuleSpec): string {
  switch (e.kind) {
    case 'none':
      return 'fixed price';
    case 'annual-percent':
      return `+${e.percent} %/yr`;
    case 'steps':
      return `${e.steps.length} price step${e.steps.length === 1 ? '' : 's'}`;
    case 'index': {
      const bounds = [e.capPercent && `cap ${e.capPercent} %`, e.floorPercent && `floor ${e.floorPercent} %`].filter(
        Boolean,
      );
      return `indexed to ${e.indexName ?? 'a price index'}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
    }
  }
}

/** "Contract C-014, annual in advance, +3 %/yr; accrual by days". */
export function explainContract(c: Contract, view: SummaryView, policy: AccrualPolicyId): string {
  const parts = [`Contract ${c.code}`, `${c.billing} in ${c.invoiceTiming}`, escalationText(c.escalation)];
  if (c.prepaid) parts.push('prepaid per term');
  if (c.renewal?.autoRenew)
    parts.push(`auto-renews${c.renewal.renewalTermMonths ? ` every ${c.renewal.renewalTermMonths} months` : ''}`);
  const how =
    view === 'accrual' ? POLICY[policy] : `cash when paid (${c.prepaid ? 'term start, ' : ''}${c.paymentTerms})`;
  return `${parts.join(', ')}; ${how}`;
}

/** "Invoice INV-7, service 2027-01-01 – 2027-12-31; cash when paid (net 45)". */
export function explainInvoice(r: CostItemRecord, view: SummaryView, policy: AccrualPolicyId): string {
  const head = `Invoice ${r.reference || r.id}, service ${r.serviceStart} – ${r.serviceEnd}`;
  if (view === 'accrual') return `${head}; ${POLICY[policy]}`;
  const paid = r.paymentDate
    ? `paid ${r.paymentDate}`
    : `invoiced ${r.invoiceDate}, ${r.paymentTerms ?? 'due on receipt'}`;
  return `${head}; cash when paid (${paid})`;
}

/** "Asset FA-10001, CapEx straight-line over 60 months (full-month), in service 2024-03-10; depreciation + write-offs". */
export function explainAsset(a: Asset, view: SummaryView): string {
  const head = `Asset ${a.code}, in service ${a.inServiceDate}`;
  if (view === 'cash') return `${head}; cash: the whole cost in the in-service month`;
  if (a.expenseType === 'OpEx')
    return `${head}; OpEx (${a.classificationRule}): the whole cost in the in-service month`;
  return `${head}; CapEx ${a.method} over ${a.usefulLifeMonths} months (${a.convention}): depreciation + write-offs`;
}
