import { describe, expect, it } from 'vitest';
import { computeTco, demoTcoModels, tornado } from '../../../../src-main/engine/tco';
import { D, sumMoney } from '../../../../src-shared/money';
import { expectConserved } from './conservation';

const demo = demoTcoModels();

describe('the demo TCO models', () => {
  it('compare a data center, colocation and the cloud for 400 VMs and 1.2 PB over 5 years', () => {
    const m = demo.infrastructure;
    expect(m.years).toBe(5);
    expect(m.demand.vms).toMatchObject({ start: '400', growthPercent: '10' });
    expect(m.demand.storageTb).toMatchObject({ start: '1200' });
    expect(m.alternatives.map((a) => a.kind)).toEqual(['data-center', 'colocation', 'cloud']);
    expect(demo.erp.demand.users).toMatchObject({ start: '1500' });
    expect(demo.erp.alternatives.map((a) => a.kind)).toEqual(['data-center', 'saas']);
  });

  it('compute without errors and reconcile in every view', () => {
    for (const model of [demo.infrastructure, demo.erp]) {
      const r = computeTco(model);
      expectConserved(r);
      const n = r.alternatives.length;
      expect(r.breakEven).toHaveLength(n * (n - 1));
      for (const a of r.alternatives) {
        // Costs are positive every year, and discounting at 8 % makes them worth less today.
        for (const y of a.years) expect(new D(y.cash.total).isPositive()).toBe(true);
        expect(new D(a.npv).lessThan(a.totalCash)).toBe(true);
        expect(new D(a.npv).isPositive()).toBe(true);
        for (const y of a.years)
          for (const v of Object.values(y.cash.perUnit)) expect(new D(v ?? '0').isPositive()).toBe(true);
      }
    }
  });

  it('buy hardware for the on-premises alternatives and none for the cloud', () => {
    const r = computeTco(demo.infrastructure);
    const [dc, colo, cloud] = r.alternatives;
    expect(new D(sumMoney(dc!.cash.byCategory.hardware!)).isPositive()).toBe(true);
    expect(colo!.cash.byCategory.hardware).toEqual(dc!.cash.byCategory.hardware);
    expect(cloud!.cash.byCategory.hardware).toBeUndefined();
    expect(cloud!.totalCash).toBe(cloud!.totalPnl);
    // Break-even months, when there is one, fall inside the horizon.
    for (const b of r.breakEven) if (b.month !== null) expect(r.months[b.month - 1]).toBe(b.monthLabel);
  });

  it('decommission the legacy ERP after six months of dual running and write off what is left', () => {
    const r = computeTco(demo.erp);
    const saas = r.alternatives[1]!;
    // Go-live in month 7, six months of dual running: the legacy system's last month is 12.
    expect(saas.decommissionMonth).toBe(12);
    expect(saas.cash.byCategory.subscription!.slice(0, 6).every((v) => v === '0')).toBe(true);
    expect(new D(saas.cash.byCategory.subscription![6]!).isPositive()).toBe(true);
    expect(saas.cash.byCategory.maintenance!.slice(12).every((v) => v === '0')).toBe(true);
    // Ten servers bought 30 months before the start at 20,000 over 60 months: 100,000 on the books at the start,
    // 100,000 − 12 × 3,333.33… = 60,000 written off in month 12.
    expect(saas.nbvAtStart).toBe('100000');
    expect(saas.pnl.byCategory['write-off']![11]).toBe('60000');
  });

  it('find the three inputs that move the data center vs cloud comparison most', () => {
    const t = tornado(demo.infrastructure, { metric: { kind: 'npv-difference', base: 'dc', other: 'cloud' } });
    expect(t.entries).toHaveLength(3);
    for (const e of t.entries) expect(new D(e.swing).isPositive()).toBe(true);
    expect(t.skipped).toEqual([]);
    // About a hundred recomputations: allow for a busy machine.
  }, 30_000);
});
