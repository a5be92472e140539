import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnSum } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';
import { eventually } from './budget-page';
import { startApp, type AppHarness } from './harness';

describe('cloud bill imports', () => {
  let app: AppHarness;
  const imports = () => app.session.call('billing/list-imports', {});
  const dialog = () => app.page.getByTestId('billing-import-dialog');

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    await app.page.getByRole('button', { name: 'Cloud costs' }).click();
    await app.page.getByTestId('cloud-tab-imports').click();
    await app.page.getByTestId('billing-imports-panel').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function importFile(path: string, format = 'auto'): Promise<void> {
    const { page } = app;
    if ((await dialog().count()) === 0) await page.getByTestId('billing-import-open').click();
    await page.getByTestId('billing-import-file-path').fill(path);
    await page.getByTestId('billing-import-format').selectOption(format);
    await page.getByTestId('billing-import-run').click();
  }

  it('imports a FOCUS bill and shows, per measure, the file total equal to the imported total to the cent', async () => {
    const { page } = app;
    const bill = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    await importFile(bill);
    await page.getByTestId('billing-import-result').waitFor();
    expect(await page.getByTestId('billing-import-rows').innerText()).toBe('1,000');
    const [stored] = await imports();
    expect(stored).toMatchObject({ fileName: 'focus-1.0_sample_1000rows_aws-azure-oracle.csv', rowCount: 1000 });
    expect(await page.getByTestId('billing-import-periods').innerText()).toBe(stored!.periods.join(', '));
    for (const measure of ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost']) {
      const row = page.getByTestId(`billing-check-USD-${measure}`);
      const cells = await row.locator('td').allInnerTexts();
      const exact = new Decimal(columnSum(bill, measure));
      const cents = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
      expect(cells.slice(0, 2)).toEqual(['USD', measure]);
      expect(cells[2]!.replaceAll(',', '')).toBe(cents);
      expect(cells[3]!.replaceAll(',', '')).toBe(cents);
      expect(cells[4]).toBe('= equal');
      expect(new Decimal((await row.locator('td').nth(3).getAttribute('data-exact'))!).equals(exact)).toBe(true);
    }
    await page.getByTestId('billing-import-close').click();
    await eventually(async () => (await page.getByTestId('billing-imports-grid').innerText()).includes('Live'), true);
  });

  it('refuses a bill with a bad number, naming file, row and column, and writes nothing', async () => {
    const { page } = app;
    const source = readFileSync(referenceFile('focus', 'focus-spec-example_saas_spend_agreements_b2.csv'), 'utf8');
    const lines = source.split('\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const billed = header.indexOf('BilledCost');
    const cells = lines[2]!.split(',');
    cells[billed] = 'twelve';
    lines[2] = cells.join(',');
    const bad = join(app.file, '..', 'bad-bill.csv');
    writeFileSync(bad, lines.join('\n'));
    const before = await imports();
    await importFile(bad);
    const error = page.getByTestId('billing-import-error');
    await error.waitFor();
    expect(await error.locator('p').first().innerText()).toContain(
      'bad-bill.csv: row 3, column BilledCost: "twelve" is not a number',
    );
    expect(await page.getByTestId('billing-import-problems').locator('tbody tr').allInnerTexts()).toEqual([
      '3\tBilledCost\t"twelve" is not a number',
    ]);
    expect(await imports()).toEqual(before);
    await page.getByTestId('billing-import-close').click();
  });

  it('deletes an import from the list, and Undo brings it back', async () => {
    const { page } = app;
    const [first] = await imports();
    await page.getByTestId(`billing-import-delete-${first!.id}`).click();
    await eventually(async () => (await imports()).length, 0);
    await page.getByTestId('undo').click();
    await eventually(async () => (await imports()).map((i) => i.id), [first!.id]);
    await page.getByTestId(`billing-import-delete-${first!.id}`).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('keeps the detail chosen in the dialog: by day, without region, with the same totals', async () => {
    const { page } = app;
    const bill = referenceFile('focus', 'focus-spec-example_saas_spend_agreements_b2.csv');
    await page.getByTestId('billing-import-open').click();
    await page.getByTestId('billing-grain-by-day').check();
    await page.getByTestId('billing-grain-region').uncheck();
    await importFile(bill);
    await page.getByTestId('billing-import-result').waitFor();
    const stored = (await imports()).find((i) => i.fileName === 'focus-spec-example_saas_spend_agreements_b2.csv')!;
    expect(stored.grain).toContain('chargeDay');
    expect(stored.grain).not.toContain('chargeMonth');
    expect(stored.grain).not.toContain('region');
    const usd = stored.totals.find((t) => t.currency === 'USD')!;
    expect(new Decimal(usd.billedCost).equals(columnSum(bill, 'BilledCost'))).toBe(true);
    await page.getByTestId('billing-import-close').click();
  });
});
