import { describe, expect, it } from 'vitest';
import { noticeStatus, type ContractTerms } from '../../../../src-main/engine/escalation';

const contract: ContractTerms = {
  id: 'C-104',
  baseAmount: '1000',
  billing: 'monthly',
  start: '2024-07-01',
  end: '2027-06-30',
  escalation: { kind: 'none' },
  renewal: { noticeMonths: 3 },
};

describe('renewal notice deadlines', () => {
  it('sets the deadline three months before the renewal on the day after the end', () => {
    expect(noticeStatus(contract, '2027-02-15', 60)).toEqual({
      contractId: 'C-104',
      renewalDate: '2027-07-01',
      noticeDeadline: '2027-04-01',
      daysLeft: 45,
      status: 'due-soon',
      flagged: true,
      explanation: 'Notice for C-104 due by 2027-04-01 (3 months before renewal on 2027-07-01): 45 days left',
    });
  });

  it('flags the deadline only within the warning window', () => {
    expect(noticeStatus(contract, '2027-02-15', 30)).toMatchObject({ status: 'open', flagged: false });
    expect(noticeStatus(contract, '2027-04-01', 30)).toMatchObject({ status: 'due-soon', daysLeft: 0 });
    expect(noticeStatus(contract, '2027-04-03', 30)).toMatchObject({ status: 'passed', daysLeft: -2, flagged: false });
  });

  it('counts notice in days when given in days', () => {
    const c = { ...contract, renewal: { noticeDays: 90 } };
    expect(noticeStatus(c, '2027-01-01', 30)).toMatchObject({
      noticeDeadline: '2027-04-02',
      daysLeft: 91,
      status: 'open',
    });
  });

  it('moves on to the next term of an auto-renewing contract', () => {
    const c = { ...contract, renewal: { noticeMonths: 3, autoRenew: true, renewalTermMonths: 12 } };
    expect(noticeStatus(c, '2027-08-01', 30)).toMatchObject({
      renewalDate: '2028-07-01',
      noticeDeadline: '2028-04-01',
    });
  });

  it('has nothing to report without renewal terms or once a one-off renewal date has passed', () => {
    expect(noticeStatus({ ...contract, renewal: undefined }, '2027-01-01', 30)).toBeNull();
    expect(noticeStatus(contract, '2027-07-01', 30)).toBeNull();
  });

  it('refuses notice given both in days and in months', () => {
    expect(() => noticeStatus({ ...contract, renewal: { noticeDays: 30, noticeMonths: 1 } }, '2027-01-01', 30)).toThrow(
      expect.objectContaining({ item: 'C-104', field: 'renewal.noticeMonths' }),
    );
  });
});
