import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import type { DemoAsset } from '../../src-main/demo/types';
import { depreciationSchedule } from '../../src-main/engine/depreciation';
import { createFiscalCalendar, fiscalYearBounds, periodsBetween } from '../../src-shared/calendar';
import type { Asset, AssetEventRecord } from '../../src-shared/model';
import { statusAtYearEnd } from '../../src-renderer/features/assets/asset-status';

const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 1 });

/** A stored asset as the contract carries it, from a demo asset (an engine input). */
function toAsset(d: DemoAsset): Asset {
  const events: AssetEventRecord[] = (d.events ?? []).map((e, i) => ({
    id: `${d.id}-e${i}`,
    assetId: d.id,
    kind: e.kind,
    date: e.date,
    amount: e.kind === 'impairment' ? e.amount : null,
    usefulLifeMonths: e.kind === 'life-change' ? (e.usefulLifeMonths ?? null) : null,
    remainingLifeMonths: e.kind === 'life-change' ? (e.remainingLifeMonths ?? null) : null,
    salvage: e.kind === 'life-change' ? (e.salvage ?? null) : null,
    note: '',
  }));
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    description: '',
    assetClass: d.assetClass,
    expenseType: d.expenseType,
    classificationRule: d.capitalizationRule,
    cost: d.cost,
    salvage: d.salvage,
    currency: d.currency,
    quantity: d.quantity,
    bundleTotal: null,
    inServiceDate: d.inServiceDate,
    usefulLifeMonths: d.usefulLifeMonths,
    method: d.method,
    convention: d.convention,
    decliningBalancePercent: d.decliningBalancePercent ?? null,
    totalUnits: d.totalUnits ?? null,
    unitsByPeriod: d.unitsByPeriod ?? {},
    unitsLabel: d.unitsLabel ?? '',
    costCenterId: null,
    serviceId: null,
    accountId: null,
    vendorId: null,
    events,
  };
}

/** The engine's own answer: the schedule over the periods up to the year's end only. */
function engineStatus(d: DemoAsset, fy: number): string {
  if (d.expenseType === 'OpEx') return 'expensed';
  const end = fiscalYearBounds(calendar, fy).end;
  if (d.inServiceDate > end) return 'planned';
  return depreciationSchedule(d, periodsBetween(calendar, d.inServiceDate, end)).status;
}

const base: Asset = toAsset(generateDemo({ seed: 3, asOf: '2026-06-30', lines: 20, assets: 1 }).assets![0]!);
const make = (patch: Partial<Asset>): Asset => ({
  ...base,
  expenseType: 'CapEx',
  method: 'straight-line',
  convention: 'full-month',
  events: [],
  ...patch,
});

describe('asset status at a fiscal year end', () => {
  it('agrees with the depreciation engine for every demo asset in every year from 2021 to 2032 (units of production aside)', () => {
    const demo = generateDemo({ seed: 1, asOf: '2026-06-30' }).assets!;
    expect(demo.length).toBeGreaterThan(100);
    let compared = 0;
    for (const d of demo) {
      if (d.method === 'units-of-production') continue;
      for (let fy = 2021; fy <= 2032; fy++) {
        expect(statusAtYearEnd(toAsset(d), calendar, fy), `${d.code} FY${fy}`).toBe(engineStatus(d, fy));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('runs a 36-month full-month asset out at the end of its 36th period and a next-period one a period later', () => {
    const a = make({ inServiceDate: '2024-01-15', usefulLifeMonths: 36 });
    expect(statusAtYearEnd(a, calendar, 2025)).toBe('in-service');
    expect(statusAtYearEnd(a, calendar, 2026)).toBe('fully-depreciated');
    const b = make({ inServiceDate: '2023-01-15', usefulLifeMonths: 36, convention: 'next-period' });
    expect(statusAtYearEnd(b, calendar, 2025)).toBe('in-service');
    expect(statusAtYearEnd(b, calendar, 2026)).toBe('fully-depreciated');
  });

  it('keeps a half-year asset depreciating into the year after its last full year', () => {
    const a = make({ inServiceDate: '2023-03-10', usefulLifeMonths: 24, convention: 'half-year' });
    expect(statusAtYearEnd(a, calendar, 2024)).toBe('in-service');
    expect(statusAtYearEnd(a, calendar, 2025)).toBe('fully-depreciated');
  });

  it('follows a change of estimate, a disposal and the in-service date', () => {
    const event = (patch: Partial<AssetEventRecord>): AssetEventRecord => ({
      id: 'e1',
      assetId: base.id,
      kind: 'life-change',
      date: '2025-06-01',
      amount: null,
      usefulLifeMonths: null,
      remainingLifeMonths: null,
      salvage: null,
      note: '',
      ...patch,
    });
    const a = make({ inServiceDate: '2024-01-01', usefulLifeMonths: 24 });
    expect(statusAtYearEnd(a, calendar, 2025)).toBe('fully-depreciated');
    const longer = { ...a, events: [event({ remainingLifeMonths: 12 })] };
    expect(statusAtYearEnd(longer, calendar, 2025)).toBe('in-service');
    expect(statusAtYearEnd(longer, calendar, 2026)).toBe('fully-depreciated');
    const sold = { ...a, events: [event({ kind: 'disposal', date: '2024-09-30' })] };
    expect(statusAtYearEnd(sold, calendar, 2023)).toBe('planned');
    expect(statusAtYearEnd(sold, calendar, 2024)).toBe('disposed');
    expect(statusAtYearEnd({ ...a, expenseType: 'OpEx' }, calendar, 2024)).toBe('expensed');
  });
});
