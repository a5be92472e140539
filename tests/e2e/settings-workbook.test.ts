import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { fiscalYearMonths, monthLabel } from '../../src-shared/calendar/fiscal';
import { MONTH_NAMES } from '../../src-renderer/state/fiscal-years';
import type { WorkbookSettings } from '../../src-shared/model';
import { displayedRowIds, eventually, typeIntoCell } from './budget-page';

describe('workbook settings', () => {
  let app: AppHarness;
  let original: WorkbookSettings;
  const settings = async () => (await app.session.call('workbook/get-info', {})).settings;
  const panel = () => app.page.getByTestId('workbook-settings');
  const openSettings = async () => {
    await app.page.getByTestId('nav-setup').click();
    await app.page.getByTestId('setup-tab-workbook').click();
    await panel().waitFor();
  };
  const undo = async () => {
    const before = (await app.session.call('journal/get-undo-state', {})).seq;
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await app.session.call('journal/get-undo-state', {})).seq > before, true);
  };

  beforeAll(async () => {
    app = await startApp();
    original = await settings();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens Setup on the Workbook tab, showing the stored settings and the accounting calendar, linked to Calendar & policies', async () => {
    const { page } = app;
    await page.getByTestId('nav-setup').click();
    await panel().waitFor();
    expect(await page.getByTestId('setup-tab-workbook').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('settings-name').inputValue()).toBe(original.name);
    expect(await page.getByTestId('settings-base-currency').inputValue()).toBe(original.baseCurrency);
    expect(await page.getByTestId('settings-fy-start').inputValue()).toBe(String(original.fyStartMonth));
    expect(await page.getByTestId('settings-user-name').inputValue()).toBe(original.userName);
    const { calendar } = await app.session.call('accounting/get-settings', {});
    expect(calendar).toEqual({ kind: 'calendar-months', startMonth: original.fyStartMonth });
    await eventually(
      () => page.getByTestId('settings-fiscal-calendar').innerText(),
      `Calendar months, fiscal years start in ${MONTH_NAMES[original.fyStartMonth - 1]}`,
    );
    expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);

    await page.getByTestId('settings-open-calendar').click();
    await page.getByTestId('accounting-settings').waitFor();
    expect(await page.getByTestId('setup-tab-calendar').getAttribute('aria-selected')).toBe('true');
  });

  it('renames the workbook and changes its base currency in one step: the header follows, one undo puts both back', async () => {
    const { page } = app;
    await openSettings();
    const other = (await app.session.call('dimensions/get-all', {})).currencies.find(
      (c) => c.code !== original.baseCurrency,
    )!.code;
    await page.getByTestId('settings-name').fill('  Ops budget 2027  ');
    await page.getByTestId('settings-base-currency').selectOption(other);
    await page.getByTestId('settings-save').click();

    await eventually(() => page.getByTestId('workbook-title').innerText(), 'Ops budget 2027');
    await eventually(async () => (await page.getByTestId('workbook-name').innerText()).includes(other), true);
    expect(await settings()).toMatchObject({ name: 'Ops budget 2027', baseCurrency: other });
    const [entry] = await app.session.call('journal/list', { limit: 1 });
    expect(entry!.command).toBe('workbook/update-settings');

    await undo();
    await eventually(() => page.getByTestId('workbook-title').innerText(), original.name);
    expect(await settings()).toEqual(original);
    await eventually(() => page.getByTestId('settings-name').inputValue(), original.name);
    expect(await page.getByTestId('settings-base-currency').inputValue()).toBe(original.baseCurrency);
  });

  it('writes your name as the actor of the next budget edit, and undo restores the previous name', async () => {
    const { page, session } = app;
    await openSettings();
    await page.getByTestId('settings-user-name').fill('Ada Lovelace');
    await page.getByTestId('settings-save').click();
    await eventually(async () => (await settings()).userName, 'Ada Lovelace');

    await page.getByTestId('nav-budget').click();
    await page.locator('[data-testid="budget-grid"] .ag-row[row-id]').first().waitFor({ timeout: 60_000 });
    const lineId = (await displayedRowIds(page)).find((id) => !id.startsWith('subtotal:'))!;
    const { months } = await session.call('budget/get-grid', {
      scenarioId: (await session.call('scenario/list', {})).find((s) => s.kind === 'baseline')!.id,
      fiscalYear: (await session.call('workbook/get-info', {})).currentFiscalYear,
    });
    await typeIntoCell(page, lineId, `m:${months[0]}`, '4321');
    await eventually(async () => (await session.call('journal/list', { limit: 1 }))[0]!.command, 'budget/set-cells');
    expect((await session.call('journal/list', { limit: 1 }))[0]!.actor).toBe('Ada Lovelace');

    await undo(); // the cell edit
    await undo(); // the new name
    expect((await settings()).userName).toBe(original.userName);
    await openSettings();
    expect(await page.getByTestId('settings-user-name').inputValue()).toBe(original.userName);
  });

  it('asks before moving the fiscal-year start, and only then changes which months a fiscal year holds', async () => {
    const { page, session } = app;
    await openSettings();
    await page.getByTestId('settings-fy-start').selectOption('7');
    await page.getByTestId('settings-save').click();
    const dialog = page.getByTestId('fy-start-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Fiscal years will start in July instead of January');
    await dialog.getByText('Cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await settings()).fyStartMonth).toBe(original.fyStartMonth);

    await page.getByTestId('settings-save').click();
    await page.getByTestId('fy-start-confirm').click();
    await eventually(async () => (await settings()).fyStartMonth, 7);
    expect((await session.call('accounting/get-settings', {})).calendar).toEqual({
      kind: 'calendar-months',
      startMonth: 7,
    });
    await eventually(
      () => page.getByTestId('settings-fiscal-calendar').innerText(),
      'Calendar months, fiscal years start in July',
    );
    const fy = (await session.call('workbook/get-info', {})).currentFiscalYear;
    const july = fiscalYearMonths(fy, 7);
    await eventually(
      () => page.getByTestId('fy-span').innerText(),
      `${monthLabel(july[0]!)} – ${monthLabel(july[11]!)}`,
    );
    // The budget grid's months now run from July.
    await page.getByTestId('nav-budget').click();
    await page.locator(`[role="columnheader"][col-id="m:${july[0]}"]`).waitFor({ timeout: 30_000 });

    await undo();
    await eventually(async () => (await settings()).fyStartMonth, original.fyStartMonth);
    expect((await session.call('accounting/get-settings', {})).calendar).toEqual({
      kind: 'calendar-months',
      startMonth: original.fyStartMonth,
    });
  });

  it('under a retail calendar, shows it and keeps the fiscal-year start fixed to the month after its year end', async () => {
    const { page, session } = app;
    const retail = { kind: 'retail', pattern: '4-5-4', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;
    await session.call('accounting/save-settings', { patch: { calendar: retail } });
    await openSettings();
    await eventually(
      () => page.getByTestId('settings-fiscal-calendar').innerText(),
      '4-5-4 retail weeks, fiscal years end on the Saturday nearest the end of January',
    );
    await eventually(() => page.getByTestId('settings-fy-start').inputValue(), '2');
    expect(await page.getByTestId('settings-fy-start').isDisabled()).toBe(true);
    expect(await panel().innerText()).toContain('Set by the retail calendar');
    // The service refuses a start that disagrees with the calendar, naming the field.
    const refused = await session.dispatch('workbook/update-settings', { patch: { fyStartMonth: 7 } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { field: 'patch.fyStartMonth' } },
    });

    await undo();
    await eventually(() => page.getByTestId('settings-fy-start').isDisabled(), false);
    expect(await settings()).toEqual(original);
  });

  it('shows what the service refuses at the field it is about, and saves nothing', async () => {
    const { page } = app;
    await openSettings();
    const before = (await app.session.call('journal/get-undo-state', {})).seq;
    await page.getByTestId('settings-name').fill('N'.repeat(201));
    await page.getByTestId('settings-save').click();
    const nameError = panel()
      .locator('.field-invalid', { has: page.getByTestId('settings-name') })
      .locator('.field-error');
    await nameError.waitFor();
    expect(await nameError.innerText()).toMatch(/200/);

    await page.getByTestId('settings-name').fill(original.name);
    await page.getByTestId('settings-user-name').fill('   ');
    await page.getByTestId('settings-save').click();
    const userError = panel()
      .locator('.field-invalid', { has: page.getByTestId('settings-user-name') })
      .locator('.field-error');
    await userError.waitFor();
    expect(await userError.innerText()).toBe('This cannot be empty.');

    expect((await app.session.call('journal/get-undo-state', {})).seq).toBe(before);
    expect(await settings()).toEqual(original);
    expect(app.errors).toEqual([]);
  });
});
