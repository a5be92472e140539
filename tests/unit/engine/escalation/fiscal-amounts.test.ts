import { describe, expect, it } from 'vitest';
import { amountsByFiscalPeriod, escalateContract } from '../../../../src-main/engine/escalation';
import { createFiscalCalendar } from '../../../../src-shared/calendar/fiscal-calendar';

const july = createFiscalCalendar({ kind: 'calendar-months', startMonth: 7 });

describe('contract amounts per fiscal period', () => {
  const quarterly = escalateContract(
    {
      id: 'C-500',
      baseAmount: '9200',
      billing: 'quarterly',
      start: '2026-07-01',
      end: '2027-06-30',
      escalation: { kind: 'none' },
    },
    { minorUnits: 2 },
  );

  it('puts each invoice in the period of its billing date', () => {
    const r = amountsByFiscalPeriod(quarterly.events, july.periods(2027), 'billing-date', 2);
    expect(r.byPeriod.filter((p) => p.amount !== '0')).toEqual([
      { key: 'FY2027-P01', amount: '9200' },
      { key: 'FY2027-P04', amount: '9200' },
      { key: 'FY2027-P07', amount: '9200' },
      { key: 'FY2027-P10', amount: '9200' },
    ]);
    expect(r).toMatchObject({ outside: '0', total: '36800' });
  });

  it('spreads each invoice over its days of service', () => {
    // 9,200 for 92 days (Jul 31, Aug 31, Sep 30) = 100 a day.
    const r = amountsByFiscalPeriod(quarterly.events, july.periods(2027), 'service-days', 2);
    expect(r.byPeriod.slice(0, 3).map((p) => p.amount)).toEqual(['3100', '3100', '3000']);
    expect(r.total).toBe('36800');
  });

  it('reports what falls outside the periods passed in, so the totals still reconcile', () => {
    // 12,000 billed 2026-04-01 for a year of 365 days; FY2027 holds 2026-07-01…2027-03-31 = 274 days.
    const annual = escalateContract(
      {
        id: 'C-501',
        baseAmount: '12000',
        billing: 'annual',
        start: '2026-04-01',
        end: '2027-03-31',
        escalation: { kind: 'none' },
      },
      { minorUnits: 2 },
    );
    const r = amountsByFiscalPeriod(annual.events, july.periods(2027), 'service-days', 2);
    expect(r.outside).toBe('2991.78'); // 12,000 × 91/365 = 2,991.780…
    expect(r.byPeriod[0]).toEqual({ key: 'FY2027-P01', amount: '1019.18' }); // × 31/365 = 1,019.178…
    const billed = amountsByFiscalPeriod(annual.events, july.periods(2027), 'billing-date', 2);
    expect(billed.outside).toBe('12000');
  });

  it('works on retail periods of whole weeks', () => {
    const nrf = createFiscalCalendar({
      kind: 'retail',
      pattern: '4-5-4',
      endWeekday: 6,
      rule: 'nearest',
      endMonth: 1,
      naming: 'start-year',
    });
    // 37,100 for the 371 days of fiscal 2023 = 100 a day: 28 days in P01, 35 in P02 and P12.
    const event = {
      date: '2023-01-29',
      serviceStart: '2023-01-29',
      serviceEnd: '2024-02-03',
      amount: '37100',
      price: '37100',
      serviceDays: 371,
      fullPeriodDays: 371,
      explanation: '',
    };
    const r = amountsByFiscalPeriod([event], nrf.periods(2023), 'service-days', 2);
    expect(r.byPeriod.map((p) => p.amount)).toEqual([
      '2800',
      '3500',
      '2800',
      '2800',
      '3500',
      '2800',
      '2800',
      '3500',
      '2800',
      '2800',
      '3500',
      '3500',
    ]);
    expect(r.outside).toBe('0');
  });

  it('refuses periods that overlap', () => {
    const p = july.periods(2027);
    expect(() => amountsByFiscalPeriod(quarterly.events, [p[1]!, p[0]!], 'billing-date', 2)).toThrow(
      expect.objectContaining({ item: 'FY2027-P01', field: 'start' }),
    );
  });
});
