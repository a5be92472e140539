import type { DemandKey, LegacySystem, TcoAlternative, TcoModel } from '../../../src-shared/model';

/** The kinds of alternative a planner can add, with their names in the editor. */
export const KIND_LABELS: Record<TcoAlternative['kind'], string> = {
  'data-center': 'Own data center',
  colocation: 'Colocation',
  cloud: 'Public cloud',
  saas: 'SaaS',
};

/** The kinds in the order the editor offers them. */
export const KINDS: readonly TcoAlternative['kind'][] = ['data-center', 'colocation', 'cloud', 'saas'];

/**
 * A new alternative with round starting values for every required input, so it computes
 * as soon as the model has the demand it needs (VMs and TB for hardware and cloud, users
 * for SaaS); the planner then types the real figures.
 */
export function newAlternative(kind: TcoAlternative['kind'], id: string): TcoAlternative {
  const name = `${KIND_LABELS[kind]} ${id.split('-').pop()}`;
  switch (kind) {
    case 'data-center':
      return { id, name, kind, hardware: [], facility: { pue: '1.5', pricePerKwh: '0.15', spacePerRackMonth: '500' } };
    case 'colocation':
      return {
        id,
        name,
        kind,
        hardware: [],
        colocation: {
          rackFeeMonth: '1200',
          powerFeePerKwMonth: '150',
          crossConnects: '2',
          crossConnectFeeMonth: '300',
          remoteHandsHoursMonth: '4',
          remoteHandsRate: '150',
        },
      };
    case 'cloud':
      return {
        id,
        name,
        kind,
        compute: { pricePerVmMonth: '100', reservedCoveragePercent: '0', reservedDiscountPercent: '0' },
        storage: { pricePerTbMonth: '20' },
        egress: { tbPerMonth: '0', pricePerTb: '90' },
      };
    case 'saas':
      return {
        id,
        name,
        kind,
        subscription: { tiers: [{ fromUsers: '0', pricePerUserMonth: '50' }] },
        // Half a year to go live and a quarter of both running leave room to decommission in.
        goLiveMonth: 7,
        dualRunningMonths: 3,
      };
  }
}

/** A legacy system for a SaaS alternative: an own data center with no hardware yet (added as rows). */
export function newLegacySystem(): LegacySystem {
  return { kind: 'data-center', hardware: [], facility: { pue: '1.5', pricePerKwh: '0.15', spacePerRackMonth: '500' } };
}

/** Where a new demand driver starts. */
export const NEW_DRIVER = { start: '100', growthPercent: '0' } as const;

/** The first demand driver of a model, for new hardware rows. */
export function firstDriver(model: TcoModel): DemandKey {
  return (Object.keys(model.demand ?? {})[0] as DemandKey | undefined) ?? 'vms';
}
