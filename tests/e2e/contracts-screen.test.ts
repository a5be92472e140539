import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { addDays, addMonthsToDate, lastDayOfMonth } from '../../src-shared/calendar/iso-date';
import type { ContractListItem, ContractSchedule } from '../../src-shared/model';
import { formatMoney, sumMoney } from '../../src-shared/money';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

describe('contracts screen', () => {
  let app: AppHarness;
  const contracts = () => app.session.call('contracts/list', {});
  const journalSeq = async () => (await app.session.call('journal/get-undo-state', {})).seq;
  const minorUnits = async (currency: string) =>
    (await app.session.call('dimensions/get-all', {})).currencies.find((c) => c.code === currency)!.minorUnits;
  const grid = () => app.page.getByTestId('contracts-grid');
  /** "shown of all" from the count line of the toolbar. */
  const shownOfAll = async () => {
    const m = /^(\d+) of (\d+) contracts/.exec(await app.page.getByTestId('contracts-count').innerText());
    return m ? [Number(m[1]), Number(m[2])] : null;
  };
  const row = (id: string) => grid().locator(`.ag-row[row-id="${id}"]`);
  /** Narrow the grid to one contract with the quick filter and select its row. */
  const selectContract = async (c: Pick<ContractListItem, 'id' | 'code'>) => {
    await app.page.getByTestId('contracts-filter').fill(c.code);
    await row(c.id).click();
    await app.page.getByTestId('contract-detail').getByText(c.code, { exact: false }).first().waitFor();
  };
  const openContracts = async () => {
    await app.page.getByTestId('nav-contracts').click();
    await app.page.getByTestId('contracts-tab-contracts').click();
    await grid().locator('.ag-row[row-id]').first().waitFor({ timeout: 60_000 });
  };
  const dialog = () => app.page.getByTestId('contract-dialog');
  const fieldError = (testId: string) => dialog().locator(`label:has([data-testid="${testId}"]) .field-error`);
  /** Fill the required terms of the add dialog. */
  const fillContract = async (v: { code: string; name: string; amount: string; start: string; end: string }) => {
    await app.page.getByTestId('contract-add').click();
    await dialog().waitFor();
    await dialog().getByTestId('contract-field-code').fill(v.code);
    await dialog().getByTestId('contract-field-name').fill(v.name);
    await dialog().getByTestId('contract-field-baseAmount').fill(v.amount);
    await dialog().getByTestId('contract-field-start').fill(v.start);
    await dialog().getByTestId('contract-field-end').fill(v.end);
  };

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await openContracts();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists as many contracts as the service, and the notice filter keeps those due soon', async () => {
    const { page } = app;
    const all = await contracts();
    expect(all.length).toBeGreaterThan(0);
    await eventually(shownOfAll, [all.length, all.length]);

    const dueSoon = all.filter((c) => c.notice?.status === 'due-soon');
    expect(dueSoon.length).toBeGreaterThan(0);
    await page.getByTestId('contracts-due-soon').click();
    await eventually(shownOfAll, [dueSoon.length, all.length]);
    // Rows filtered out leave the DOM after the grid's row animation.
    const shown = () =>
      grid()
        .locator('.ag-row[row-id]')
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('row-id'), r.querySelector('[col-id="notice"]')?.textContent ?? '']),
        );
    await eventually(async () => (await shown()).every(([id]) => dueSoon.some((c) => c.id === id)), true);
    const notices = await shown();
    expect(notices.length).toBeGreaterThan(0);
    for (const [, text] of notices) expect(text).toMatch(/^due soon · \d+ days? left$/);
    await page.getByTestId('contracts-due-soon').click();
    await eventually(shownOfAll, [all.length, all.length]);
  });

  it('shows a prepaid multi-year contract with accrual and cash totals equal to its schedule total, and a chart', async () => {
    const { page, session } = app;
    const fy = (await session.call('workbook/get-info', {})).currentFiscalYear;
    // A prepaid contract of more than a year that is expensed in the fiscal year the header shows.
    let prepaid: ContractListItem | undefined;
    let schedule: ContractSchedule | undefined;
    const multiYear = (c: ContractListItem) =>
      c.prepaid && !c.renewal?.autoRenew && addMonthsToDate(c.start, 13) <= c.end;
    for (const c of (await contracts()).filter(multiYear)) {
      const s = await session.call('contracts/get-schedule', { contractId: c.id });
      if (s.periods.some((p) => p.fiscalYear === fy && p.accrual !== '0')) {
        [prepaid, schedule] = [c, s];
        break;
      }
    }
    if (!prepaid || !schedule) throw new Error(`the demo has no prepaid multi-year contract expensed in FY${fy}`);
    const mu = await minorUnits(prepaid.currency);
    const total = formatMoney(schedule.total, mu);

    await selectContract(prepaid);
    const detail = page.getByTestId('contract-detail');
    await eventually(() => detail.getByTestId('accrual-cash-total-accrual').innerText(), total);
    expect(await detail.getByTestId('accrual-cash-total-cash').innerText()).toBe(total);
    expect(await detail.getByTestId('schedule-total').innerText()).toBe(total);
    expect(await detail.getByTestId('accrual-cash-reconciliation').innerText()).toContain('✓');
    // Prepaid: one payment of the whole term.
    expect(schedule.payments).toHaveLength(1);
    expect(await detail.getByTestId('payments').innerText()).toContain(total);

    const canvas = detail.getByTestId('accrual-cash-chart').locator('canvas');
    await canvas.first().waitFor();
    const box = await canvas.first().boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);

    // Only the header's fiscal year: its periods, and their sums.
    await detail.getByTestId('accrual-cash-year-only').check();
    const inYear = schedule.periods.filter((p) => p.fiscalYear === fy);
    const table = detail.getByTestId('accrual-cash-table');
    await eventually(() => table.locator('tbody tr').count(), inYear.length);
    expect(await detail.getByTestId('accrual-cash-total-accrual').innerText()).toBe(
      formatMoney(sumMoney(inYear.map((p) => p.accrual)), mu),
    );
    expect(await detail.getByTestId('accrual-cash-total-cash').innerText()).toBe(
      formatMoney(sumMoney(inYear.map((p) => p.cash)), mu),
    );
    // The header's accrual/cash switch picks the emphasised column.
    await page.getByTestId('basis-cash').click();
    await eventually(() => table.locator('thead th.basis-emph').innerText(), 'Cash');
    await page.getByTestId('basis-accrual').click();
    await eventually(() => table.locator('thead th.basis-emph').innerText(), 'Accrual');
    await detail.getByTestId('accrual-cash-year-only').uncheck();
    expect(app.errors).toEqual([]);
  });

  it('runs an auto-renewing contract on through the selected fiscal year unless another date is chosen', async () => {
    const { page, session } = app;
    const info = await session.call('workbook/get-info', {});
    const months = fiscalYearMonths(info.currentFiscalYear, info.settings.fyStartMonth);
    const last = months[months.length - 1]!;
    const yearEnd = lastDayOfMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)));
    const renewed = (await contracts()).find((c) => c.renewal?.autoRenew && c.end < yearEnd);
    if (!renewed) throw new Error('the demo has no auto-renewing contract ending before the year end');
    const schedule = await session.call('contracts/get-schedule', { contractId: renewed.id, horizon: yearEnd });
    expect(schedule.end > renewed.end).toBe(true);

    await selectContract(renewed);
    const detail = page.getByTestId('contract-detail');
    expect(await detail.getByTestId('schedule-horizon').inputValue()).toBe(yearEnd);
    await eventually(
      () => detail.getByTestId('accrual-cash-total-accrual').innerText(),
      formatMoney(schedule.total, await minorUnits(renewed.currency)),
    );
    expect(await detail.getByTestId('contract-terms').innerText()).toContain(
      `service through ${schedule.end} with renewals`,
    );
  });

  it('adds a contract with a 4 % annual escalation: stored as typed, its price history shows the escalated price', async () => {
    const { page } = app;
    const before = (await contracts()).length;
    await fillContract({
      code: 'CTR-E2E-1',
      name: 'E2E escalating',
      amount: '1,000.00',
      start: '2026-01-01',
      end: '2028-12-31',
    });
    await dialog().getByTestId('escalation-kind').selectOption('annual-percent');
    await dialog().getByTestId('escalation-percent').fill('4');
    await dialog().getByTestId('contract-save').click();
    await dialog().waitFor({ state: 'detached' });

    await eventually(async () => (await contracts()).length, before + 1);
    const saved = (await contracts()).find((c) => c.code === 'CTR-E2E-1')!;
    expect(saved).toMatchObject({
      name: 'E2E escalating',
      baseAmount: '1000',
      billing: 'monthly',
      start: '2026-01-01',
      end: '2028-12-31',
      escalation: { kind: 'annual-percent', percent: '4' },
    });
    // One year in, 1,000.00 × 1.04; two years in, 1,040.00 × 1.04.
    const prices = page.getByTestId('contract-detail').getByTestId('price-history');
    await prices.waitFor();
    const rows = await prices.getByTestId('price-row').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('2027-01-01');
    expect(rows[1]).toContain('1,040.00');
    expect(rows[2]).toContain('1,081.60');
  });

  it('refuses an end before the start at the End field and writes nothing', async () => {
    const seq = await journalSeq();
    const before = (await contracts()).length;
    await fillContract({
      code: 'CTR-E2E-BAD',
      name: 'Backwards',
      amount: '500',
      start: '2026-06-01',
      end: '2026-01-31',
    });
    await dialog().getByTestId('contract-save').click();

    await fieldError('contract-field-end').waitFor();
    expect(await fieldError('contract-field-end').innerText()).toMatch(/before the start 2026-06-01/);
    expect(await dialog().getByTestId('contract-field-end').getAttribute('aria-invalid')).toBe('true');
    expect(await fieldError('contract-field-start').count()).toBe(0);
    expect(await journalSeq()).toBe(seq);
    expect((await contracts()).length).toBe(before);

    // Fixing the field clears the error; cancelling still writes nothing.
    await dialog().getByTestId('contract-field-end').fill(addDays('2026-06-01', 364));
    expect(await fieldError('contract-field-end').count()).toBe(0);
    await dialog().getByText('Cancel').click();
    await dialog().waitFor({ state: 'detached' });
    expect(await journalSeq()).toBe(seq);
  });

  it('takes a newly added contract away again with Undo', async () => {
    const { page } = app;
    const before = (await contracts()).length;
    await fillContract({
      code: 'CTR-E2E-UNDO',
      name: 'Undo me',
      amount: '250',
      start: '2026-02-01',
      end: '2027-01-31',
    });
    await dialog().getByTestId('contract-save').click();
    await dialog().waitFor({ state: 'detached' });
    await eventually(async () => (await contracts()).some((c) => c.code === 'CTR-E2E-UNDO'), true);
    const id = (await contracts()).find((c) => c.code === 'CTR-E2E-UNDO')!.id;
    await page.getByTestId('contracts-filter').fill('CTR-E2E-UNDO');
    await row(id).waitFor();

    await page.getByTestId('undo').click();
    await eventually(async () => (await contracts()).length, before);
    expect((await contracts()).some((c) => c.code === 'CTR-E2E-UNDO')).toBe(false);
    await row(id).waitFor({ state: 'detached' });
    await page.getByTestId('contracts-filter').fill('');
    await eventually(shownOfAll, [before, before]);
  });

  it('adds an invoice on the invoices tab, explains its accrual and cash, and deletes it', async () => {
    const { page, session } = app;
    const items = () => session.call('cost-items/list', {});
    const before = (await items()).length;
    await page.getByTestId('contracts-tab-cost-items').click();
    await eventually(
      async () =>
        (await page.getByTestId('cost-items-count').innerText()).endsWith(`of ${before} invoices and purchases`),
      true,
    );

    await page.getByTestId('cost-item-add').click();
    const d = page.getByTestId('cost-item-dialog');
    await d.getByTestId('cost-item-field-reference').fill('INV-E2E-1');
    await d.getByTestId('cost-item-field-description').fill('Annual support renewal');
    await d.getByTestId('cost-item-field-amount').fill('3,650.00');
    await d.getByTestId('cost-item-field-invoiceDate').fill('2026-04-01');
    await d.getByTestId('cost-item-field-payment').selectOption('date');
    await d.getByTestId('cost-item-field-paymentDate').fill('2026-04-30');
    await d.getByTestId('cost-item-field-serviceStart').fill('2026-05-01');
    await d.getByTestId('cost-item-field-serviceEnd').fill('2027-04-30');
    expect(await d.getByTestId('cost-item-dialog-effect').innerText()).toContain('paid 2026-04-30');
    await d.getByTestId('cost-item-save').click();
    await d.waitFor({ state: 'detached' });

    await eventually(async () => (await items()).some((i) => i.reference === 'INV-E2E-1'), true);
    const saved = (await items()).find((i) => i.reference === 'INV-E2E-1')!;
    expect(saved).toMatchObject({
      amount: '3650',
      paymentDate: '2026-04-30',
      paymentTerms: null,
      serviceStart: '2026-05-01',
      serviceEnd: '2027-04-30',
      contractId: null,
    });
    await page.getByTestId('cost-items-filter').fill('INV-E2E-1');
    const itemRow = page.getByTestId('cost-items-grid').locator(`.ag-row[row-id="${saved.id}"]`);
    await itemRow.waitFor();
    expect(await itemRow.locator('.ag-cell[col-id="amount"]').innerText()).toBe('3,650.00');
    await itemRow.click();
    const effect = await page.getByTestId('cost-item-effect').innerText();
    expect(effect).toContain('Accrual: spread over 365 days from 2026-05-01 to 2027-04-30');
    expect(effect).toContain('cash: paid 2026-04-30');

    await page.getByTestId('cost-item-delete').click();
    await page.getByTestId('confirm-ok').click();
    await eventually(async () => (await items()).some((i) => i.reference === 'INV-E2E-1'), false);
    await itemRow.waitFor({ state: 'detached' });
    expect((await items()).length).toBe(before);
  });
});
