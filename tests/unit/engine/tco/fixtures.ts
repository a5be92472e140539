import { sumMoney } from '../../../../src-shared/money';
import type { CloudAlternative, DataCenterAlternative, TcoModel } from '../../../../src-main/engine/tco';

/**
 * The hand-computed example: 400 VMs growing 10 % a year (400, 440, 484) and 100 TB flat,
 * over 3 years from January 2026, discounted at 8 %.
 */
export function baseModel(alternatives: TcoModel['alternatives'], over: Partial<TcoModel> = {}): TcoModel {
  return {
    currency: 'USD',
    minorUnits: 2,
    startMonth: '2026-01',
    years: 3,
    discountRatePercent: '8',
    demand: { vms: { start: '400', growthPercent: '10' }, storageTb: { start: '100', growthPercent: '0' } },
    alternatives,
    ...over,
  };
}

/** Servers of 20 VMs at 12,000, refreshed and depreciated over 5 years, 10 % maintenance, 0.5 kW, 20 a rack. */
export function dataCenter(over: Partial<DataCenterAlternative> = {}): DataCenterAlternative {
  return {
    id: 'dc',
    name: 'Data center',
    kind: 'data-center',
    hardware: [
      {
        name: 'servers',
        driver: 'vms',
        capacityPerUnit: '20',
        unitCost: '12000',
        refreshYears: 5,
        depreciationYears: 5,
        maintenancePercent: '10',
        kwPerUnit: '0.5',
        unitsPerRack: '20',
      },
    ],
    facility: { pue: '1.5', pricePerKwh: '0.2', spacePerRackMonth: '1000' },
    ...over,
  };
}

/** 100 per VM on demand, 60 % reserved at 30 % off; 20 per TB; 5 TB egress a month at 90. */
export function cloud(over: Partial<CloudAlternative> = {}): CloudAlternative {
  return {
    id: 'cloud',
    name: 'Cloud',
    kind: 'cloud',
    compute: { pricePerVmMonth: '100', reservedCoveragePercent: '60', reservedDiscountPercent: '30' },
    storage: { pricePerTbMonth: '20' },
    egress: { tbPerMonth: '5', pricePerTb: '90' },
    ...over,
  };
}

/** Σ of a line's months, per model year (exact, via src-shared/money). */
export function byYear(line: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; line && i < line.length; i += 12) out.push(sumMoney(line.slice(i, i + 12)));
  return out;
}
