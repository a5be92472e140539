import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { DataCenterAlternative, SavedTcoModel, TcoModel } from '../../src-shared/model';
import { formatMoney, sumMoney } from '../../src-shared/money';
import { displayedRowIds, eventually, waitForBudgetGrid } from './budget-page';
import { startApp, type AppHarness } from './harness';
import { newAlternative } from '../../src-renderer/features/tco/templates';

const INFRA = 'Infrastructure: data center vs colocation vs cloud';
const ERP = 'ERP: on-premises vs SaaS';

describe('TCO editor and posting to the budget', () => {
  let app: AppHarness;
  let mu = 2;
  const byName = async (name: string): Promise<SavedTcoModel> => {
    const item = (await app.session.call('tco/list', {})).find((m) => m.name === name)!;
    return app.session.call('tco/get', { id: item.id });
  };
  const pick = async (name: string) => {
    const m = await byName(name);
    await app.page.getByTestId('tco-model-select').selectOption(m.id);
    await app.page.getByTestId('tco-kpis').waitFor();
    return m;
  };
  const dcOf = (model: TcoModel) =>
    model.alternatives.find((a): a is DataCenterAlternative => a.kind === 'data-center')!;
  const withAlt = (model: TcoModel, alt: DataCenterAlternative): TcoModel => ({
    ...model,
    alternatives: model.alternatives.map((a) => (a.id === alt.id ? alt : a)),
  });
  const input = (item: string, field: string) => app.page.getByTestId(`tco-input-${item}-${field}`);

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('workbook-title').waitFor({ timeout: 60_000 });
    const info = await app.session.call('workbook/get-info', {});
    const dims = await app.session.call('dimensions/get-all', {});
    mu = dims.currencies.find((c) => c.code === info.settings.baseCurrency)?.minorUnits ?? 2;
    await app.page.getByTestId('nav-tco').click();
    await app.page.getByTestId('tco-model-select').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('edits a staff row of the data center as a what-if, shows the recomputed total and saves it', async () => {
    const m = await pick(INFRA);
    const dc = dcOf(m.model);
    const staff = dc.staff!.map((s, i) => (i === 0 ? { ...s, fte: '7' } : s));
    const edited = withAlt(m.model, { ...dc, staff });
    const expected = (await app.session.call('tco/compute', { model: edited })).alternatives.find(
      (a) => a.id === dc.id,
    )!;
    await input(dc.id, 'staff[0].fte').fill('7');
    await eventually(
      () => app.page.getByTestId(`tco-total-cash-${dc.id}`).innerText(),
      formatMoney(expected.totalCash, mu),
    );
    await app.page.getByTestId('tco-whatif').waitFor();
    expect(dcOf((await byName(INFRA)).model).staff![0]!.fte).toBe(dc.staff![0]!.fte);

    await app.page.getByTestId('tco-save').click();
    await eventually(async () => dcOf((await byName(INFRA)).model).staff![0]!.fte, '7');
    await app.page.getByTestId('tco-whatif').waitFor({ state: 'detached' });
    expect((await byName(INFRA)).model).toEqual(edited);
  });

  it('adds a one-off cost row, shows a month outside the horizon refused at its cell, and Reset drops the row', async () => {
    const m = await pick(INFRA);
    const dc = dcOf(m.model);
    const n = dc.oneOffs?.length ?? 0;
    await app.page.getByTestId(`tco-add-${dc.id}-oneOffs`).click();
    const month = input(dc.id, `oneOffs[${n}].month`);
    await month.fill('999');
    const bad = withAlt(m.model, {
      ...dc,
      oneOffs: [...(dc.oneOffs ?? []), { name: 'Migration', amount: '10000', month: 999 }],
    });
    const refusal = await app.session.dispatch('tco/compute', { model: bad });
    expect(refusal.ok).toBe(false);
    const message = refusal.ok ? '' : refusal.error.message;
    expect(message).toContain(`oneOffs[${n}].month`);
    await eventually(() => app.page.getByTestId(`tco-error-${dc.id}-oneOffs[${n}].month`).innerText(), message);
    await app.page.getByTestId('tco-reset').click();
    await month.waitFor({ state: 'detached' });
    await app.page.getByTestId('tco-whatif').waitFor({ state: 'detached' });
  });

  it('adds a public cloud alternative and changes a demand driver as a what-if, computed as the engine computes them', async () => {
    const m = await pick(INFRA);
    await app.page.getByTestId('tco-new-alt-kind').selectOption('cloud');
    await app.page.getByTestId('tco-add-alt').click();
    await app.page.getByTestId('tco-alt-cloud-1').waitFor();
    await input('demand', 'vms.start').fill('500');
    const added = newAlternative('cloud', 'cloud-1');
    const whatIf: TcoModel = {
      ...m.model,
      demand: { ...m.model.demand, vms: { ...m.model.demand.vms!, start: '500' } },
      alternatives: [...m.model.alternatives, added],
    };
    const r = await app.session.call('tco/compute', { model: whatIf });
    for (const a of r.alternatives) {
      await eventually(() => app.page.getByTestId(`tco-npv-${a.id}`).innerText(), formatMoney(a.npv, mu));
    }
    await app.page.getByTestId('tco-remove-alt-cloud-1').click();
    await app.page.getByTestId('tco-alt-cloud-1').waitFor({ state: 'detached' });
    await app.page.getByTestId('tco-reset').click();
    await app.page.getByTestId('tco-whatif').waitFor({ state: 'detached' });
    expect(await input('demand', 'vms.start').inputValue()).toBe(m.model.demand.vms!.start);
  });

  it('shows, in the SaaS alternative, the net book value written off for each retired register asset', async () => {
    const m = await pick(ERP);
    const saas = m.model.alternatives.find((a) => a.kind === 'saas')!;
    const r = await app.session.call('tco/compute', { id: m.id });
    const retired = r.alternatives.find((a) => a.id === saas.id)!.decommissionedAssets ?? [];
    expect(retired.length).toBeGreaterThan(0);
    for (const [i, a] of retired.entries()) {
      await eventually(
        () => app.page.getByTestId(`tco-writeoff-${saas.id}-${i}`).innerText(),
        formatMoney(a.writeOff, mu),
      );
    }
  });

  it('posts the saved data center alternative into the scenario as one undoable command, and the Budget screen shows its lines', async () => {
    const m = await pick(INFRA);
    const dc = dcOf(m.model);
    const r = await app.session.call('tco/compute', { id: m.id });
    const alt = r.alternatives.find((a) => a.id === dc.id)!;
    await app.page.getByTestId('tco-post').click();
    await app.page.getByTestId('tco-post-dialog').waitFor();
    await app.page.getByTestId('tco-post-alternative').selectOption(dc.id);
    await eventually(() => app.page.getByTestId('tco-post-total').innerText(), formatMoney(alt.totalCash, mu));
    const scenarioId = await app.page.getByTestId('tco-post-scenario').inputValue();
    await app.page.getByTestId('tco-post-submit').click();
    await app.page.getByTestId('tco-post-dialog').waitFor({ state: 'detached' });

    // Every posted amount, over the fiscal years the model spans, adds up to the engine's total.
    const info = await app.session.call('workbook/get-info', {});
    const fy = (month: string) => fiscalYearOf(month, info.settings.fyStartMonth);
    const prefix = `TCO ${INFRA} · ${dc.name} · `;
    const posted = async () => {
      const amounts: string[] = [];
      let ids: string[] = [];
      for (let y = fy(r.months[0]!); y <= fy(r.months.at(-1)!); y++) {
        const grid = await app.session.call('budget/get-grid', { scenarioId, fiscalYear: y });
        const lines = grid.lines.filter((l) => l.description.startsWith(prefix));
        // Every year's grid has the scenario's lines; only their amounts differ.
        ids = lines.map((l) => l.id);
        amounts.push(...lines.flatMap((l) => l.amounts));
      }
      return { ids, total: sumMoney(amounts) };
    };
    const { ids, total } = await posted();
    expect(total).toBe(alt.totalCash);
    expect(ids.length).toBe(Object.values(alt.cash.byCategory).filter((l) => l!.some((v) => v !== '0')).length);

    await app.page.getByTestId('scenario-picker').selectOption(scenarioId);
    await app.page.getByTestId('nav-budget').click();
    await waitForBudgetGrid(app.page);
    await app.page.getByTestId('budget-search').fill(`TCO ${INFRA}`);
    await eventually(async () => (await displayedRowIds(app.page)).filter((id) => ids.includes(id)).length, ids.length);
    // Each posted line says where its amounts came from.
    const badge = app.page.locator(
      `[data-testid="budget-grid"] .ag-row[row-id="${ids[0]}"] [data-testid="posted-badge"]`,
    );
    expect(await badge.innerText()).toBe('TCO');

    const before = (await app.session.call('journal/get-undo-state', {})).seq;
    await app.page.getByTestId('undo').click();
    await eventually(async () => (await app.session.call('journal/get-undo-state', {})).seq > before, true);
    expect((await posted()).ids).toEqual([]);
  });
});
