import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { eventually } from './budget-page';

describe('setup screens', () => {
  let app: AppHarness;
  const costCenterCodes = async () => (await app.session.call('dimensions/get-all', {})).costCenters.map((c) => c.code);

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('nav-setup').click();
    await app.page.getByTestId('setup-tab-cost-center').click();
    await app.page.getByTestId('setup-grid-cost-center').locator('.ag-row').first().waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a cost-center code with a trailing space, with the message at the field, and adds nothing', async () => {
    const { page } = app;
    const before = await costCenterCodes();
    const form = page.getByTestId('add-dimension-form');
    await form.getByTestId('add-code').fill('CC-100 ');
    await form.getByTestId('add-name').fill('Trailing space test');
    await form.getByTestId('add-dimension-submit').click();
    const error = form.locator('.field-invalid .field-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('code "CC-100 " has leading or trailing spaces');
    expect(await costCenterCodes()).toEqual(before);
  });

  it('refuses a code that differs from an existing one only in case', async () => {
    const { page } = app;
    const existing = (await costCenterCodes())[0]!;
    const form = page.getByTestId('add-dimension-form');
    await form.getByTestId('add-code').fill(existing.toLowerCase());
    await form.getByTestId('add-dimension-submit').click();
    await eventually(
      async () => (await form.locator('.field-invalid .field-error').innerText()).includes('differs only in case'),
      true,
    );
  });

  it('adds a valid cost center, which then shows in the grid', async () => {
    const { page } = app;
    const form = page.getByTestId('add-dimension-form');
    await form.getByTestId('add-code').fill('CC-9100');
    await form.getByTestId('add-name').fill('Quantum Lab');
    await form.getByTestId('add-dimension-submit').click();
    await page.getByTestId('setup-grid-cost-center').getByText('Quantum Lab').waitFor();
    expect(await costCenterCodes()).toContain('CC-9100');
    expect(await form.locator('.field-invalid').count()).toBe(0);
  });

  it('refuses a bad code typed into the grid and marks the cell', async () => {
    const { page } = app;
    const grid = page.getByTestId('setup-grid-cost-center');
    const codeCell = grid.locator('.ag-row .ag-cell[col-id="code"]').filter({ hasText: 'CC-9100' });
    await codeCell.dblclick();
    const editor = grid.locator('.ag-cell-inline-editing input');
    await editor.fill('CC 9100');
    await page.keyboard.press('Enter');
    const error = page.getByTestId('dimension-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('may contain only letters, digits');
    await expect(grid.locator('.ag-cell.cell-invalid').count()).resolves.toBe(1);
    expect(await costCenterCodes()).toContain('CC-9100');
  });
});
