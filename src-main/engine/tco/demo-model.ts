import type { HardwareItem, LegacySystem, TcoModel } from './types';

/** The demo's two TCO comparisons. */
export interface DemoTcoModels {
  /** 400 VMs (+10 %/yr) and 1.2 PB (+15 %/yr) over 5 years: own data center vs colocation vs public cloud. */
  infrastructure: TcoModel;
  /** An on-premises ERP for 1,500 users (+5 %/yr): keep it vs move to SaaS with 6 months of dual running. */
  erp: TcoModel;
}

export interface DemoTcoOptions {
  /** "YYYY-MM" of the first model month (default "2026-07"). */
  startMonth?: string;
  /** Model currency (default "USD", 2 minor units); every demo amount is in it. */
  currency?: string;
  minorUnits?: number;
}

/** Hosts, storage shelves and network gear at plausible 2026 list prices less usual discounts. */
const INFRA_HARDWARE: readonly HardwareItem[] = [
  {
    name: 'Virtualisation hosts (2 × 32 cores, 1 TB RAM)',
    driver: 'vms',
    capacityPerUnit: '25',
    unitCost: '28000',
    unitCostChangePercent: '2',
    refreshYears: 5,
    depreciationYears: 5,
    maintenancePercent: '8',
    kwPerUnit: '0.8',
    unitsPerRack: '16',
  },
  {
    name: 'Storage shelves (100 TB usable)',
    driver: 'storageTb',
    capacityPerUnit: '100',
    unitCost: '45000',
    unitCostChangePercent: '-5',
    refreshYears: 5,
    depreciationYears: 5,
    maintenancePercent: '12',
    kwPerUnit: '1',
    unitsPerRack: '8',
  },
  {
    name: 'Top-of-rack switch pairs',
    driver: 'vms',
    capacityPerUnit: '200',
    unitCost: '30000',
    refreshYears: 6,
    depreciationYears: 5,
    maintenancePercent: '10',
    kwPerUnit: '0.6',
    unitsPerRack: '10',
  },
];

const INFRA_LICENCES = [
  { name: 'Hypervisor and OS subscriptions', category: 'licences', monthly: '45', per: 'vms', escalationPercent: '5' },
  { name: 'Backup software', category: 'licences', monthly: '4', per: 'storageTb', escalationPercent: '3' },
] as const;

function infrastructure(base: Omit<TcoModel, 'demand' | 'alternatives' | 'years'>): TcoModel {
  return {
    ...base,
    years: 5,
    demand: {
      vms: { start: '400', growthPercent: '10' },
      storageTb: { start: '1200', growthPercent: '15' },
    },
    alternatives: [
      {
        id: 'dc',
        name: 'Own data center',
        kind: 'data-center',
        hardware: INFRA_HARDWARE,
        facility: { pue: '1.6', pricePerKwh: '0.14', energyPriceChangePercent: '3', spacePerRackMonth: '1500' },
        recurring: INFRA_LICENCES,
        staff: [
          { name: 'Infrastructure engineers', fte: '4', loadedCostPerYear: '140000', escalationPercent: '3' },
          { name: 'Facilities technician', fte: '1', loadedCostPerYear: '95000', escalationPercent: '3' },
        ],
      },
      {
        id: 'colo',
        name: 'Colocation',
        kind: 'colocation',
        hardware: INFRA_HARDWARE,
        colocation: {
          rackFeeMonth: '1200',
          powerFeePerKwMonth: '180',
          crossConnects: '4',
          crossConnectFeeMonth: '350',
          remoteHandsHoursMonth: '10',
          remoteHandsRate: '150',
          escalationPercent: '3',
        },
        recurring: INFRA_LICENCES,
        staff: [{ name: 'Infrastructure engineers', fte: '3.5', loadedCostPerYear: '140000', escalationPercent: '3' }],
        oneOffs: [{ name: 'Move into the colocation site', amount: '150000', month: 2 }],
      },
      {
        id: 'cloud',
        name: 'Public cloud',
        kind: 'cloud',
        compute: { pricePerVmMonth: '190', reservedCoveragePercent: '60', reservedDiscountPercent: '35' },
        storage: { pricePerTbMonth: '45' },
        egress: { tbPerMonth: '40', growthPercent: '10', pricePerTb: '70' },
        priceChangePercent: '-2',
        recurring: [
          { name: 'OS and database licences', category: 'licences', monthly: '20', per: 'vms', escalationPercent: '3' },
          { name: 'Backup software', category: 'licences', monthly: '3', per: 'storageTb', escalationPercent: '3' },
        ],
        staff: [
          { name: 'Cloud engineers', fte: '3', loadedCostPerYear: '150000', escalationPercent: '3' },
          { name: 'FinOps analyst', fte: '0.5', loadedCostPerYear: '120000', escalationPercent: '3' },
        ],
        oneOffs: [
          { name: 'Migration project', amount: '600000', month: 3 },
          { name: 'Application refactoring', amount: '120000', month: 6 },
        ],
      },
    ],
  };
}

