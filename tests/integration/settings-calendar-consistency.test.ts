import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountingWorkbook, closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

const info = async () => (await f.s.call('workbook/get-info', {})).settings;
const calendar = async () => (await f.s.call('accounting/get-settings', {})).calendar;

describe('the fiscal-year start and the accounting calendar stay consistent', () => {
  it('moves a calendar-months calendar with the workbook fiscal-year start in one command, and one undo restores both', async () => {
    const seq = (await f.s.call('journal/get-undo-state', {})).seq;
    await f.s.call('workbook/update-settings', { patch: { fyStartMonth: 4 } });
    expect((await info()).fyStartMonth).toBe(4);
    expect(await calendar()).toEqual({ kind: 'calendar-months', startMonth: 4 });
    expect((await f.s.call('journal/get-undo-state', {})).seq).toBe(seq + 1);
    const periods = await f.s.call('workbook/list-periods', { fiscalYear: 2027 });
    expect(periods[0]).toMatchObject({ month: '2026-04', period: 1 });
    const summary = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(summary.periods[0]).toMatchObject({ start: '2026-04-01', end: '2026-04-30' });

    await f.s.call('journal/undo', {});
    expect((await info()).fyStartMonth).toBe(7);
    expect(await calendar()).toEqual({ kind: 'calendar-months', startMonth: 7 });
    expect((await f.s.call('workbook/list-periods', { fiscalYear: 2027 }))[0]).toMatchObject({ month: '2026-07' });
  });

  it('refuses a fiscal-year start change under a retail calendar, naming fyStartMonth and Calendar & policies, writing nothing', async () => {
    const retail = { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;
    await f.s.call('accounting/save-settings', { patch: { calendar: retail } });
    expect((await info()).fyStartMonth).toBe(2);

    const error = await refused(f, 'workbook/update-settings', { patch: { fyStartMonth: 7 } });
    expect(error).toMatchObject({ code: 'validation', details: { field: 'patch.fyStartMonth' } });
    expect(error.message).toContain('Calendar & policies');
    expect(error.message).toContain('January');
    expect(await calendar()).toEqual(retail);
  });

  it('still saves other settings under a retail calendar when the start month is unchanged', async () => {
    const retail = { kind: 'retail', pattern: '5-4-4', endWeekday: 0, rule: 'last', endMonth: 12 } as const;
    await f.s.call('accounting/save-settings', { patch: { calendar: retail } });
    const settings = await f.s.call('workbook/update-settings', { patch: { name: 'Retail books', fyStartMonth: 1 } });
    expect(settings).toMatchObject({ name: 'Retail books', fyStartMonth: 1 });
    expect(await calendar()).toEqual(retail);
  });

  it('after undoing a retail calendar, the start month can move again', async () => {
    const retail = { kind: 'retail', pattern: '4-5-4', endWeekday: 6, rule: 'last', endMonth: 3 } as const;
    await f.s.call('accounting/save-settings', { patch: { calendar: retail } });
    expect((await info()).fyStartMonth).toBe(4);
    await f.s.call('journal/undo', {});
    expect(await calendar()).toEqual({ kind: 'calendar-months', startMonth: 7 });
    await f.s.call('workbook/update-settings', { patch: { fyStartMonth: 10 } });
    expect(await calendar()).toEqual({ kind: 'calendar-months', startMonth: 10 });
  });
});
