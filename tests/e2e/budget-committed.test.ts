import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';
import { formatMoney, sumMoney, type Money } from '../../src-shared/money';
import type { BudgetGrid, CommittedRow, CommittedSpend, SummaryView } from '../../src-shared/model';
import {
  WIDE_VIEWPORT,
  cell,
  cellText,
  committedRowIds,
  defaultView,
  eventually,
  grandTotalCell,
  waitForBudgetGrid,
} from './budget-page';

const GRID = '[data-testid="budget-grid"]';
const money = (m: string) => formatMoney(m, 2);
const rowId = (r: CommittedRow) => `committed:${r.key}`;

describe('committed spend in the budget grid', () => {
  let app: AppHarness;
  let view: { scenarioId: string; fiscalYear: number };
  let grid: BudgetGrid;
  let base: string;
  const spend: Partial<Record<SummaryView, CommittedSpend>> = {};

  beforeAll(async () => {
    app = await startApp({ viewport: WIDE_VIEWPORT });
    view = await defaultView(app.session);
    base = (await app.session.call('workbook/get-info', {})).settings.baseCurrency;
    grid = await app.session.call('budget/get-grid', view);
    for (const basis of ['accrual', 'cash'] as const) {
      spend[basis] = await app.session.call('budget/get-committed', { fiscalYear: view.fiscalYear, basis });
    }
    await waitForBudgetGrid(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Σ of manual lines and committed rows of one currency, per column (12 months, then the year). */
  const expectedGrand = (basis: SummaryView, currency: string, withCommitted = true): Money[] => {
    const rows = [
      ...grid.lines.filter((l) => l.currency === currency),
      ...(withCommitted ? spend[basis]!.rows.filter((r) => r.currency === currency) : []),
    ];
    return [...grid.months.map((_, i) => sumMoney(rows.map((r) => r.amounts[i]!))), sumMoney(rows.map((r) => r.total))];
  };

  const search = (text: string) => app.page.getByTestId('budget-search').fill(text);

  it('shows contracts and assets as committed rows with a source badge, counted in the grand totals', async () => {
    const { page } = app;
    const rows = spend.accrual!.rows;
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['contract', 'asset']));
    await eventually(
      async () => (await grandTotalCell(page, 'total').innerText()).trim(),
      money(expectedGrand('accrual', base)[12]!),
    );

    await search('CTR-');
    const contracts = rows.filter((r) => r.source === 'contract');
    await eventually(async () => (await committedRowIds(page)).length > 0, true);
    const shown = await committedRowIds(page);
    expect(shown.every((id) => id.startsWith('committed:contract:'))).toBe(true);
    const first = contracts.find((r) => rowId(r) === shown[0])!;
    expect(await cellText(page, shown[0]!, 'description')).toContain(`Contract`);
    expect(await cellText(page, shown[0]!, 'description')).toContain(first.code);
    expect(await cellText(page, shown[0]!, 'total')).toBe(money(first.total));
    expect(await page.locator(`${GRID} .ag-row[row-id="${shown[0]}"].row-committed`).count()).toBe(1);

    const asset = rows.find((r) => r.source === 'asset')!;
    await search(asset.code);
    await eventually(async () => (await committedRowIds(page)).includes(rowId(asset)), true);
    expect(
      await page.locator(`${GRID} .ag-row[row-id="${rowId(asset)}"] [data-testid="source-badge"]`).innerText(),
    ).toBe('Asset');
  });

  it('refuses typing into a committed row, saying where to edit it, and writes nothing', async () => {
    const { page } = app;
    const contract = spend.accrual!.rows.find((r) => r.source === 'contract')!;
    await search(contract.code);
    await eventually(async () => (await committedRowIds(page)).includes(rowId(contract)), true);
    const seq = (await app.session.call('journal/get-undo-state', {})).seq;
    await cell(page, rowId(contract), `m:${grid.months[0]}`).click();
    await page.keyboard.press('5');
    const error = page.getByTestId('grid-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(`From contract ${contract.code} — edit it on the Contracts screen`);
    expect(await page.locator(`${GRID} .ag-cell-inline-editing`).count()).toBe(0);
    expect((await app.session.call('journal/get-undo-state', {})).seq).toBe(seq);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it('moves a prepaid contract to its payment month when the header switches from Accrual to Cash, totals too', async () => {
    const { page } = app;
    const contracts = await app.session.call('contracts/list', {});
    const prepaid = contracts.filter((c) => c.prepaid).map((c) => `contract:${c.id}`);
    const byKey = (basis: SummaryView, key: string) => spend[basis]!.rows.find((r) => r.key === key);
    const key = prepaid.find(
      (k) => JSON.stringify(byKey('accrual', k)?.amounts) !== JSON.stringify(byKey('cash', k)?.amounts),
    )!;
    expect(key).toBeDefined();
    const accrual = byKey('accrual', key);
    const cash = byKey('cash', key);
    const code = (accrual ?? cash)!.code;
    const shownMonths = (id: string) =>
      Promise.all(grid.months.map(async (m) => (await cellText(page, id, `m:${m}`)) || '0'));
    const expectShown = (r: CommittedRow | undefined) => grid.months.map((_, i) => (r ? money(r.amounts[i]!) : '0'));

    await search(code);
    if (accrual) await eventually(() => shownMonths(`committed:${key}`), expectShown(accrual));
    await page.getByTestId('basis-cash').click();
    if (cash) await eventually(() => shownMonths(`committed:${key}`), expectShown(cash));
    else await eventually(async () => (await committedRowIds(page)).includes(`committed:${key}`), false);

    await search('');
    const currency = (accrual ?? cash)!.currency;
    const grandId = currency === base ? 'grand-total' : `grand-total:${currency}`;
    const grandCell = () => page.locator(`${GRID} .ag-row[row-id="${grandId}"] .ag-cell[col-id="total"]`).innerText();
    await eventually(async () => (await grandCell()).trim(), money(expectedGrand('cash', currency)[12]!));
    expect(expectedGrand('cash', currency)[12]).not.toBe(expectedGrand('accrual', currency)[12]);
    await page.getByTestId('basis-accrual').click();
    await eventually(async () => (await grandCell()).trim(), money(expectedGrand('accrual', currency)[12]!));
  });

  it('adds every currency at budget rates in the base-currency total, as the engine converts them', async () => {
    const { page } = app;
    const currencies = [
      ...new Set([...grid.lines.map((l) => l.currency), ...spend.accrual!.rows.map((r) => r.currency)]),
    ];
    expect(currencies.length).toBeGreaterThan(1);
    const byCurrency = Object.fromEntries(currencies.map((c) => [c, expectedGrand('accrual', c).slice(0, 12)]));
    const converted = await app.session.call('budget/convert-totals', {
      fiscalYear: view.fiscalYear,
      groups: [{ key: 'grand', byCurrency }],
    });
    expect(converted.missing).toEqual([]);
    const g = converted.groups[0]!;
    // The base total is the sum of the per-currency conversions, each rounded to cents.
    expect(g.total).toBe(sumMoney(Object.values(g.byCurrency).flatMap((a) => a.map((m) => m!))));
    const baseCell = (col: string) =>
      page.locator(`${GRID} .ag-row[row-id="base-total"] .ag-cell[col-id="${col}"]`).innerText();
    await eventually(async () => (await baseCell('total')).trim(), money(g.total!));
    expect((await baseCell(`m:${grid.months[0]}`)).trim()).toBe(money(g.amounts[0]!));
    expect(await page.locator(`${GRID} .ag-row[row-id="base-total"] .ag-cell[col-id="costCenter"]`).innerText()).toBe(
      `Total in ${base} at budget rates`,
    );
  });

  it('warns by currency and month when a budget rate is missing, leaving that month of the base total empty', async () => {
    const { page } = app;
    const foreign = spend.accrual!.rows.find((r) => r.currency !== base && r.amounts[0] !== '0')!;
    const rates = await app.session.call('fx/list-rates', {});
    const month = grid.months[0]!;
    const keys = rates
      .filter((r) => r.period === month && [r.from, r.to].includes(foreign.currency))
      .map((r) => ({ from: r.from, to: r.to, period: r.period }));
    expect(keys.length).toBeGreaterThan(0);
    await app.session.call('fx/delete-rates', { keys });
    const warning = page.getByTestId('fx-missing');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(`${foreign.currency}→${base}`);
    expect(await warning.innerText()).toContain('Setup → FX rates');
    const baseCell = page.locator(`${GRID} .ag-row[row-id="base-total"] .ag-cell[col-id="m:${month}"]`);
    await eventually(async () => (await baseCell.innerText()).trim(), 'no rate');
    await page.getByTestId('undo').click();
    await eventually(async () => page.getByTestId('fx-missing').count(), 0);
  });

  it('hides the committed rows with the toolbar toggle, leaving the manual lines and their totals', async () => {
    const { page } = app;
    await search('CTR-');
    await eventually(async () => (await committedRowIds(page)).length > 0, true);
    await page.getByTestId('toggle-committed').uncheck();
    await eventually(async () => (await committedRowIds(page)).length, 0);
    await search('');
    await eventually(
      async () => (await grandTotalCell(page, 'total').innerText()).trim(),
      money(expectedGrand('accrual', base, false)[12]!),
    );
    await page.getByTestId('toggle-committed').check();
    await eventually(
      async () => (await grandTotalCell(page, 'total').innerText()).trim(),
      money(expectedGrand('accrual', base)[12]!),
    );
  });
});
