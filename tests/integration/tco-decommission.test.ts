import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import type { SaasAlternative } from '../../src-main/engine/tco';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { D } from '../../src-shared/money';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

// Enough assets that some are capitalised, in service before the model and without events.
const demo = generateDemo({ seed: 1, asOf: '2026-03-15', lines: 20, assets: 40, contracts: 4 });
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;

beforeAll(() => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('demo.outlay'), { now: FIXED_NOW, demo });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

async function erp() {
  const item = (await s.call('tco/list', {})).find((m) => m.name.startsWith('ERP'))!;
  const saved = await s.call('tco/get', { id: item.id });
  const alt = saved.model.alternatives.find((a): a is SaasAlternative => a.kind === 'saas')!;
  return { id: item.id, model: saved.model, alt };
}

/** "2027-01" → "2026-12". */
function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The net book value at the end of calendar month `month` by the register's own schedule. */
async function nbvAtEndOf(assetId: string, month: string): Promise<string> {
  const schedule = await s.call('assets/get-schedule', { assetId });
  const rows = schedule.rows.filter((r) => r.end.slice(0, 7) <= month);
  return rows.length === 0 ? '0' : rows[rows.length - 1]!.netBookValue;
}

describe('the demo ERP’s move to SaaS retiring real register assets', () => {
  it('references capitalised assets of the register', async () => {
    const { alt } = await erp();
    expect(alt.assets!.length).toBeGreaterThan(0);
    for (const a of alt.assets!) {
      const asset = (await s.call('assets/list', {})).find((x) => x.id === a.assetId)!;
      expect(asset.expenseType).toBe('CapEx');
    }
  });

  it('writes off each asset’s net book value at the end of the decommissioning month, as the register’s schedule has it', async () => {
    const { id, alt } = await erp();
    const result = await s.call('tco/compute', { id });
    const saas = result.alternatives.find((a) => a.id === alt.id)!;
    const d = saas.decommissionMonth!;
    expect(d).toBe(alt.goLiveMonth + alt.dualRunningMonths - 1);
    const prior = monthBefore(result.months[0]!);
    let written = new D(0);
    for (const [i, retired] of saas.decommissionedAssets!.entries()) {
      expect(retired.assetId).toBe(alt.assets![i]!.assetId);
      expect(retired.writeOff).toBe(await nbvAtEndOf(retired.assetId, result.months[d - 1]!));
      expect(retired.nbvAtStart).toBe(await nbvAtEndOf(retired.assetId, prior));
      expect(new D(retired.depreciation).plus(retired.writeOff).toFixed()).toBe(retired.nbvAtStart);
      const monthly = alt.assets![i]!.maintenanceMonthly;
      expect(typeof monthly).toBe('string');
      expect(retired.maintenance).toBe(new D(typeof monthly === 'string' ? monthly : '0').times(d).toFixed());
      written = written.plus(retired.writeOff);
    }
    // The P&L write-offs of the decommissioning month hold the legacy hardware's and the assets'.
    expect(new D(saas.pnl.byCategory['write-off']![d - 1]!).greaterThanOrEqualTo(written)).toBe(true);
    expect(new D(saas.totalCash).minus(saas.totalPnl).toFixed()).toBe(
      new D(saas.nbvAtHorizon).minus(saas.nbvAtStart).toFixed(),
    );
  });

  it('refuses a model retiring an asset the register does not have, naming the alternative and field', async () => {
    const { model, alt } = await erp();
    const broken = {
      ...model,
      alternatives: model.alternatives.map((a) => (a.id === alt.id ? { ...alt, assets: [{ assetId: 'gone' }] } : a)),
    };
    const r = await s.dispatch('tco/compute', { model: broken });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details).toMatchObject({ item: alt.id, field: 'assets[0].assetId' });
  });
});

describe('deleting a register asset a TCO model retires', () => {
  it('is refused, naming the model, and the asset stays', async () => {
    const { alt } = await erp();
    const name = (await s.call('tco/list', {})).find((m) => m.name.startsWith('ERP'))!.name;
    const assetId = alt.assets![0]!.assetId;
    const asset = (await s.call('assets/list', {})).find((x) => x.id === assetId)!;
    const seq = (await s.call('journal/get-undo-state', {})).seq;
    await expect(s.call('assets/delete', { id: assetId })).rejects.toThrow(
      `Asset ${asset.code} is retired by the TCO model "${name}"; remove it from their SaaS alternatives first.`,
    );
    expect((await s.call('assets/list', {})).some((x) => x.id === assetId)).toBe(true);
    expect((await s.call('journal/get-undo-state', {})).seq).toBe(seq);
  });

  it('is allowed for an asset no model retires', async () => {
    const retired = new Set((await erp()).alt.assets!.map((a) => a.assetId));
    const free = (await s.call('assets/list', {})).find((x) => !retired.has(x.id))!;
    await s.call('assets/delete', { id: free.id });
    expect((await s.call('assets/list', {})).some((x) => x.id === free.id)).toBe(false);
    await s.call('journal/undo', {});
  });
});
