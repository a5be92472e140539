import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceView } from '../../src-shared/model/chargeback-invoices';
import { D, formatMoney } from '../../src-shared/money';
import { seedChargebackInputs, type SeededChargeback } from '../helpers/seed-chargeback-inputs';
import { eventually } from './budget-page';
import { demoWorkbookCopy, startApp, type AppHarness } from './harness';

describe('chargeback screen', () => {
  let app: AppHarness;
  let dir: string;
  let seeded: SeededChargeback;
  const units = () => app.page.getByTestId('chargeback-units');
  const unitRow = (id: string) => units().locator(`.ag-row[row-id="${id}"]`);
  const lines = () => app.page.getByTestId('invoice-lines');
  const lineRow = (key: string) => lines().locator(`.ag-row[row-id="${key}"]`);
  /** The unit's current invoice as the service has it. */
  const current = async (departmentId: string): Promise<InvoiceView> => {
    const month = await app.session.call('chargeback/get-month', { month: seeded.month });
    const id = month.units.find((u) => u.departmentId === departmentId)!.invoice!.id;
    return app.session.call('chargeback/get-invoice', { invoiceId: id });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outlay-chargeback-e2e-'));
    const file = demoWorkbookCopy(dir);
    seeded = seedChargebackInputs(file);
    app = await startApp({ workbook: { copyOf: file } });
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('nav-chargeback').click();
    await app.page.getByTestId('chargeback-month').fill(seeded.month);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issues the month: every unit gets revision 1 and the shared lines reconcile with the allocation run', async () => {
    const { page } = app;
    await expect(page.getByTestId('chargeback-reconciliation').getAttribute('data-balanced')).resolves.toBe('true');
    await page.getByTestId('chargeback-issue').click();
    const u0 = seeded.units[0];
    await unitRow(u0.id).getByText('issued').waitFor();
    const month = await app.session.call('chargeback/get-month', { month: seeded.month });
    expect(month.units.every((u) => u.invoice?.revision === 1)).toBe(true);
    for (const u of month.units) {
      await expect(unitRow(u.departmentId).locator('[col-id="total"]').innerText()).resolves.toBe(
        formatMoney(u.invoice!.total, month.minorUnits),
      );
    }
    await expect(page.getByTestId('recon-allocated').innerText()).resolves.toBe(
      `${formatMoney(seeded.allocatedToUnits, month.minorUnits)} ${month.currency}`,
    );
  });

  it('opens an invoice whose shared lines show driver and quantity, and a why? with the rule trace', async () => {
    const { page } = app;
    await unitRow(seeded.units[0].id).click();
    const inv = await current(seeded.units[0].id);
    await page.getByTestId('invoice-total').waitFor();
    await expect(page.getByTestId('invoice-total').innerText()).resolves.toBe(formatMoney(inv.invoice.total, 2));
    const net = inv.invoice.lines.find((l) => l.key === 'shared:network:headcount')!;
    await expect(lineRow(net.key).locator('[col-id="unit"]').innerText()).resolves.toBe('driver: headcount');
    await expect(lineRow(net.key).locator('[col-id="quantity"]').innerText()).resolves.toBe(net.quantity);
    await page.getByTestId(`line-why-${net.key}`).click();
    const steps = page.getByTestId('trace-steps').locator('tbody tr');
    await steps.first().waitFor();
    const trace = await app.session.call('chargeback/explain-line', { invoiceId: inv.summary.id, lineKey: net.key });
    expect(await steps.count()).toBe(trace.steps.length);
    await expect(steps.first().innerText()).resolves.toContain(
      `${trace.steps[0]!.quantity} of ${trace.steps[0]!.driverTotal}`,
    );
    await page.getByTestId('trace-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('raises a dispute on a line and resolves it by credit: revision 2 shows the credit line and the new total', async () => {
    const { page } = app;
    const unit = seeded.units[0];
    const before = await current(unit.id);
    const vmKey = `service:${seeded.services[0]!.id}`;
    await page.getByTestId(`line-dispute-${vmKey}`).click();
    await page.getByTestId('raise-reason').fill('Two of these VMs were test machines');
    await page.getByTestId('raise-submit').click();
    const open = page.locator('[data-testid="dispute-row"][data-status="open"]');
    await open.waitFor();
    await open.getByTestId('dispute-resolve').click();
    await page.getByTestId('resolve-kind-credit').check();
    await page.getByTestId('resolve-amount').fill('83');
    await page.getByTestId('resolve-note').fill('Test VMs');
    await page.getByTestId('resolve-submit').click();
    await page.getByTestId('resolve-dialog').waitFor({ state: 'detached' });

    await eventually(async () => (await current(unit.id)).summary.revision, 2);
    const after = await current(unit.id);
    expect(after.invoice.total).toBe(new D(before.invoice.total).minus(83).toFixed());
    const credit = after.invoice.lines.find((l) => l.kind === 'credit')!;
    await lineRow(credit.key).waitFor();
    await expect(lineRow(credit.key).locator('[col-id="amount"]').innerText()).resolves.toBe(
      formatMoney(credit.amount, 2),
    );
    await expect(page.getByTestId('invoice-total').innerText()).resolves.toBe(formatMoney(after.invoice.total, 2));
    await expect(page.getByTestId('diff-added').innerText()).resolves.toContain('Credit on Virtual machines');
    await page.locator('[data-testid="dispute-row"][data-status="resolved"]').waitFor();
    await expect(unitRow(unit.id).locator('[col-id="revision"]').innerText()).resolves.toBe('2');
  });

  it('exports the invoice to .xlsx at a typed path with its total as a live SUM', async () => {
    const { page } = app;
    const out = join(dir, 'invoice.xlsx');
    await page.getByTestId('invoice-export').click();
    await page.getByTestId('export-format-xlsx').check();
    await page.getByTestId('invoice-output-path').fill(out);
    await page.getByTestId('export-submit').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    expect(existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let total: unknown;
    wb.getWorksheet('Invoice')!.eachRow((r) => {
      if (r.getCell(1).value === 'Total') total = r.getCell(6).value;
    });
    const inv = await current(seeded.units[0].id);
    expect(total).toMatchObject({ result: Number(inv.invoice.total) });
  });

  it('bills a unit as showback: reissued, its invoice is marked information only', async () => {
    const { page } = app;
    const unit = seeded.units[2];
    await unitRow(unit.id).click();
    await page.getByTestId('chargeback-mode').selectOption('showback');
    await eventually(
      async () =>
        (await app.session.call('chargeback/get-month', { month: seeded.month })).units.find(
          (u) => u.departmentId === unit.id,
        )?.mode,
      'showback',
    );
    await page.getByTestId('chargeback-reissue').check();
    await page.getByTestId('chargeback-issue').click();
    await page.getByTestId('invoice-showback-notice').waitFor();
    const v = await current(unit.id);
    expect([v.summary.revision, v.summary.mode, v.invoice.informationOnly]).toEqual([2, 'showback', true]);
    await expect(page.getByTestId('invoice-title').innerText()).resolves.toContain('Showback report');
    expect(app.errors).toEqual([]);
  });
});
