import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedTcoModel, TcoResult } from '../../src-shared/model';
import { formatMoney } from '../../src-shared/money';
import { startApp, type AppHarness } from './harness';
import { eventually } from './budget-page';

const INFRA = 'Infrastructure: data center vs colocation vs cloud';

describe('TCO screen', () => {
  let app: AppHarness;
  let minorUnits: Map<string, number>;
  const list = () => app.session.call('tco/list', {});
  const seq = async () => (await app.session.call('journal/get-undo-state', {})).seq;
  const infra = async (): Promise<SavedTcoModel> => {
    const item = (await list()).find((m) => m.name === INFRA)!;
    return app.session.call('tco/get', { id: item.id });
  };
  const undo = async () => {
    const before = await seq();
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await seq()) > before, true);
  };
  /** The NPV shown per alternative, and what the engine's result formats to. */
  const shownNpvs = (r: TcoResult) =>
    Promise.all(r.alternatives.map((a) => app.page.getByTestId(`tco-npv-${a.id}`).innerText()));
  const expectedNpvs = (r: TcoResult) =>
    r.alternatives.map((a) => formatMoney(a.npv, minorUnits.get(r.currency) ?? r.minorUnits));
  const pickInfra = async () => {
    const m = await infra();
    await app.page.getByTestId('tco-model-select').selectOption(m.id);
    await app.page.getByTestId('tco-kpis').waitFor();
    return m;
  };

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    minorUnits = new Map(
      (await app.session.call('dimensions/get-all', {})).currencies.map((c) => [c.code, c.minorUnits]),
    );
    await app.page.getByTestId('nav-tco').click();
    await app.page.getByTestId('tco-model-select').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the saved models in the picker, as tco/list gives them', async () => {
    const names = (await list()).map((m) => m.name);
    expect(names).toContain(INFRA);
    expect(names.length).toBeGreaterThanOrEqual(2);
    await eventually(
      () => app.page.$$eval('[data-testid="tco-model-select"] option', (os) => os.map((o) => o.textContent)),
      names,
    );
  });

  it('shows each alternative of the infrastructure model with the NPV tco/compute gives, charts and break-even', async () => {
    const m = await pickInfra();
    const r = await app.session.call('tco/compute', { id: m.id });
    expect(r.alternatives.map((a) => a.name)).toEqual(m.model.alternatives.map((a) => a.name));
    await eventually(() => shownNpvs(r), expectedNpvs(r));
    const mu = minorUnits.get(r.currency) ?? r.minorUnits;
    for (const a of r.alternatives) {
      expect(await app.page.getByTestId(`tco-total-cash-${a.id}`).innerText()).toBe(formatMoney(a.totalCash, mu));
      expect(await app.page.getByTestId(`tco-total-pnl-${a.id}`).innerText()).toBe(formatMoney(a.totalPnl, mu));
    }
    await app.page.locator('[data-testid="tco-cumulative-chart"] canvas').waitFor();
    await app.page.locator('[data-testid="tco-tornado-chart"] canvas').waitFor();
    const years = await app.page.$$eval('[data-testid="tco-years-table"] tbody tr', (trs) => trs.length);
    expect(years).toBe(m.model.years);
    const last = r.alternatives[0]!.years.at(-1)!;
    expect(
      await app.page
        .locator(
          `[data-testid="tco-years-table"] tr[data-year="${last.year}"] [data-col="${r.alternatives[0]!.id}-cumulative"]`,
        )
        .innerText(),
    ).toBe(formatMoney(last.cash.cumulative, mu));
    for (const b of r.breakEven) {
      const cell = app.page.getByTestId(`tco-break-even-${b.cheaper}-${b.than}`);
      expect(await cell.innerText()).toBe(b.monthLabel ?? 'never');
    }
  });

  it('recomputes the NPVs for an edited discount rate without writing, saves it, and Undo restores the saved rate', async () => {
    const m = await pickInfra();
    const before = await app.session.call('tco/compute', { id: m.id });
    const rate = app.page.getByTestId('tco-input-model-discountRatePercent');
    expect(await rate.inputValue()).toBe(m.model.discountRatePercent);
    await rate.fill('12');
    const whatIf = await app.session.call('tco/compute', { model: { ...m.model, discountRatePercent: '12' } });
    expect(expectedNpvs(whatIf)).not.toEqual(expectedNpvs(before));
    await eventually(() => shownNpvs(whatIf), expectedNpvs(whatIf));
    await app.page.getByTestId('tco-whatif').waitFor();
    expect((await infra()).model.discountRatePercent).toBe(m.model.discountRatePercent);

    await app.page.getByTestId('tco-save').click();
    await eventually(async () => (await infra()).model.discountRatePercent, '12');
    await app.page.getByTestId('tco-whatif').waitFor({ state: 'detached' });
    expect((await infra()).model).toEqual({ ...m.model, discountRatePercent: '12' });

    await undo();
    expect((await infra()).model).toEqual(m.model);
    await eventually(() => rate.inputValue(), m.model.discountRatePercent);
    await eventually(() => shownNpvs(before), expectedNpvs(before));
  });

  it('shows an input the engine refuses at that field and saves nothing', async () => {
    const m = await pickInfra();
    const cloud = m.model.alternatives.find((a) => a.kind === 'cloud')!;
    const field = 'compute.reservedCoveragePercent';
    const seqBefore = await seq();
    await app.page.getByTestId(`tco-input-${cloud.id}-${field}`).fill('120');
    const error = app.page.getByTestId(`tco-error-${cloud.id}-${field}`);
    await eventually(() => error.innerText(), `${cloud.id}: ${field} 120 is above 100 %`);
    await app.page.getByTestId('tco-save').click();
    await eventually(() => error.isVisible(), true);
    expect(await seq()).toBe(seqBefore);
    expect((await infra()).model).toEqual(m.model);
    await app.page.getByTestId('tco-reset').click();
    await error.waitFor({ state: 'detached' });
  });

  it('recomputes over a longer horizon as a what-if and Reset goes back to the saved model', async () => {
    const m = await pickInfra();
    const years = app.page.getByTestId('tco-input-model-years');
    await years.fill(String(m.model.years + 2));
    const longer = await app.session.call('tco/compute', { model: { ...m.model, years: m.model.years + 2 } });
    await eventually(() => shownNpvs(longer), expectedNpvs(longer));
    await eventually(
      () => app.page.$$eval('[data-testid="tco-years-table"] tbody tr', (trs) => trs.length),
      m.model.years + 2,
    );
    await years.fill('5.5');
    await eventually(() => app.page.getByTestId('tco-error-model-years').isVisible(), true);
    await app.page.getByTestId('tco-reset').click();
    const saved = await app.session.call('tco/compute', { id: m.id });
    await eventually(() => shownNpvs(saved), expectedNpvs(saved));
    expect(await years.inputValue()).toBe(String(m.model.years));
    expect((await infra()).model).toEqual(m.model);
  });

  it('duplicates a model under a new name and deletes one after confirming, each undone by Undo', async () => {
    const { page } = app;
    const m = await pickInfra();
    await page.getByTestId('tco-duplicate').click();
    await page.getByTestId('tco-duplicate-name').fill('Infrastructure what-if');
    await page.getByTestId('tco-duplicate-save').click();
    await eventually(async () => (await list()).some((x) => x.name === 'Infrastructure what-if'), true);
    const copy = (await list()).find((x) => x.name === 'Infrastructure what-if')!;
    expect((await app.session.call('tco/get', { id: copy.id })).model).toEqual(m.model);
    await eventually(() => page.getByTestId('tco-model-select').inputValue(), copy.id);
    await undo();
    expect((await list()).some((x) => x.name === 'Infrastructure what-if')).toBe(false);
    await eventually(
      () =>
        page.$$eval('[data-testid="tco-model-select"] option', (os) =>
          os.some((o) => o.textContent === 'Infrastructure what-if'),
        ),
      false,
    );

    await pickInfra();
    await page.getByTestId('tco-delete').click();
    await page.getByTestId('confirm-ok').click();
    await eventually(async () => (await list()).some((x) => x.id === m.id), false);
    await eventually(() => page.getByTestId('tco-model-select').inputValue(), (await list())[0]!.id);
    await undo();
    expect((await infra()).model).toEqual(m.model);
    await eventually(
      () => page.$$eval('[data-testid="tco-model-select"] option', (os) => os.map((o) => o.textContent)),
      (await list()).map((x) => x.name),
    );
  });

  it('raised no console or page errors on the way', () => {
    expect(app.errors).toEqual([]);
  });
});
