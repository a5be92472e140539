import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { fiscalYearMonths, monthLabel } from '../../src-shared/calendar/fiscal';
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

  it('opens Setup on the Workbook tab, showing the stored settings, with the fiscal calendar fixed to calendar months', async () => {
    const { page } = app;
    await page.getByTestId('nav-setup').click();
    await panel().waitFor();
    expect(await page.getByTestId('setup-tab-workbook').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('settings-name').inputValue()).toBe(original.name);
    expect(await page.getByTestId('settings-base-currency').inputValue()).toBe(original.baseCurrency);
    expect(await page.getByTestId('settings-fy-start').inputValue()).toBe(String(original.fyStartMonth));
    expect(await page.getByTestId('settings-user-name').inputValue()).toBe(original.userName);
    expect(await page.getByTestId('settings-fiscal-calendar').isDisabled()).toBe(true);
    expect(await panel().innerText()).toContain('4-4-5');
    expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);
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
