import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset, AssetSchedule } from '../../src-shared/model';
import { compareMoney, formatMoney, isZeroMoney, sumMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { eventually } from './budget-page';

const GRID = '[data-testid="assets-grid"]';

describe('assets screen', () => {
  let app: AppHarness;
  let minorUnits: Map<string, number>;
  const mu = (currency: string) => minorUnits.get(currency) ?? 2;
  const list = () => app.session.call('assets/list', {});
  const seq = async () => (await app.session.call('journal/get-undo-state', {})).seq;
  const fieldError = (testId: string) =>
    app.page.locator('.field-invalid', { has: app.page.getByTestId(testId) }).locator('.field-error');

  /** Find an asset with the search box and open it (the grid renders only the rows in view). */
  const selectAsset = async (a: Asset) => {
    const { page } = app;
    await page.getByTestId('assets-search').fill(a.code);
    await page.locator(`${GRID} .ag-row[row-id="${a.id}"] .ag-cell[col-id="name"]`).click();
    await eventually(() => page.getByTestId('asset-detail-code').innerText(), a.code);
    await page.getByTestId('asset-schedule').waitFor();
  };

  /** The schedule table as text: period rows, fiscal-year subtotals and the total row. */
  const scheduleText = () =>
    app.page.$$eval('[data-testid="asset-schedule"] tr', (trs) =>
      trs.map((tr) => {
        const cell = (c: string) => tr.querySelector(`[data-col="${c}"]`)?.textContent?.trim() ?? '';
        return {
          period: tr.getAttribute('data-period'),
          fiscalYear: tr.getAttribute('data-fiscal-year'),
          total: tr.getAttribute('data-testid') === 'asset-schedule-total',
          expense: cell('expense'),
          writeOff: cell('writeOff'),
          accumulated: cell('accumulated'),
          nbv: cell('netBookValue'),
          events: cell('events'),
        };
      }),
    );

  /** What the table must show for a schedule, formatted from the service's own values. */
  const expectTableToMatch = async (s: AssetSchedule) => {
    const fmt = (m: string) => formatMoney(m, mu(s.currency));
    const shown = await scheduleText();
    const periods = shown.filter((r) => r.period);
    expect(periods.map((r) => r.period)).toEqual(s.rows.map((r) => r.period));
    for (const [i, r] of s.rows.entries()) {
      expect(periods[i], r.period).toMatchObject({
        expense: fmt(r.expense),
        writeOff: isZeroMoney(r.writeOff) ? '' : fmt(r.writeOff),
        accumulated: fmt(r.accumulated),
        nbv: fmt(r.netBookValue),
      });
    }
    const years = [...new Set(s.rows.map((r) => r.fiscalYear))];
    const subtotals = shown.filter((r) => r.fiscalYear);
    expect(subtotals.map((r) => Number(r.fiscalYear))).toEqual(years);
    for (const [i, fy] of years.entries()) {
      const inYear = s.rows.filter((r) => r.fiscalYear === fy);
      expect(subtotals[i]!.expense, `FY${fy}`).toBe(fmt(sumMoney(inYear.map((r) => r.expense))));
      expect(subtotals[i]!.nbv).toBe(fmt(inYear[inYear.length - 1]!.netBookValue));
    }
    const total = shown.find((r) => r.total)!;
    expect(total.expense).toBe(fmt(s.totalExpense));
    expect(total.writeOff).toBe(fmt(s.totalWriteOff));
    expect(total.nbv).toBe(fmt(s.rows[s.rows.length - 1]!.netBookValue));
  };

  const fillAssetDialog = async (f: {
    code: string;
    name: string;
    assetClass: string;
    cost: string;
    salvage?: string;
  }) => {
    const { page } = app;
    await page.getByTestId('asset-add').click();
    await page.getByTestId('asset-dialog').waitFor();
    await page.getByTestId('asset-code').fill(f.code);
    await page.getByTestId('asset-name').fill(f.name);
    await page.getByTestId('asset-class').selectOption(f.assetClass);
    await page.getByTestId('asset-cost').fill(f.cost);
    await page.getByTestId('asset-salvage').fill(f.salvage ?? '0');
    await page.getByTestId('asset-inServiceDate').fill('2026-02-15');
  };

  const undo = async () => {
    const before = await seq();
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await seq()) > before, true);
  };

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    minorUnits = new Map(
      (await app.session.call('dimensions/get-all', {})).currencies.map((c) => [c.code, c.minorUnits]),
    );
    await app.page.getByTestId('nav-assets').click();
    await app.page.locator(`${GRID} .ag-row[row-id]`).first().waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every asset of the workbook with cost totals per currency and filters by class and CapEx/OpEx', async () => {
    const { page } = app;
    const assets = await list();
    const capex = assets.filter((a) => a.expenseType === 'CapEx').length;
    await eventually(
      () => page.getByTestId('assets-count').innerText(),
      `${assets.length} assets · ${capex} CapEx · ${assets.length - capex} OpEx · status at FY${
        (await app.session.call('workbook/get-info', {})).currentFiscalYear
      } end`,
    );
    const fy = (await app.session.call('workbook/get-info', {})).currentFiscalYear;
    const positions = new Map(
      (await app.session.call('assets/list-positions', { fiscalYear: fy })).map((p) => [p.assetId, p]),
    );
    for (const currency of new Set(assets.map((a) => a.currency))) {
      const mine = assets.filter((a) => a.currency === currency);
      const row = page.locator(`${GRID} .ag-grid-pinned-bottom-rows .ag-row[row-id="total:${currency}"]`);
      expect(await row.locator('.ag-cell[col-id="cost"]').innerText()).toBe(
        formatMoney(sumMoney(mine.map((a) => a.cost)), mu(currency)),
      );
      // NBV at the year end, from the engine's positions, not from anything the screen computes.
      expect(await row.locator('.ag-cell[col-id="nbv"]').innerText()).toBe(
        formatMoney(sumMoney(mine.map((a) => positions.get(a.id)!.netBookValueAtYearEnd ?? '0')), mu(currency)),
      );
      expect(await row.locator('.ag-cell[col-id="name"]').innerText()).toBe(`${mine.length} assets in ${currency}`);
    }

    await page.getByTestId('assets-class-filter').selectOption('network');
    await page.getByTestId('assets-expense-filter').selectOption('OpEx');
    const networkOpex = assets.filter((a) => a.assetClass === 'network' && a.expenseType === 'OpEx');
    expect(networkOpex.length).toBeGreaterThan(0);
    await eventually(
      async () => (await page.getByTestId('assets-count').innerText()).split(' · ')[0],
      `${networkOpex.length} of ${assets.length} assets`,
    );
    // Each row appears once per column section (pinned code column, centre): count distinct ids.
    const shownIds = async () =>
      [
        ...new Set(
          await page.$$eval(`${GRID} .ag-row[row-id]:not(.ag-row-pinned)`, (rs) =>
            rs.map((r) => r.getAttribute('row-id')),
          ),
        ),
      ].sort();
    try {
      await eventually(shownIds, networkOpex.map((a) => a.id).sort());
    } finally {
      await page.getByTestId('assets-class-filter').selectOption('');
      await page.getByTestId('assets-expense-filter').selectOption('');
    }
  });

  it('shows the selected asset’s schedule exactly as the service computes it, with yearly subtotals, the reconciliation and the NBV chart', async () => {
    const assets = await list();
    const a = assets.find((x) => x.events.some((e) => e.kind === 'impairment'))!;
    await selectAsset(a);
    const s = await app.session.call('assets/get-schedule', { assetId: a.id });
    await expectTableToMatch(s);
    expect(compareMoney(sumMoney([s.totalExpense, s.totalWriteOff]), s.depreciableBase)).toBe(0);
    const check = await app.page.getByTestId('asset-schedule-check').innerText();
    const fmt = (m: string) => formatMoney(m, mu(a.currency));
    expect(check).toContain(`= cost ${fmt(a.cost)} − salvage ${fmt(a.salvage)}`);
    expect(check).toContain('✓');
    expect(await app.page.getByTestId('asset-detail-rule').innerText()).toBe(a.classificationRule);
    const canvas = app.page.locator('[data-testid="asset-nbv-chart"] canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
  });

  it('adds assets through the dialog, classified by the policy of their class, with the rule shown', async () => {
    const { page, session } = app;
    const policies = await session.call('capitalization/list-policies', {});
    const cases = [
      { code: 'E2E-SRV-1', name: 'E2E database host', assetClass: 'server', cost: '12,400.00', exact: '12400' },
      {
        code: 'E2E-DEV-1',
        name: 'E2E docking station',
        assetClass: 'end-user-device',
        cost: '1,200.00',
        exact: '1200',
      },
    ] as const;
    for (const c of cases) {
      const p = policies.find((x) => x.assetClass === c.assetClass)!;
      const expected = p.treatment === 'threshold' && compareMoney(c.exact, p.threshold) >= 0 ? 'CapEx' : 'OpEx';
      await fillAssetDialog(c);
      expect(await page.getByTestId('asset-policy').innerText()).toContain(`Policy for ${p.label}`);
      await page.getByTestId('asset-save').click();
      await page.getByTestId('asset-dialog').waitFor({ state: 'detached' });
      const saved = (await list()).find((x) => x.code === c.code)!;
      expect(saved).toMatchObject({ cost: c.exact, expenseType: expected, usefulLifeMonths: p.usefulLifeMonths });
      expect(saved.classificationRule.startsWith(`${expected}: `)).toBe(true);
      await eventually(() => page.getByTestId('asset-detail-code').innerText(), c.code);
      expect(await page.getByTestId('asset-detail-rule').innerText()).toBe(saved.classificationRule);
      expect(await page.getByTestId('asset-detail-expense-type').innerText()).toBe(expected);
    }
    expect((await list()).find((x) => x.code === 'E2E-SRV-1')!.expenseType).toBe('CapEx');
    expect((await list()).find((x) => x.code === 'E2E-DEV-1')!.expenseType).toBe('OpEx');
  });

  it('shows a salvage above the cost at the salvage field and saves nothing', async () => {
    const { page } = app;
    const before = await seq();
    await fillAssetDialog({ code: 'E2E-BAD-1', name: 'Bad', assetClass: 'server', cost: '1000', salvage: '2000' });
    await page.getByTestId('asset-save').click();
    await fieldError('asset-salvage').waitFor();
    expect(await fieldError('asset-salvage').innerText()).toMatch(/salvage.*above the cost/);
    expect(await page.locator('[data-testid="asset-dialog"] .field-error').count()).toBe(1);
    expect(await seq()).toBe(before);
    expect((await list()).some((a) => a.code === 'E2E-BAD-1')).toBe(false);
    await page.getByTestId('asset-dialog').getByText('Cancel').click();
  });

  it('refuses an event before the in-service date at its date field, then books a disposal that undo takes back', async () => {
    const { page, session } = app;
    const a = (await list()).find(
      (x) =>
        x.expenseType === 'CapEx' &&
        x.events.length === 0 &&
        x.method === 'straight-line' &&
        x.inServiceDate < '2025-01-01',
    )!;
    await selectAsset(a);
    const original = await session.call('assets/get-schedule', { assetId: a.id });
    const before = await seq();

    await page.getByTestId('asset-event-add').click();
    await page.getByTestId('asset-event-date').fill('2019-01-01');
    await page.getByTestId('asset-event-submit').click();
    await fieldError('asset-event-date').waitFor();
    expect(await fieldError('asset-event-date').innerText()).toContain(a.inServiceDate);
    expect(await seq()).toBe(before);

    const target = original.rows[12]!;
    await page.getByTestId('asset-event-date').fill(target.start);
    await page.getByTestId('asset-event-submit').click();
    await page.getByTestId('asset-event-dialog').waitFor({ state: 'detached' });
    await page.locator('[data-testid="asset-event"][data-kind="disposal"]').waitFor();
    const disposed = await session.call('assets/get-schedule', { assetId: a.id });
    expect(disposed.status).toBe('disposed');
    const last = disposed.rows[disposed.rows.length - 1]!;
    expect(last.period).toBe(target.period);
    expect(compareMoney(last.writeOff, '0')).toBeGreaterThan(0);
    expect(last.netBookValue).toBe('0');
    await eventually(async () => (await scheduleText()).filter((r) => r.period).length, disposed.rows.length);
    await expectTableToMatch(disposed);
    const row = (await scheduleText()).find((r) => r.period === target.period)!;
    expect(row.events).toBe('Disposal');

    await undo();
    await page.locator('[data-testid="asset-event"]').waitFor({ state: 'detached' });
    expect(await session.call('assets/get-schedule', { assetId: a.id })).toEqual(original);
    await eventually(async () => (await scheduleText()).filter((r) => r.period).length, original.rows.length);
    await expectTableToMatch(original);
  });

  it('edits an asset: a useful life entered over the policy is saved, named in the rule, and undo restores it', async () => {
    const { page, session } = app;
    const policies = await session.call('capitalization/list-policies', {});
    const a = (await list()).find((x) => {
      const p = policies.find((y) => y.assetClass === x.assetClass)!;
      return x.expenseType === 'CapEx' && x.events.length === 0 && x.usefulLifeMonths === p.usefulLifeMonths;
    })!;
    const life = a.usefulLifeMonths + 12;
    await selectAsset(a);
    await page.getByTestId('asset-edit').click();
    expect(await page.getByTestId('asset-code').inputValue()).toBe(a.code);
    expect(await page.getByTestId('asset-life').inputValue()).toBe('');
    await page.getByTestId('asset-life').fill(String(life));
    await page.getByTestId('asset-save').click();
    await page.getByTestId('asset-dialog').waitFor({ state: 'detached' });
    const saved = (await list()).find((x) => x.id === a.id)!;
    expect(saved).toMatchObject({ usefulLifeMonths: life, cost: a.cost, method: a.method, convention: a.convention });
    expect(saved.classificationRule).toMatch(/as entered$/);
    await eventually(() => page.getByTestId('asset-detail-rule').innerText(), saved.classificationRule);
    const s = await session.call('assets/get-schedule', { assetId: a.id });
    await eventually(async () => (await scheduleText()).filter((r) => r.period).length, s.rows.length);
    await expectTableToMatch(s);

    await undo();
    expect((await list()).find((x) => x.id === a.id)).toEqual(a);
    await eventually(() => page.getByTestId('asset-detail-rule').innerText(), a.classificationRule);
  });

  it('deletes an asset after confirmation', async () => {
    const { page } = app;
    const a = (await list()).find((x) => x.code === 'E2E-SRV-1')!;
    const count = (await list()).length;
    await selectAsset(a);
    await page.getByTestId('asset-delete').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('asset-detail-empty').waitFor();
    expect((await list()).some((x) => x.id === a.id)).toBe(false);
    await page.getByTestId('assets-search').fill('');
    await eventually(
      async () => (await page.getByTestId('assets-count').innerText()).split(' · ')[0],
      `${count - 1} assets`,
    );
    expect(app.errors).toEqual([]);
  });
});
