import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src-shared/money';
import { referenceFile } from '../helpers/reference-data';
import { seedBilling } from '../helpers/seed-billing';
import { eventually } from './budget-page';
import { demoWorkbookCopy, startApp, type AppHarness } from './harness';

const SAMPLE = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');

describe('cloud costs screen', () => {
  let app: AppHarness;
  let dir: string;
  const totalsCell = (rowId: string, colId: string) =>
    app.page.locator(`[data-testid="cloud-totals-grid-USD"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outlay-cloud-e2e-'));
    const file = demoWorkbookCopy(dir);
    await seedBilling(file, SAMPLE);
    app = await startApp({ workbook: { copyOf: file } });
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the imported cost by provider per month with charts, matching the stored totals', async () => {
    const { page, session } = app;
    await page.getByTestId('nav-cloud').click();
    await page.getByTestId('cloud-overview').waitFor();
    await page.getByTestId('basis-accrual').click();
    const t = await session.call('cloud/totals', { dimension: 'provider', basis: 'accrual' });
    const usd = t.currencies.find((c) => c.currency === 'USD')!;
    await eventually(() => page.getByTestId('cloud-total-USD').innerText(), formatMoney(usd.total, 2));
    for (const row of usd.rows) {
      expect((await totalsCell(`v:${row.key}`, 'total').innerText()).trim()).toBe(formatMoney(row.total, 2));
      for (const m of t.months) {
        expect((await totalsCell(`v:${row.key}`, `m:${m}`).innerText()).trim()).toBe(
          formatMoney(row.byMonth[m] ?? '0', 2),
        );
      }
    }
    expect(await page.getByTestId('cloud-measure').innerText()).toContain('EffectiveCost');
    await page.locator('[data-testid="cloud-chart-month-USD"] canvas').waitFor();
    await page.locator('[data-testid="cloud-chart-dimension-USD"] canvas').waitFor();
  });

  it('totals by service follow the header switch to cash: BilledCost instead of EffectiveCost', async () => {
    const { page, session } = app;
    await page.getByTestId('cloud-dimension').selectOption('service');
    await page.getByTestId('basis-cash').click();
    await eventually(async () => (await page.getByTestId('cloud-measure').innerText()).includes('BilledCost'), true);
    const cash = (await session.call('cloud/totals', { dimension: 'service', basis: 'cash' })).currencies[0]!;
    const accrual = (await session.call('cloud/totals', { dimension: 'service', basis: 'accrual' })).currencies[0]!;
    expect(cash.total).not.toBe(accrual.total);
    await eventually(() => page.getByTestId('cloud-total-USD').innerText(), formatMoney(cash.total, 2));
    const top = cash.rows[0]!;
    await eventually(
      async () => (await totalsCell(`v:${top.key}`, 'total').innerText()).trim(),
      formatMoney(top.total, 2),
    );
    await page.getByTestId('basis-accrual').click();
    await eventually(() => page.getByTestId('cloud-total-USD').innerText(), formatMoney(accrual.total, 2));
  });

  it('adds an alias and a value map on the Tag hygiene tab, stores them, and refuses an alias of another key', async () => {
    const { page, session } = app;
    await page.getByTestId('cloud-tab-tags').click();
    await page.getByTestId('cloud-hygiene').waitFor();

    await page.getByTestId('cloud-alias-input').fill('cost-ctr');
    await page.getByTestId('cloud-alias-key').selectOption('CostCenter');
    await page.getByTestId('cloud-alias-add').click();
    await eventually(
      async () => (await session.call('cloud/get-tag-rules', {})).aliases,
      [{ alias: 'cost-ctr', canonicalKey: 'CostCenter' }],
    );
    await eventually(async () => (await page.getByTestId('cloud-aliases').innerText()).includes('cost-ctr'), true);

    await page.getByTestId('cloud-alias-input').fill('env');
    await page.getByTestId('cloud-alias-key').selectOption('CostCenter');
    await page.getByTestId('cloud-alias-add').click();
    await eventually(
      async () => (await page.getByTestId('cloud-aliases').getByRole('alert').innerText()).includes('Environment'),
      true,
    );

    await page.getByTestId('cloud-value-key').selectOption('Environment');
    await page.getByTestId('cloud-value-from').fill('dev');
    await page.getByTestId('cloud-value-to').fill('Development');
    await page.getByTestId('cloud-value-add').click();
    await eventually(
      async () => (await session.call('cloud/get-tag-rules', {})).values,
      [{ canonicalKey: 'Environment', fromValue: 'dev', toValue: 'Development' }],
    );

    await page.getByTestId('cloud-hygiene-key').selectOption('Environment');
    const report = await session.call('cloud/tag-hygiene', { key: 'Environment', basis: 'accrual' });
    expect(report.allowedFrom).toBe('value-map');
    const usd = report.totals.find((x) => x.currency === 'USD')!;
    await eventually(
      async () =>
        (await page.getByTestId('cloud-hygiene-total-USD').innerText()).includes(
          `mis-tagged ${formatMoney(usd.mistagged, 2)}`,
        ),
      true,
    );
    const first = page.locator('[data-testid="cloud-hygiene-grid"] .ag-row[row-index="0"] .ag-cell[col-id="amount"]');
    await eventually(async () => (await first.innerText()).trim(), formatMoney(report.lines[0]!.amount, 2));
  });

  it('lists commitments with utilization, draws their utilization by month and keeps the term entered', async () => {
    const { page, session } = app;
    await page.getByTestId('cloud-tab-commitments').click();
    const view = await session.call('cloud/commitments', {});
    const c = view.commitments[0]!;
    const row = page.locator(`[data-testid="cloud-commitments-grid"] .ag-row[row-id="USD:${c.commitmentDiscountId}"]`);
    await eventually(
      async () => (await row.locator('.ag-cell[col-id="usedCost"]').first().innerText()).trim(),
      formatMoney(c.usedCost, 2),
    );
    await page.locator('[data-testid="cloud-utilization-chart-USD"] canvas').waitFor();

    await row.locator('.ag-cell[col-id="id"]').click();
    await page.getByTestId('cloud-term-start').fill('2024-09-01');
    await page.getByTestId('cloud-term-end').fill('2023-09-01');
    await page.getByTestId('cloud-term-save').click();
    await eventually(async () => (await page.getByRole('alert').first().innerText()).includes('must end after'), true);
    await page.getByTestId('cloud-term-end').fill('2025-09-01');
    await page.getByTestId('cloud-term-save').click();
    await eventually(
      async () =>
        (await session.call('cloud/commitments', {})).commitments.find(
          (x) => x.commitmentDiscountId === c.commitmentDiscountId,
        )?.term,
      { start: '2024-09-01', end: '2025-09-01' },
    );
    await eventually(
      async () => (await row.locator('.ag-cell[col-id="term"]').first().innerText()).trim(),
      '2024-09-01 – 2025-09-01',
    );
    await page.getByTestId('cloud-tab-imports').click();
    await page.getByTestId('billing-imports-panel').waitFor({ state: 'attached' });
  });
});
