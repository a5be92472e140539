import type { CloudAlternative, DataCenterAlternative, TcoModel } from '../../../src-shared/model';

/** Servers of 20 VMs at 12,000 (5-year refresh and life), 10 % maintenance, 0.5 kW, 20 a rack. */
export function ownServers(over: Partial<DataCenterAlternative> = {}): DataCenterAlternative {
  return {
    id: 'dc',
    name: 'Own servers',
    kind: 'data-center',
    hardware: [
      {
        name: 'Servers',
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
    staff: [{ name: 'Admins', fte: '2', loadedCostPerYear: '90000', escalationPercent: '3' }],
    ...over,
  };
}

/** 100 per VM on demand, 60 % reserved at 30 % off; 20 per TB; 5 TB egress a month at 90; a migration. */
export function publicCloud(over: Partial<CloudAlternative> = {}): CloudAlternative {
  return {
    id: 'cloud',
    name: 'Public cloud',
    kind: 'cloud',
    compute: { pricePerVmMonth: '100', reservedCoveragePercent: '60', reservedDiscountPercent: '30' },
    storage: { pricePerTbMonth: '20' },
    egress: { tbPerMonth: '5', pricePerTb: '90' },
    oneOffs: [{ name: 'Migration', amount: '80000', month: 3 }],
    ...over,
  };
}

/** 200 VMs (+10 %/yr) and 50 TB over 3 years from July 2026 in USD, at 8 %: own servers vs cloud. */
export function smallTcoModel(over: Partial<TcoModel> = {}): TcoModel {
  return {
    currency: 'USD',
    minorUnits: 2,
    startMonth: '2026-07',
    years: 3,
    discountRatePercent: '8',
    demand: { vms: { start: '200', growthPercent: '10' }, storageTb: { start: '50', growthPercent: '0' } },
    alternatives: [ownServers(), publicCloud()],
    ...over,
  };
}
