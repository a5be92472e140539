import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-shared/money';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

/**
 * The README's "a month of chargeback, end to end" on the demo workbook, through the UI only:
 * the demo's cloud bill is on Cloud costs, Allocation runs last month, and Chargeback issues
 * that month's invoices, which reconcile with the run.
 */
describe('a month of chargeback on the demo, through the screens', () => {
  let app: AppHarness;
  let month: string;

  beforeAll(async () => {
    app = await startApp({ workbook: { demo: { chargeback: true } } });
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const [bill] = await app.session.call('billing/list-imports', {});
    month = bill!.periods.at(-1)!;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows the demo cloud bill on Cloud costs, totalled per provider as stored', async () => {
    const { page } = app;
    await page.getByTestId('nav-cloud').click();
    await page.getByTestId('cloud-tab-overview').click();
    const totals = await app.session.call('cloud/totals', { dimension: 'provider', basis: 'accrual' });
    const cur = totals.currencies[0]!;
    await eventually(
      async () => page.getByTestId(`cloud-total-${cur.currency}`).innerText(),
      formatMoney(
        cur.total,
        (await app.session.call('dimensions/get-all', {})).currencies.find((c) => c.code === cur.currency)!.minorUnits,
      ),
    );
  });

  it('runs the last billed month on Allocation and shows it conserved to the cent', async () => {
    const { page } = app;
    await page.getByTestId('nav-allocation').click();
    await page.getByTestId('allocation-month').fill(month);
    await page.getByTestId('allocation-run').click();
    await page.getByTestId('allocation-results').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('allocation-conservation').innerText()).toContain('conserved to the cent');
    const run = await app.session.call('allocation/get-run', { period: month });
    expect(run?.conserved).toBe(true);
  });

  it('issues that month on Chargeback: one invoice per unit, shared costs equal to what the run allocated to units', async () => {
    const { page } = app;
    await page.getByTestId('nav-chargeback').click();
    await page.getByTestId('chargeback-month').fill(month);
    await page.getByTestId('chargeback-issue').click();
    const depts = (await app.session.call('dimensions/get-all', {})).departments;
    await eventually(
      async () => (await app.session.call('chargeback/get-month', { month })).units.filter((u) => u.invoice).length,
      depts.length,
    );
    const m = await app.session.call('chargeback/get-month', { month });
    expect(m.reconciliation?.balanced).toBe(true);
    await eventually(
      async () => page.getByTestId('recon-shared').innerText(),
      `${formatMoney(m.reconciliation!.sharedInvoiced, m.minorUnits)} ${m.currency}`,
    );
    expect(app.errors).toEqual([]);
  });
});
