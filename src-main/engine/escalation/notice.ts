import { addDays, addMonthsToDate, daysBetween, type IsoDate } from '../../../src-shared/calendar/iso-date';
import { EngineInputError } from '../errors';
import { requireDate, requireWhole } from './contract-input';
import type { ContractTerms } from './escalation-types';

export interface NoticeStatus {
  contractId: string;
  /** First day of the next renewed term after `asOf`. */
  renewalDate: IsoDate;
  /** Last day on which notice can be given to stop (or renegotiate) that renewal. */
  noticeDeadline: IsoDate;
  /** Days from `asOf` to the deadline (negative once it has passed). */
  daysLeft: number;
  /** 'due-soon' when the deadline is within `warnDays` of asOf, 'passed' once it is behind. */
  status: 'open' | 'due-soon' | 'passed';
  /** True when status is 'due-soon': notice must be given within `warnDays`. */
  flagged: boolean;
  /** "Notice for C-104 due by 2027-04-01 (3 months before renewal on 2027-07-01): 45 days left". */
  explanation: string;
}

function deadlineFor(c: ContractTerms, renewal: IsoDate): { deadline: IsoDate; lead: string } {
  const r = c.renewal!;
  if (r.noticeDays !== undefined && r.noticeMonths !== undefined) {
    throw new EngineInputError(
      `Contract ${c.id}: give renewal.noticeDays or renewal.noticeMonths, not both`,
      c.id,
      'renewal.noticeMonths',
    );
  }
  if (r.noticeMonths !== undefined) {
    const m = requireWhole(c, r.noticeMonths, 'renewal.noticeMonths', 0);
    return { deadline: addMonthsToDate(renewal, -m), lead: `${m} month${m === 1 ? '' : 's'}` };
  }
  const d = r.noticeDays === undefined ? 0 : requireWhole(c, r.noticeDays, 'renewal.noticeDays', 0);
  return { deadline: addDays(renewal, -d), lead: `${d} day${d === 1 ? '' : 's'}` };
}

/**
 * Where a contract stands on its next renewal as of `asOf` (ISO date): the renewal date
 * (renewal.renewalDate, default the day after `end`; for an auto-renewing contract the
 * first renewal after asOf, every renewalTermMonths), the date by which notice must be
 * given (renewal date minus noticeDays or noticeMonths), and a flag when that deadline is
 * within `warnDays` days. Returns null for a contract without renewal terms, or one that
 * does not auto-renew and whose renewal date is on or before asOf. Throws EngineInputError
 * naming the contract and field for invalid renewal terms.
 */
export function noticeStatus(contract: ContractTerms, asOf: IsoDate, warnDays: number): NoticeStatus | null {
  const r = contract.renewal;
  if (!r) return null;
  requireDate(contract, asOf, 'asOf');
  requireWhole(contract, warnDays, 'warnDays', 0);
  const end = requireDate(contract, contract.end, 'end');
  let renewal =
    r.renewalDate === undefined ? addDays(end, 1) : requireDate(contract, r.renewalDate, 'renewal.renewalDate');
  if (r.autoRenew) {
    const term = requireWhole(contract, r.renewalTermMonths, 'renewal.renewalTermMonths', 1);
    const first = renewal;
    for (let k = 1; renewal <= asOf; k++) renewal = addMonthsToDate(first, term * k);
  } else if (renewal <= asOf) {
    return null;
  }
  const { deadline, lead } = deadlineFor(contract, renewal);
  const daysLeft = daysBetween(asOf, deadline);
  const status = daysLeft < 0 ? 'passed' : daysLeft <= warnDays ? 'due-soon' : 'open';
  const left = daysLeft < 0 ? `passed ${-daysLeft} days ago` : `${daysLeft} days left`;
  return {
    contractId: contract.id,
    renewalDate: renewal,
    noticeDeadline: deadline,
    daysLeft,
    status,
    flagged: status === 'due-soon',
    explanation: `Notice for ${contract.id} due by ${deadline} (${lead} before renewal on ${renewal}): ${left}`,
  };
}
