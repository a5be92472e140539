import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountingWorkbook, closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook()));
afterEach(() => closeFixture(f));

describe('accounting settings', () => {
  it('default to calendar months from the workbook start month, half-up rounding and accrual by days', async () => {
    expect(await f.s.call('accounting/get-settings', {})).toEqual({
      calendar: { kind: 'calendar-months', startMonth: 7 },
      roundingMode: 'HALF_UP',
      accrualPolicy: 'by-days',
    });
  });

  it('switch to a 4-4-5 retail calendar, moving the budget year to start after its end month, undoably', async () => {
    const calendar = { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;
    const { settings } = await f.s.call('accounting/save-settings', {
      patch: { calendar, roundingMode: 'HALF_EVEN', accrualPolicy: 'even-by-period' },
    });
    expect(settings).toEqual({ calendar, roundingMode: 'HALF_EVEN', accrualPolicy: 'even-by-period' });
    expect((await f.s.call('workbook/get-info', {})).settings.fyStartMonth).toBe(2);
    const periods = await f.s.call('workbook/list-periods', { fiscalYear: 2027 });
    expect(periods[0]).toMatchObject({ month: '2026-02', period: 1 });

    // The summary now runs on the retail periods: FY2027 = 2026-02-01 … 2027-01-30 (NRF fiscal 2026).
    const sum = await f.s.call('accounting/summary', { fiscalYear: 2027, view: 'accrual', by: 'capex-opex' });
    expect(sum.periods.map((p) => [p.start, p.end])).toEqual(
      expect.arrayContaining([
        ['2026-02-01', '2026-02-28'],
        ['2026-03-29', '2026-05-02'],
        ['2026-12-27', '2027-01-30'],
      ]),
    );
    expect(sum.periods[2]).toMatchObject({ start: '2026-03-29', fxMonth: '2026-04' });

    await f.s.call('journal/undo', {});
    expect((await f.s.call('accounting/get-settings', {})).calendar).toEqual({
      kind: 'calendar-months',
      startMonth: 7,
    });
    expect((await f.s.call('workbook/get-info', {})).settings.fyStartMonth).toBe(7);
  });

  it('move the fiscal year start with a calendar-months calendar', async () => {
    await f.s.call('accounting/save-settings', { patch: { calendar: { kind: 'calendar-months', startMonth: 4 } } });
    expect((await f.s.call('workbook/get-info', {})).settings.fyStartMonth).toBe(4);
    expect((await f.s.call('accounting/get-settings', {})).calendar).toEqual({
      kind: 'calendar-months',
      startMonth: 4,
    });
  });
});

describe('capitalization policy', () => {
  it('lists all seven asset classes with the engine defaults', async () => {
    const list = await f.s.call('capitalization/list-policies', {});
    expect(list.map((p) => [p.assetClass, p.treatment, p.threshold, p.thresholdBasis, p.usefulLifeMonths])).toEqual([
      ['server', 'threshold', '5000', 'per-item', 60],
      ['storage', 'threshold', '5000', 'per-item', 60],
      ['network', 'threshold', '5000', 'per-item', 60],
      ['end-user-device', 'threshold', '5000', 'per-bundle', 36],
      ['perpetual-licence', 'threshold', '5000', 'per-item', 36],
      ['internal-software', 'threshold', '25000', 'per-bundle', 36],
      ['cloud-saas', 'always-opex', '0', 'per-item', 12],
    ]);
    expect(list.every((p) => p.isDefault && p.method === 'straight-line' && p.convention === 'full-month')).toBe(true);
  });

  it('saves a class rule, classifies new assets with it, and resets to the default', async () => {
    const server = (await f.s.call('capitalization/list-policies', {}))[0]!;
    await f.s.call('capitalization/save-policy', {
      policy: { ...server, threshold: '15000', usefulLifeMonths: 48, method: 'double-declining-balance' },
    });
    const saved = (await f.s.call('capitalization/list-policies', {}))[0]!;
    expect(saved).toMatchObject({ threshold: '15000', usefulLifeMonths: 48, isDefault: false });
    const { asset } = await f.s.call('assets/save', {
      code: 'SRV-1',
      name: 'DB server',
      assetClass: 'server',
      cost: '12400',
      currency: 'USD',
      inServiceDate: '2026-07-15',
    });
    expect(asset.expenseType).toBe('OpEx');
    expect(asset.classificationRule).toBe('OpEx: server, 12,400.00 < threshold 15,000.00');

    await f.s.call('capitalization/reset-policy', { assetClass: 'server' });
    expect((await f.s.call('capitalization/list-policies', {}))[0]).toMatchObject({
      threshold: '5000',
      isDefault: true,
    });
    await f.s.call('journal/undo', {});
    expect((await f.s.call('capitalization/list-policies', {}))[0]).toMatchObject({ threshold: '15000' });
  });

  it('refuses a negative threshold or a cloud class that is not always OpEx, writing nothing', async () => {
    const [server, , , , , , cloud] = await f.s.call('capitalization/list-policies', {});
    const neg = await refused(f, 'capitalization/save-policy', { policy: { ...server!, threshold: '-1' } });
    expect(neg).toMatchObject({ code: 'validation', details: { item: 'server', field: 'threshold' } });
    const saas = await refused(f, 'capitalization/save-policy', { policy: { ...cloud!, treatment: 'threshold' } });
    expect(saas).toMatchObject({ code: 'validation', details: { item: 'cloud-saas', field: 'treatment' } });
    const life = await refused(f, 'capitalization/save-policy', { policy: { ...server!, usefulLifeMonths: 0 } });
    expect(life.details).toMatchObject({ field: 'usefulLifeMonths' });
  });
});
