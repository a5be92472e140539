import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D, formatMoney } from '../../src-shared/money';
import { seedAllocationRun } from '../helpers/seed-allocation-run';
import { eventually, pasteText } from './budget-page';
import { startApp, type AppHarness } from './harness';

const cellOf = (page: Page, grid: string, rowId: string, colId: string) =>
  page.locator(`[data-testid="${grid}"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`).first();

async function typeInto(page: Page, grid: string, rowId: string, colId: string, text: string): Promise<void> {
  await cellOf(page, grid, rowId, colId).click();
  await page.keyboard.press('F2');
  const editor = page.locator(`[data-testid="${grid}"] .ag-cell-inline-editing input`);
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

describe('the Rates screen', () => {
  let app: AppHarness;
  let serviceId: string;
  let month: string;
  let minorUnits: number;
  let currency: string;
  const departments: string[] = [];
  const journalSeq = async () => (await app.session.call('journal/get-undo-state', {})).seq;

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const dims = await app.session.call('dimensions/get-all', {});
    const info = await app.session.call('workbook/get-info', {});
    currency = info.settings.baseCurrency;
    minorUnits = dims.currencies.find((c) => c.code === info.settings.baseCurrency)!.minorUnits;
    departments.push(...[...dims.departments].sort((a, b) => a.code.localeCompare(b.code)).map((d) => d.id));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adds a catalogue service that recovers a workbook service’s allocated cost', async () => {
    const { page, session } = app;
    const host = (await session.call('dimensions/get-all', {})).services[0]!;
    await page.getByTestId('nav-rates').click();
    await page.getByTestId('rates-tab-catalogue').click();
    await page.getByTestId('rates-service-add').click();
    await page.getByTestId('rates-service-code').fill('VMX');
    await page.getByTestId('rates-service-name').fill('Virtual machines');
    await page.getByTestId('rates-service-unit').selectOption('vcpu-month');
    await page.getByTestId('rates-service-node').fill(`svc:${host.code}`);
    await page.getByTestId('rates-service-save').click();
    await eventually(async () => (await session.call('rates/list-services', {})).map((s) => s.code), ['VMX']);
    serviceId = (await session.call('rates/list-services', {}))[0]!.id;
    await cellOf(page, 'rates-catalogue-grid', serviceId, 'code').waitFor();
    expect(await cellOf(page, 'rates-catalogue-grid', serviceId, 'node').innerText()).toBe(`svc:${host.code}`);
    // The pool the rates recover: an allocation run of the year's first month holding 1,000.00 on the node.
    await page.getByTestId('rates-tab-volumes').click();
    month = await page.getByTestId('rates-volumes-month').inputValue();
    seedAllocationRun(app.file, month, [{ target: `svc:${host.code}`, amount: '1000', currency }], 'effective');
  });

  it('takes usage typed and pasted from Excel into the volumes grid, one command each', async () => {
    const { page, session } = app;
    await page.getByTestId('rates-tab-volumes').click();
    await typeInto(page, 'rates-usage-grid', departments[0]!, serviceId, '120');
    await eventually(async () => (await session.call('rates/get-volumes', { month })).usage.length, 1);
    await cellOf(page, 'rates-usage-grid', departments[1]!, serviceId).click();
    await pasteText(page, '80\n');
    await eventually(
      async () =>
        (await session.call('rates/get-volumes', { month })).usage.map((u) => [u.departmentId, u.quantity]).sort(),
      [
        [departments[0]!, '120'],
        [departments[1]!, '80'],
      ].sort(),
    );
  });

  it('refuses a usage cell that is not a number, naming the business unit, service and month', async () => {
    const { page, session } = app;
    const before = await journalSeq();
    const code = (await session.call('dimensions/get-all', {})).departments.find((d) => d.id === departments[2])!.code;
    await typeInto(page, 'rates-usage-grid', departments[2]!, serviceId, 'ten');
    await eventually(
      async () =>
        (await page.getByTestId('toast-error').allInnerTexts()).some((t) =>
          t.includes(`Usage of VMX by ${code} in ${month}: "ten" is not a number.`),
        ),
      true,
    );
    expect(await journalSeq()).toBe(before);
  });

  it('drafts a card at the proposed rate, shows a what-if rate’s recovery without saving it, then publishes', async () => {
    const { page, session } = app;
    await page.getByTestId('rates-tab-cards').click();
    await page.getByTestId('rates-card-new').click();
    await page.getByTestId('rates-card-editor').waitFor();
    const sheet = await session.call('rates/propose-card', {
      fiscalYear: (await session.call('rates/list-cards', {}))[0]!.fiscalYear,
      basis: 'utilization',
      markupPct: '0',
    });
    expect(sheet.lines[0]!.proposedRate).toBe('5');
    await eventually(() => page.getByTestId('rates-card-total-cost').innerText(), formatMoney('1000', minorUnits));
    await eventually(() => page.getByTestId('rates-card-total-variance').innerText(), formatMoney('0', minorUnits));

    const before = await journalSeq();
    await typeInto(page, 'rates-card-grid', serviceId, 'rate', '6.25');
    const recovered = new D(120).times('6.25').plus(new D(80).times('6.25'));
    await eventually(
      () => page.getByTestId('rates-card-total-recovered').innerText(),
      formatMoney(recovered.toFixed(), minorUnits),
    );
    await eventually(
      () => page.getByTestId('rates-card-total-variance').innerText(),
      formatMoney(recovered.minus(1000).toFixed(), minorUnits),
    );
    expect(await journalSeq()).toBe(before);

    await page.getByTestId('rates-card-publish').click();
    await eventually(
      async () => (await session.call('rates/list-cards', {})).map((c) => [c.status, c.current]),
      [['published', true]],
    );
    const card = (await session.call('rates/list-cards', {}))[0]!;
    expect((await session.call('rates/get-card', { cardId: card.id })).lines[0]!.rate).toBe('6.25');
    await page.getByTestId('rates-card-publish').waitFor({ state: 'detached' });
  });

  it('shows the recovery of the published rates against cost per month, in a chart and a grid', async () => {
    const { page, session } = app;
    await page.getByTestId('rates-tab-recovery').click();
    await page.getByTestId('rates-recovery-chart').waitFor();
    const fiscalYear = (await session.call('rates/list-cards', {}))[0]!.fiscalYear;
    const report = await session.call('rates/recovery', { fiscalYear });
    expect(report.total.variance).toBe('250');
    await eventually(
      () => page.getByTestId('rates-recovery-total').innerText(),
      formatMoney(report.total.variance, minorUnits),
    );
    const row = page.locator('[data-testid="rates-recovery-grid"] .ag-row[row-index]:not(.ag-row-pinned)');
    await eventually(() => row.count(), 1);
    expect(app.errors).toEqual([]);
  });
});
