import { describe, expect, it } from 'vitest';
import {
  escalationSentence,
  escalationSummary,
  noticeLabel,
  renewalSentence,
  signedPercent,
  timingLabel,
} from '../../src-renderer/features/contracts/contract-summary';

describe('contract summary texts', () => {
  it('labels each kind of escalation briefly for the grid', () => {
    expect(escalationSummary({ kind: 'none' })).toBe('none');
    expect(escalationSummary({ kind: 'annual-percent', percent: '3.5' })).toBe('+3.5 %/yr');
    expect(escalationSummary({ kind: 'annual-percent', percent: '-2' })).toBe('−2 %/yr');
    const step = { date: '2027-01-01', change: { type: 'percent' as const, percent: '5' } };
    expect(escalationSummary({ kind: 'steps', steps: [step] })).toBe('1 step');
    expect(escalationSummary({ kind: 'steps', steps: [step, { ...step, date: '2028-01-01' }] })).toBe('2 steps');
    expect(escalationSummary({ kind: 'index', values: {}, capPercent: '5', floorPercent: '1' })).toBe(
      'CPI cap 5 % floor 1 %',
    );
    expect(escalationSummary({ kind: 'index', indexName: 'Euro area HICP', values: {} })).toBe('Euro area HICP');
  });

  it('explains escalation rules in a sentence, naming the default first increase', () => {
    expect(escalationSentence({ kind: 'annual-percent', percent: '4' }, '2026-01-01')).toBe(
      '+4 % every year from the first anniversary of 2026-01-01.',
    );
    expect(
      escalationSentence(
        {
          kind: 'steps',
          steps: [
            { date: '2027-01-01', change: { type: 'percent', percent: '5' } },
            { date: '2028-01-01', change: { type: 'absolute', amount: '1200' } },
          ],
        },
        '2026-01-01',
      ),
    ).toBe('Steps: 2027-01-01 +5 %; 2028-01-01 = 1200.');
    expect(
      escalationSentence(
        {
          kind: 'index',
          values: { '2025': '100', '2026': '103' },
          lagYears: 2,
          capPercent: '5',
          firstIncrease: '2027-03-01',
        },
        '2026-01-01',
      ),
    ).toBe('Indexed yearly to CPI (2 yearly values, 2 years lag), capped at 5 %, from 2027-03-01.');
  });

  it('writes percent changes with their sign', () => {
    expect(signedPercent('3')).toBe('+3 %');
    expect(signedPercent('+3')).toBe('+3 %');
    expect(signedPercent(' -1.5 ')).toBe('−1.5 %');
  });

  it('describes invoicing, renewal and where the notice deadline stands', () => {
    expect(timingLabel({ invoiceTiming: 'arrears', prepaid: false })).toBe('in arrears');
    expect(timingLabel({ invoiceTiming: 'advance', prepaid: true })).toBe('in advance, prepaid');
    expect(renewalSentence(null, '2027-12-31')).toBe('No renewal terms.');
    expect(renewalSentence({ autoRenew: true, noticeMonths: 3, renewalTermMonths: 12 }, '2027-12-31')).toBe(
      'Renews automatically on the day after 2027-12-31 for 12 months. Notice: 3 months before.',
    );
    expect(renewalSentence({ autoRenew: false, renewalDate: '2028-01-01', noticeDays: 1 }, '2027-12-31')).toBe(
      'Expires; a renewal would start on 2028-01-01. Notice: 1 day before.',
    );
    const n = { renewalDate: '2027-01-01', noticeDeadline: '2026-10-03', explanation: '' };
    expect(noticeLabel({ ...n, daysLeft: 52, status: 'due-soon' })).toBe('due soon · 52 days left');
    expect(noticeLabel({ ...n, daysLeft: 1, status: 'due-soon' })).toBe('due soon · 1 day left');
    expect(noticeLabel({ ...n, daysLeft: -24, status: 'passed' })).toBe('passed · 24 days ago');
    expect(noticeLabel({ ...n, daysLeft: 371, status: 'open' })).toBe('open · 371 days left');
  });
});