/** The ERP as it runs today: 10 application and database servers bought 30 months before the start. */
const ERP_ON_PREM: LegacySystem = {
  kind: 'data-center',
  hardware: [
    {
      name: 'ERP application and database servers',
      driver: 'users',
      capacityPerUnit: '150',
      unitCost: '22000',
      refreshYears: 5,
      depreciationYears: 5,
      maintenancePercent: '10',
      kwPerUnit: '0.6',
      unitsPerRack: '20',
      installed: { units: 10, unitCost: '20000', ageMonths: 30 },
    },
  ],
  facility: { pue: '1.6', pricePerKwh: '0.14', energyPriceChangePercent: '3', spacePerRackMonth: '1500' },
  recurring: [
    { name: 'ERP licence support', category: 'licences', monthly: '25', per: 'users', escalationPercent: '4' },
    { name: 'Database licences', category: 'licences', monthly: '8000', escalationPercent: '3' },
  ],
  staff: [{ name: 'ERP administrators and DBAs', fte: '3', loadedCostPerYear: '130000', escalationPercent: '3' }],
};

function erp(base: Omit<TcoModel, 'demand' | 'alternatives' | 'years'>): TcoModel {
  return {
    ...base,
    years: 5,
    demand: { users: { start: '1500', growthPercent: '5' } },
    alternatives: [
      {
        id: 'erp-on-prem',
        name: 'Keep the on-premises ERP',
        ...ERP_ON_PREM,
        oneOffs: [{ name: 'ERP version upgrade project', amount: '650000', month: 18, category: 'other' }],
      },
      {
        id: 'erp-saas',
        name: 'Move the ERP to SaaS',
        kind: 'saas',
        subscription: {
          tiers: [
            { fromUsers: '0', pricePerUserMonth: '95' },
            { fromUsers: '1000', pricePerUserMonth: '85' },
            { fromUsers: '1750', pricePerUserMonth: '78' },
          ],
          escalationPercent: '5',
        },
        goLiveMonth: 7,
        dualRunningMonths: 6,
        legacy: ERP_ON_PREM,
        staff: [
          {
            name: 'SaaS administrators',
            fte: '1.5',
            loadedCostPerYear: '130000',
            escalationPercent: '3',
            fromMonth: 4,
          },
        ],
        oneOffs: [
          { name: 'Implementation partner', amount: '900000', month: 3 },
          { name: 'Data migration', amount: '250000', month: 6 },
          { name: 'Decommissioning', amount: '40000', month: 12, category: 'other' },
        ],
      },
    ],
  };
}

/**
 * The demo workbook's TCO models, with plausible 2026 prices in the model currency (no
 * FX rates needed). Which alternative comes out cheaper is not designed in: the numbers
 * are what they are.
 */
export function demoTcoModels(options: DemoTcoOptions = {}): DemoTcoModels {
  const base = {
    currency: options.currency ?? 'USD',
    minorUnits: options.minorUnits ?? 2,
    startMonth: options.startMonth ?? '2026-07',
    discountRatePercent: '8',
  };
  return { infrastructure: infrastructure(base), erp: erp(base) };
}
