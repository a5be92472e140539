import { describe, expect, it } from 'vitest';
import { computeTco, type SaasAlternative, type TcoAssetBook, type TcoModel } from '../../../../src-main/engine/tco';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { D } from '../../../../src-shared/money';

/** "2025-01" plus k months. */
function monthAfter(first: string, k: number): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const t = m - 1 + k;
  return `${y + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/**
 * A register asset bought in January 2025 for 36,000, straight line over 36 months:
 * 1,000 a month, so 24 months are gone and 12,000 remains when the model starts in January 2027.
 */
const server: TcoAssetBook = {
  id: 'asset-1',
  code: 'SRV-01',
  name: 'ERP server',
  currency: 'USD',
  inServiceMonth: '2025-01',
  months: Array.from({ length: 36 }, (_, k) => ({
    month: monthAfter('2025-01', k),
    expense: '1000',
    writeOff: '0',
    netBookValue: String(36000 - 1000 * (k + 1)),
  })),
};
const assets = new Map([[server.id, server]]);

/** 100 users at 10 each; go-live in month 4 with 3 months of dual running: decommissioned in month 6. */
const saas = (over: Partial<SaasAlternative> = {}): SaasAlternative => ({
  id: 'saas',
  name: 'SaaS',
  kind: 'saas',
  subscription: { tiers: [{ fromUsers: '0', pricePerUserMonth: '10' }] },
  goLiveMonth: 4,
  dualRunningMonths: 3,
  assets: [{ assetId: 'asset-1', maintenanceMonthly: '100' }],
  ...over,
});
const model = (alt: SaasAlternative): TcoModel => ({
  currency: 'USD',
  minorUnits: 2,
  startMonth: '2027-01',
  years: 3,
  discountRatePercent: '0',
  demand: { users: { start: '100', growthPercent: '0' } },
  alternatives: [alt],
});

describe('a SaaS alternative retiring register assets', () => {
  it('depreciates each asset on its own schedule through the decommissioning month, then writes off what is left', () => {
    const a = computeTco(model(saas()), { assets }).alternatives[0]!;
    expect(a.decommissionMonth).toBe(6);
    const dep = a.pnl.byCategory.depreciation!;
    expect(dep.slice(0, 6)).toEqual(Array(6).fill('1000'));
    expect(dep.slice(6).every((v) => v === '0')).toBe(true);
    // 12,000 at the start − 6 × 1,000 = 6,000 left at the end of month 6.
    const writeOff = a.pnl.byCategory['write-off']!;
    expect(writeOff[5]).toBe('6000');
    expect(writeOff.filter((v) => v !== '0')).toHaveLength(1);
    expect(a.decommissionedAssets).toEqual([
      {
        assetId: 'asset-1',
        code: 'SRV-01',
        name: 'ERP server',
        nbvAtStart: '12000',
        depreciation: '6000',
        writeOff: '6000',
        maintenance: '600',
      },
    ]);
  });

  it('stops the asset’s maintenance after the decommissioning month, in both views', () => {
    const a = computeTco(model(saas()), { assets }).alternatives[0]!;
    for (const view of [a.cash, a.pnl]) {
      const maintenance = view.byCategory.maintenance!;
      expect(maintenance.slice(0, 6)).toEqual(Array(6).fill('100'));
      expect(maintenance.slice(6).every((v) => v === '0')).toBe(true);
    }
  });

  it('keeps cash − P&L equal to the change in net book value, the asset’s book value counted at the start', () => {
    const a = computeTco(model(saas()), { assets }).alternatives[0]!;
    expect(a.nbvAtStart).toBe('12000');
    expect(a.nbvAtHorizon).toBe('0');
    expect(new D(a.totalCash).minus(a.totalPnl).toFixed()).toBe(new D(a.nbvAtHorizon).minus(a.nbvAtStart).toFixed());
  });

  it('writes off the salvage left after a schedule ended before the decommissioning month', () => {
    const ended: TcoAssetBook = {
      ...server,
      id: 'asset-2',
      months: [{ month: '2026-06', expense: '500', writeOff: '0', netBookValue: '750' }],
    };
    const a = computeTco(model(saas({ assets: [{ assetId: 'asset-2' }] })), { assets: new Map([[ended.id, ended]]) })
      .alternatives[0]!;
    expect(a.pnl.byCategory['write-off']![5]).toBe('750');
    expect(a.decommissionedAssets![0]).toMatchObject({ nbvAtStart: '750', depreciation: '0', writeOff: '750' });
  });

  it('refuses an asset the register does not have, or one put in service after the model starts, naming the field', () => {
    const unknown = () => computeTco(model(saas({ assets: [{ assetId: 'nope' }] })), { assets });
    expect(unknown).toThrow(EngineInputError);
    expect(unknown).toThrow('saas: assets[0].assetId "nope" is not an asset of the register');
    const late = { ...server, inServiceMonth: '2027-03' };
    expect(() => computeTco(model(saas()), { assets: new Map([[late.id, late]]) })).toThrow(
      'saas: assets[0].assetId asset SRV-01 goes into service in 2027-03, not before the model starts (2027-01)',
    );
  });
});
