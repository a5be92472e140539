import type {
  BillingFrequencyId,
  Contract,
  EscalationRuleSpec,
  NoticeInfo,
  RenewalSpec,
} from '../../../src-shared/model';

/** "3.5" → "+3.5 %", "-2" → "−2 %": a percent change as finance reads it. */
export function signedPercent(p: string): string {
  const t = p.trim();
  if (t.startsWith('-')) return `−${t.slice(1)} %`;
  return `+${t.replace(/^\+/, '')} %`;
}

/** A short escalation label for the grid: "+3.5 %/yr", "2 steps", "CPI cap 5 % floor 1 %", "none". */
export function escalationSummary(rule: EscalationRuleSpec): string {
  switch (rule.kind) {
    case 'none':
      return 'none';
    case 'annual-percent':
      return `${signedPercent(rule.percent)}/yr`;
    case 'steps':
      return rule.steps.length === 1 ? '1 step' : `${rule.steps.length} steps`;
    case 'index': {
      const parts = [rule.indexName?.trim() || 'CPI'];
      if (rule.capPercent !== undefined) parts.push(`cap ${rule.capPercent} %`);
      if (rule.floorPercent !== undefined) parts.push(`floor ${rule.floorPercent} %`);
      return parts.join(' ');
    }
  }
}

/** The escalation in a sentence, for the detail panel. */
export function escalationSentence(rule: EscalationRuleSpec, start: string): string {
  switch (rule.kind) {
    case 'none':
      return 'Fixed price: no escalation.';
    case 'annual-percent':
      return `${signedPercent(rule.percent)} every year from ${rule.firstIncrease ?? 'the first anniversary of ' + start}.`;
    case 'steps':
      return rule.steps.length === 0
        ? 'Steps: none defined, the price stays fixed.'
        : `Steps: ${rule.steps
            .map(
              (s) =>
                `${s.date} ${s.change.type === 'percent' ? signedPercent(s.change.percent) : `= ${s.change.amount}`}`,
            )
            .join('; ')}.`;
    case 'index': {
      const lag = rule.lagYears ?? 1;
      const bounds = [
        rule.capPercent !== undefined ? `capped at ${rule.capPercent} %` : null,
        rule.floorPercent !== undefined ? `at least ${rule.floorPercent} %` : null,
      ].filter(Boolean);
      return (
        `Indexed yearly to ${rule.indexName?.trim() || 'CPI'} (${Object.keys(rule.values).length} yearly values, ` +
        `${lag} year${lag === 1 ? '' : 's'} lag)${bounds.length ? ', ' + bounds.join(' and ') : ''}, ` +
        `from ${rule.firstIncrease ?? 'the first anniversary of ' + start}.`
      );
    }
  }
}

const BILLING: Record<BillingFrequencyId, string> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' };

/** "Monthly", "Quarterly", "Annual". */
export function billingLabel(b: BillingFrequencyId): string {
  return BILLING[b];
}

/** "in advance" / "in arrears", plus "prepaid" when the whole term is paid up front. */
export function timingLabel(c: Pick<Contract, 'invoiceTiming' | 'prepaid'>): string {
  const timing = c.invoiceTiming === 'advance' ? 'in advance' : 'in arrears';
  return c.prepaid ? `${timing}, prepaid` : timing;
}

/** How much notice a renewal needs: "90 days", "3 months", or null when none is required. */
export function noticePeriod(r: RenewalSpec): string | null {
  if (r.noticeMonths !== undefined) return `${r.noticeMonths} month${r.noticeMonths === 1 ? '' : 's'}`;
  if (r.noticeDays !== undefined) return `${r.noticeDays} day${r.noticeDays === 1 ? '' : 's'}`;
  return null;
}

/** The renewal terms in a sentence; "No renewal terms." without them. */
export function renewalSentence(r: RenewalSpec | null, end: string): string {
  if (!r) return 'No renewal terms.';
  const when = r.renewalDate ?? `the day after ${end}`;
  const term = r.renewalTermMonths !== undefined ? ` for ${r.renewalTermMonths} months` : '';
  const how = r.autoRenew
    ? `Renews automatically on ${when}${term}`
    : `Expires; a renewal would start on ${when}${term}`;
  const notice = noticePeriod(r);
  return `${how}. ${notice ? `Notice: ${notice} before.` : 'No notice period.'}`;
}

export type NoticeStatus = NoticeInfo['status'];
const STATUS: Record<NoticeStatus, string> = { open: 'open', 'due-soon': 'due soon', passed: 'passed' };

/** "due soon · 52 days left", "passed · 24 days ago", "open · 1 day left". */
export function noticeLabel(n: NoticeInfo): string {
  const d = Math.abs(n.daysLeft);
  const days = `${d} day${d === 1 ? '' : 's'}`;
  return `${STATUS[n.status]} · ${n.daysLeft < 0 ? `${days} ago` : `${days} left`}`;
}
