import { describe, expect, it } from 'vitest';
import type { FiscalPeriodSpan } from '../../../../src-shared/calendar/calendar-types';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { buildViews, scheduleItem, type AccrualPolicy, type CostItem } from '../../../../src-main/engine/accrual';
import { calendarMonths, costItem } from './fixtures';

const months = calendarMonths(2026, 1, 12);
const good = costItem({ id: 'ok', amount: '100', servicePeriod: { start: '2026-01-01', end: '2026-01-31' } });

/** The EngineInputError thrown by `run`, so a test can check the item and field it names. */
function inputError(run: () => unknown): EngineInputError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineInputError);
    return e as EngineInputError;
  }
  throw new Error('expected an EngineInputError, nothing was thrown');
}

function itemError(fields: Partial<CostItem>): EngineInputError {
  return inputError(() => scheduleItem({ ...good, id: 'bad-item', ...fields }, months, 'by-days'));
}

describe('bad input', () => {
  it('names the item and field when the service period ends before it starts', () => {
    const e = itemError({ servicePeriod: { start: '2026-03-01', end: '2026-02-28' } });
    expect([e.item, e.field]).toEqual(['bad-item', 'servicePeriod.end']);
    expect(e.message).toMatch(/bad-item.*ends \(2026-02-28\) before it starts \(2026-03-01\)/);
  });

  it('refuses dates that do not exist or are not ISO', () => {
    expect(itemError({ invoiceDate: '2026-02-29' }).field).toBe('invoiceDate');
    expect(itemError({ servicePeriod: { start: '2026-1-5', end: '2026-01-31' } }).field).toBe('servicePeriod.start');
    expect(itemError({ servicePeriod: { start: '2026-01-01', end: '2026-13-01' } }).field).toBe('servicePeriod.end');
    expect(itemError({ paymentDate: '31/01/2026' }).field).toBe('paymentDate');
  });

  it('refuses amounts that are not canonical or finer than the currency allows', () => {
    for (const amount of ['12.50', '1e3', '1,000', '', '-0', '0012', '1.234']) {
      const e = itemError({ amount });
      expect([e.item, e.field], amount).toEqual(['bad-item', 'amount']);
    }
    expect(itemError({ amount: '1.5', currency: 'JPY', minorUnits: 0 }).message).toMatch(
      /1 decimals; the currency has 0/,
    );
    expect(itemError({ amount: '99999999999999999' }).message).toMatch(/too large/);
  });

  it('refuses unknown payment terms rather than guessing a date', () => {
    const e = itemError({ paymentTerms: '2/10 net 30' });
    expect([e.item, e.field]).toEqual(['bad-item', 'paymentTerms']);
    expect(e.message).toContain('"2/10 net 30"');
  });

  it('requires some way to know when the item is paid', () => {
    const { paymentTerms: _, ...noPayment } = good;
    const e = inputError(() => scheduleItem({ ...noPayment, id: 'unpaid' }, months, 'by-days'));
    expect([e.item, e.field]).toEqual(['unpaid', 'paymentTerms']);
  });

  it('requires instalments to add up to the amount, and not to compete with a payment date', () => {
    const short = itemError({
      paymentSchedule: [
        { date: '2026-01-15', amount: '60' },
        { date: '2026-02-15', amount: '30' },
      ],
    });
    expect(short.field).toBe('paymentSchedule');
    expect(short.message).toMatch(/sum to 90, not the amount 100/);
    expect(itemError({ paymentSchedule: [] }).field).toBe('paymentSchedule');
    expect(
      itemError({ paymentSchedule: [{ date: '2026-01-15', amount: '100' }], paymentDate: '2026-01-15' }).field,
    ).toBe('paymentSchedule');
    expect(itemError({ paymentSchedule: [{ date: '2026-02-30', amount: '100' }] }).field).toBe(
      'paymentSchedule[0].date',
    );
    expect(itemError({ paymentSchedule: [{ date: '2026-01-15', amount: '100.001' }] }).field).toBe(
      'paymentSchedule[0].amount',
    );
  });

  it('refuses unknown expense types, currencies and minor units', () => {
    expect(itemError({ expenseType: 'Capex' as CostItem['expenseType'] }).field).toBe('expenseType');
    expect(itemError({ currency: 'usd' }).field).toBe('currency');
    expect(itemError({ minorUnits: -1 }).field).toBe('minorUnits');
    expect(itemError({ minorUnits: 2.5 }).field).toBe('minorUnits');
    expect(itemError({ id: '' }).field).toBe('id');
  });

  it('rejects a whole batch when one item is bad, naming that item', () => {
    const batch = [good, { ...good, id: 'lic-7', servicePeriod: { start: '2026-05-01', end: '2026-04-30' } }];
    const e = inputError(() => buildViews(batch, months, 'by-days'));
    expect([e.item, e.field]).toEqual(['lic-7', 'servicePeriod.end']);
  });

  it('refuses to add items of different currencies', () => {
    const e = inputError(() => buildViews([good, { ...good, id: 'eur-1', currency: 'EUR' }], months, 'by-days'));
    expect([e.item, e.field]).toEqual(['eur-1', 'currency']);
    const mu = inputError(() => buildViews([good, { ...good, id: 'usd-0', minorUnits: 0 }], months, 'by-days'));
    expect([mu.item, mu.field]).toEqual(['usd-0', 'minorUnits']);
  });

  it('refuses period lists with gaps, overlaps, reversed or miscounted periods', () => {
    const gap = [months[0]!, months[2]!];
    expect(inputError(() => buildViews([good], gap, 'by-days'))).toMatchObject({ item: '2026-03', field: 'start' });
    const reversed: FiscalPeriodSpan[] = [{ ...months[0]!, start: '2026-01-31', end: '2026-01-01' }];
    expect(inputError(() => buildViews([good], reversed, 'by-days'))).toMatchObject({ item: '2026-01', field: 'end' });
    const miscounted: FiscalPeriodSpan[] = [{ ...months[0]!, days: 30 }];
    expect(inputError(() => buildViews([good], miscounted, 'by-days'))).toMatchObject({
      item: '2026-01',
      field: 'days',
    });
    expect(inputError(() => buildViews([good], [], 'by-days'))).toMatchObject({ item: 'periods', field: 'periods' });
  });

  it('refuses a calendar whose period for a date does not contain that date', () => {
    const broken = { periodOf: () => months[0]! };
    const late = { ...good, servicePeriod: { start: '2026-12-01', end: '2027-02-28' } };
    const e = inputError(() => scheduleItem(late, months, 'by-days', { calendar: broken }));
    expect([e.item, e.field]).toEqual(['calendar', 'periodOf']);
  });

  it('refuses an unknown accrual policy', () => {
    const e = inputError(() => buildViews([good], months, 'by-month' as AccrualPolicy));
    expect([e.item, e.field]).toEqual(['policy', 'accrualPolicy']);
  });
});
