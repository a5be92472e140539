import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { D, formatMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { eventually, pasteText } from './budget-page';

/** The month before today's: the demo's latest month with actuals, and the screen's default. */
function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

const gridCell = (page: Page, grid: string, rowId: string, colId: string) =>
  page.locator(`[data-testid="${grid}"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);

async function typeInto(page: Page, grid: string, rowId: string, colId: string, text: string) {
  await gridCell(page, grid, rowId, colId).click();
  await page.keyboard.press('F2');
  const editor = page.locator(`[data-testid="${grid}"] .ag-cell-inline-editing input`);
  await editor.waitFor();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

describe('the Allocation screen', () => {
  let app: AppHarness;
  let units: string[];
  let minorUnits: number;
  const period = lastMonth();

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 1400 } });
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const dims = await app.session.call('dimensions/get-all', {});
    units = dims.departments.map((d) => `bu:${d.code}`).slice(0, 3);
    const base = (await app.session.call('workbook/get-info', {})).settings.baseCurrency;
    minorUnits = dims.currencies.find((c) => c.code === base)!.minorUnits;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('creates a driver table and types its quantities into the grid', async () => {
    const { page } = app;
    await page.getByTestId('nav-allocation').click();
    await page.getByTestId('allocation-screen').waitFor();
    expect(await page.getByTestId('allocation-month').inputValue()).toBe(period);
    await page.getByTestId('driver-code').fill('HEADS');
    await page.getByTestId('driver-name').fill('Headcount');
    await page.getByTestId('driver-unit').fill('FTE');
    await page.getByTestId('driver-add').click();
    await gridCell(page, 'driver-grid', units[0]!, 'quantity').waitFor();
    for (const u of units) await typeInto(page, 'driver-grid', u, 'quantity', '1');
    const stored = async () =>
      (await app.session.call('allocation/list-drivers', {}))[0]?.values.map((v) => [v.target, v.quantity]);
    await eventually(stored, units.map((u) => [u, '1']).sort());
    // Target and quantity columns copied from Excel: one command for the block.
    const quantities = ['30', '12.5', '7'];
    await gridCell(page, 'driver-grid', units[0]!, 'quantity').click();
    await pasteText(page, units.map((u, i) => `${u}\t${quantities[i]!}`).join('\r\n') + '\r\n');
    await eventually(stored, units.map((u, i) => [u, quantities[i]!]).sort());
  });

  it('adds a rule through the editor, previews its effect and saves it', async () => {
    const { page } = app;
    await page.getByTestId('rule-add').click();
    await page.getByTestId('rule-name').fill('Everything by headcount');
    await page.getByTestId('rule-driver').selectOption('HEADS');
    await page.getByTestId('rule-preview').click();
    await page.getByTestId('rule-preview-result').waitFor();
    const expected = await app.session.call('allocation/preview', {
      period,
      basis: 'effective',
      rules: [
        {
          name: 'Everything by headcount',
          source: { kind: 'match', dims: {} },
          method: { kind: 'driver', driver: 'HEADS' },
          enabled: true,
          note: '',
        },
      ],
    });
    for (const d of expected.diff) {
      expect(await page.getByTestId(`preview-row-${d.target}`).getByTestId('preview-after').innerText()).toBe(
        formatMoney(d.after, minorUnits, { parens: true }),
      );
    }
    expect(expected.proposed.inputCount).toBeGreaterThan(0);
    expect(await app.session.call('allocation/list-rules', {})).toEqual([]);
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('rule-Everything by headcount').waitFor();
    const rules = await app.session.call('allocation/list-rules', {});
    expect(rules.map((r) => [r.name, r.method])).toEqual([
      ['Everything by headcount', { kind: 'driver', driver: 'HEADS' }],
    ]);
  });

  it('runs the month and shows the stored balances, conserved to the cent', async () => {
    const { page } = app;
    await page.getByTestId('allocation-run').click();
    await page.getByTestId('allocation-results').waitFor({ timeout: 30_000 });
    const run = (await app.session.call('allocation/get-run', { period }))!;
    expect(run.conserved).toBe(true);
    expect(run.balances.map((b) => b.target).sort()).toEqual([...units].sort());
    for (const b of run.balances) {
      await eventually(
        async () => (await gridCell(page, 'allocation-balances', b.target, 'amount').innerText()).trim(),
        formatMoney(b.amount, minorUnits, { parens: true }),
      );
    }
    expect(await page.getByTestId('allocation-conservation').innerText()).toContain('conserved to the cent');
  });

  it('opens the trace of one amount with its rule and driver quantity', async () => {
    const { page } = app;
    const target = units[1]!;
    await gridCell(page, 'allocation-balances', target, 'name').click();
    await page.getByTestId('allocation-trace').waitFor();
    const trace = await app.session.call('allocation/explain', { period, target });
    const step = page.getByTestId('trace-step').first();
    const text = await step.innerText();
    expect(text).toContain('Everything by headcount');
    expect(text).toContain(`driver HEADS: 12.5 of 49.5`);
    expect(trace.steps[0]!.quantity).toBe('12.5');
    expect(await page.getByTestId('trace-aggregate').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  it('exports the stored run as FOCUS rows that add up to the month’s input', async () => {
    const { page } = app;
    const out = join(dirname(app.file), 'allocated.csv');
    await page.getByTestId('allocation-focus-output-path').fill(out);
    await page.getByTestId('allocation-focus-write').click();
    await eventually(async () => existsSync(out), true);
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    const col = header!.split(',').indexOf('BilledCost');
    const sum = rows.reduce((a, r) => a.plus(r.split(',')[col]!), new D(0));
    const run = (await app.session.call('allocation/get-run', { period }))!;
    expect(sum.eq(run.inputTotal)).toBe(true);
  });
});
