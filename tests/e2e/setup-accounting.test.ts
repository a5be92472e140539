import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { createFiscalCalendar } from '../../src-shared/calendar/fiscal-calendar';
import type { FiscalCalendarSpec } from '../../src-shared/calendar/calendar-types';
import { startApp, type AppHarness } from './harness';
import { eventually, pasteText } from './budget-page';

describe('accounting setup: calendar, capitalization and FX rates', () => {
  let app: AppHarness;
  const seq = async () => (await app.session.call('journal/get-undo-state', {})).seq;
  const lastCommand = async () => (await app.session.call('journal/list', { limit: 1 }))[0]!.command;
  const openTab = async (tab: 'calendar' | 'capitalization' | 'fx', testId: string) => {
    await app.page.getByTestId('nav-setup').click();
    await app.page.getByTestId(`setup-tab-${tab}`).click();
    await app.page.getByTestId(testId).waitFor();
  };
  const undo = async () => {
    const before = await seq();
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await seq()) > before, true);
  };

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews a 4-4-5 retail calendar with 12 periods of 52 or 53 weeks, saves it as one command moving the budget year start, and undo restores both', async () => {
    const { page, session } = app;
    const original = await session.call('accounting/get-settings', {});
    const info = await session.call('workbook/get-info', {});
    await openTab('calendar', 'accounting-settings');
    expect(await page.getByTestId('calendar-kind').inputValue()).toBe(original.calendar.kind);

    await page.getByTestId('calendar-kind').selectOption('retail');
    await page.getByTestId('calendar-pattern').selectOption('4-4-5');
    await page.getByTestId('calendar-end-weekday').selectOption('6');
    await page.getByTestId('calendar-rule').selectOption('nearest');
    await page.getByTestId('calendar-end-month').selectOption('1');
    await page.getByTestId('rounding-mode-HALF_EVEN').check();
    const spec = { kind: 'retail', pattern: '4-4-5', endWeekday: 6, rule: 'nearest', endMonth: 1 } as const;

    // Every year the preview offers: 12 rows, the weeks the shared calendar computes, 53-week years flagged.
    const years = await page
      .getByTestId('calendar-preview-year')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const weeksSeen = new Set<number>();
    for (const y of years) {
      await page.getByTestId('calendar-preview-year').selectOption(y);
      const periods = createFiscalCalendar(spec satisfies FiscalCalendarSpec).periods(Number(y));
      const weeks = periods.reduce((n, p) => n + p.days, 0) / 7;
      weeksSeen.add(weeks);
      await eventually(() => page.getByTestId('calendar-preview-row').count(), 12);
      const summary = await page.getByTestId('calendar-preview-summary').innerText();
      expect(summary).toBe(`${periods[0]!.start} – ${periods[11]!.end} · ${weeks} weeks`);
      expect(await page.getByTestId('calendar-53-week').isVisible()).toBe(weeks === 53);
      const firstRow = await page.getByTestId('calendar-preview-row').first().innerText();
      expect(firstRow).toContain(periods[0]!.key);
      expect(firstRow).toContain(`${periods[0]!.weeks}`);
    }
    expect([...weeksSeen].every((w) => w === 52 || w === 53)).toBe(true);
    expect(await page.getByTestId('calendar-fy-note').innerText()).toContain('to February');

    const before = await seq();
    await page.getByTestId('accounting-save').click();
    await page.getByTestId('calendar-confirm').click();
    await eventually(async () => (await session.call('accounting/get-settings', {})).calendar, spec);
    expect(await seq()).toBe(before + 1);
    expect(await lastCommand()).toBe('accounting/save-settings');
    expect((await session.call('accounting/get-settings', {})).roundingMode).toBe('HALF_EVEN');
    expect((await session.call('workbook/get-info', {})).settings.fyStartMonth).toBe(2);
    await eventually(() => page.getByTestId('accounting-save').isDisabled(), true);

    await undo();
    expect(await session.call('accounting/get-settings', {})).toEqual(original);
    expect((await session.call('workbook/get-info', {})).settings.fyStartMonth).toBe(info.settings.fyStartMonth);
    await eventually(() => page.getByTestId('calendar-kind').inputValue(), original.calendar.kind);
    expect(await page.getByTestId(`rounding-mode-${original.roundingMode}`).isChecked()).toBe(true);
  });

  it('saves a new server threshold as one command, refuses a life of zero at the field, and resets to the default', async () => {
    const { page, session } = app;
    const defaults = await session.call('capitalization/list-policies', {});
    const server = defaults.find((p) => p.assetClass === 'server')!;
    await openTab('capitalization', 'capitalization-policies');
    expect(await page.getByTestId('capitalization-policies').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('capitalization-policies').innerText()).toContain('keep the classification');

    const before = await seq();
    await page.getByTestId('policy-threshold-server').fill('15,000');
    await page.getByTestId('policy-save-server').click();
    await eventually(
      async () => (await session.call('capitalization/list-policies', {})).find((p) => p.assetClass === 'server'),
      { ...server, threshold: '15000', isDefault: false },
    );
    expect(await seq()).toBe(before + 1);
    await eventually(() => page.getByTestId('policy-default-server').innerText(), 'changed');

    await page.getByTestId('policy-life-years-server').fill('0');
    await page.getByTestId('policy-life-months-server').fill('0');
    await page.getByTestId('policy-save-server').click();
    const error = page.getByTestId('policy-error-server');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/usefulLifeMonths 0 is not a whole number of months from 1 to 1200/);
    expect(await seq()).toBe(before + 1);

    await page.getByTestId('policy-method-server').selectOption('declining-balance');
    await page.getByTestId('policy-life-years-server').fill('5');
    await page.getByTestId('policy-save-server').click();
    await eventually(
      () => error.innerText(),
      'Declining balance needs its rate: a percent of the straight-line rate (150 = 1.5×).',
    );
    expect(await seq()).toBe(before + 1);

    await page.getByTestId('policy-reset-server').click();
    await eventually(
      async () => (await session.call('capitalization/list-policies', {})).find((p) => p.assetClass === 'server'),
      server,
    );
    await eventually(() => page.getByTestId('policy-default-server').innerText(), 'default');
    expect(await page.getByTestId('policy-threshold-server').inputValue()).toBe(server.threshold);
  });

  it('pastes a block of rates from Excel through a preview naming the bad row and column, applies the good rows in one command, and undo removes them', async () => {
    const { page, session } = app;
    const original = await session.call('fx/list-rates', {});
    const known = original[0]!;
    const base = (await session.call('workbook/get-info', {})).settings.baseCurrency;
    const other = known.from === base ? known.to : known.from;
    await openTab('fx', 'fx-rates');
    await page.locator('[data-testid="fx-grid"] .ag-row .ag-cell[col-id="period"]').first().click();

    const block = [
      ['From', 'To', 'Month', 'Budget rate', 'Actual rate'],
      [known.from, known.to, known.period, '1,2345', ''],
      [other, base, '2031-01', '0,5', '0,51'],
      [other, base, '2031-13', '0,6', ''],
      [base, other, '2031-02', '2', ''],
    ]
      .map((r) => r.join('\t'))
      .join('\r\n');
    await pasteText(page, `${block}\r\n`);
    const dialog = page.getByTestId('fx-paste-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('fx-paste-summary').innerText()).toContain(
      '2 new, 1 replaced, 0 unchanged, 1 cell not read',
    );
    const problem = await page.getByTestId('fx-paste-problem').innerText();
    expect(problem).toMatch(/^4\s+3 \(Month\)\s+2031-13\s+not a month/);
    expect(await page.getByTestId('fx-paste-row').count()).toBe(3);
    expect(await dialog.innerText()).toContain(`${known.budgetRate} / ${known.actualRate ?? '—'}`);

    const before = await seq();
    await page.getByTestId('fx-paste-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(seq, before + 1);
    expect(await lastCommand()).toBe('fx/save-rates');
    const after = await session.call('fx/list-rates', {});
    const find = (from: string, to: string, period: string) =>
      after.find((r) => r.from === from && r.to === to && r.period === period);
    expect(find(known.from, known.to, known.period)).toEqual({ ...known, budgetRate: '1.2345' });
    expect(find(other, base, '2031-01')).toEqual({
      from: other,
      to: base,
      period: '2031-01',
      budgetRate: '0.5',
      actualRate: '0.51',
    });
    expect(find(base, other, '2031-02')?.budgetRate).toBe('2');
    expect(find(other, base, '2031-13')).toBeUndefined();
    expect(after).toHaveLength(original.length + 2);

    await undo();
    expect(await session.call('fx/list-rates', {})).toEqual(original);
    expect(app.errors).toEqual([]);
  });
  it('filters rates by pair and fiscal year, deletes the selected rows in one command, and warns of the months a used currency now lacks', async () => {
    const { page, session } = app;
    const info = await session.call('workbook/get-info', {});
    const base = info.settings.baseCurrency;
    const fy = info.currentFiscalYear;
    const used = new Set([
      ...(await session.call('contracts/list', {})).map((c) => c.currency),
      ...(await session.call('assets/list', {})).map((a) => a.currency),
    ]);
    const original = await session.call('fx/list-rates', {});
    const months = fiscalYearMonths(fy, info.settings.fyStartMonth);
    const victim = original.find(
      (r) => months.includes(r.period) && (r.to === base ? used.has(r.from) : r.from === base && used.has(r.to)),
    )!;
    const currency = victim.to === base ? victim.from : victim.to;
    const pair = `${victim.from}/${victim.to}`;
    await openTab('fx', 'fx-rates');
    await page.getByTestId('fx-filter-year').selectOption(String(fy));
    await page.getByTestId('fx-filter-pair').selectOption(pair);
    const expected = original.filter((r) => `${r.from}/${r.to}` === pair && months.includes(r.period)).length;
    const shownRows = () =>
      page
        .locator('[data-testid="fx-grid"] .ag-row[row-id]')
        .evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('row-id'))).size);
    await eventually(shownRows, expected);
    await expect.poll(() => page.getByTestId('fx-missing').count()).toBe(0);

    const before = await seq();
    const row = page.locator(`[data-testid="fx-grid"] .ag-row[row-id="${pair}@${victim.period}"]`).first();
    await row.locator('input[type="checkbox"]').first().check();
    await page.getByTestId('fx-delete').click();
    await page.getByTestId('confirm-ok').click();
    await eventually(seq, before + 1);
    expect(await lastCommand()).toBe('fx/delete-rates');
    expect(await session.call('fx/list-rates', {})).toEqual(original.filter((r) => r !== victim));
    const warning = page.getByTestId('fx-missing');
    await warning.waitFor();
    expect(await warning.innerText()).toContain(`${currency}/${base}: ${victim.period}`);

    await undo();
    expect(await session.call('fx/list-rates', {})).toEqual(original);
    await warning.waitFor({ state: 'detached' });
  });
  it('edits a rate in the grid as an exact decimal string, and refuses a negative rate with a message naming the row', async () => {
    const { page, session } = app;
    const original = await session.call('fx/list-rates', {});
    const target = original[0]!;
    const id = `${target.from}/${target.to}@${target.period}`;
    await openTab('fx', 'fx-rates');
    await page.getByTestId('fx-filter-year').selectOption('');
    await page.getByTestId('fx-filter-pair').selectOption(`${target.from}/${target.to}`);
    const cell = page.locator(`[data-testid="fx-grid"] .ag-row[row-id="${id}"] .ag-cell[col-id="budgetRate"]`);
    const type = async (text: string) => {
      await cell.click();
      await page.keyboard.press('F2');
      const editor = page.locator('[data-testid="fx-grid"] .ag-cell-inline-editing input');
      await editor.waitFor();
      await editor.fill(text);
      await page.keyboard.press('Enter');
    };
    const before = await seq();
    await type('1,23456789012345678');
    await eventually(seq, before + 1);
    const rate = async () =>
      (await session.call('fx/list-rates', {})).find((r) => `${r.from}/${r.to}@${r.period}` === id);
    expect(await rate()).toEqual({ ...target, budgetRate: '1.23456789012345678' });
    await eventually(async () => (await cell.innerText()).trim(), '1.23456789012345678');

    await type('-2');
    const message = page.getByTestId('fx-message');
    await message.waitFor();
    expect(await message.innerText()).toContain(`${id} budgetRate: a rate must be positive`);
    expect(await seq()).toBe(before + 1);

    await undo();
    expect(await rate()).toEqual(target);
  });
});
