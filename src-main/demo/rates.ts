import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import { D, toMoney } from '../../src-shared/money';
import {
  RATE_DECIMALS,
  type BillableUnit,
  type ChargebackService,
  type RateCardSummary,
  type ServiceCapacity,
  type ServiceUsage,
} from '../../src-shared/model/rates';
import { computeRate } from '../engine/chargeback';
import type { Prng } from './prng';
import type { DemoData } from './types';

/** The demo's chargeback catalogue, its volumes and one published rate card. */
export interface DemoRates {
  services: ChargebackService[];
  usage: ServiceUsage[];
  capacity: ServiceCapacity[];
  card: Omit<RateCardSummary, 'current'>;
  /** The card's rates with the pool cost and volume each was computed from. */
  entries: { serviceId: string; rate: string; poolCost: string; volume: string }[];
}

interface ServiceSpec {
  code: string;
  name: string;
  unit: BillableUnit;
  /** Code of the workbook service whose cost the rate recovers. */
  recovers: string;
  /** Range of a business unit's monthly usage at the start of the year. */
  min: number;
  max: number;
  /** Monthly growth of usage. */
  growth: number;
}

const SPECS: readonly ServiceSpec[] = [
  { code: 'VM', name: 'Virtual server', unit: 'vcpu-month', recovers: 'SVC-COMP-VM', min: 40, max: 420, growth: 0.01 },
  {
    code: 'STORAGE',
    name: 'Enterprise storage',
    unit: 'gb-month',
    recovers: 'SVC-STOR-SAN',
    min: 2000,
    max: 40000,
    growth: 0.015,
  },
  {
    code: 'LAPTOP',
    name: 'Managed laptop',
    unit: 'device-month',
    recovers: 'SVC-EU-LAPTOP',
    min: 25,
    max: 320,
    growth: 0.003,
  },
  { code: 'DESK', name: 'Service desk', unit: 'ticket', recovers: 'SVC-EU-DESK', min: 30, max: 450, growth: 0 },
];

/**
 * The demo's rate design for one fiscal year: four catalogue services (VM per vCPU-month,
 * storage per GB-month, laptop per device-month, service desk per ticket) recovering the
 * demo services of those names; usage of every business unit (department) in every month
 * of the year, drawn from `rng` with a gentle trend; capacity a quarter above the month's
 * total, in tens; and a published card v1 at cost on utilization whose pool is the baseline
 * scenario's budget of each service in the base currency (rates set at budget, as IT
 * finance usually does before the year's allocations exist).
 */
export function generateRates(
  rng: Prng,
  demo: Pick<DemoData, 'departments' | 'services' | 'scenarios' | 'budgetLines'> & { base: string },
  asOf: string,
  fyStartMonth: number,
  fiscalYear: number,
): DemoRates {
  const months = fiscalYearMonths(fiscalYear, fyStartMonth);
  const serviceByCode = new Map(demo.services.map((s) => [s.code, s]));
  const specs = SPECS.filter((s) => serviceByCode.has(s.recovers));
  const services: ChargebackService[] = specs.map((s) => ({
    id: rng.uuid(),
    code: s.code,
    name: s.name,
    unit: s.unit,
    node: `svc:${s.recovers}`,
    active: true,
  }));
  const usage: ServiceUsage[] = [];
  const capacity: ServiceCapacity[] = [];
  const totals = new Map<string, InstanceType<typeof D>>();
  specs.forEach((spec, i) => {
    const serviceId = services[i]!.id;
    const start = demo.departments.map(() => rng.int(spec.min, spec.max));
    months.forEach((month, k) => {
      let monthTotal = 0;
      demo.departments.forEach((d, j) => {
        const q = Math.max(0, Math.round(start[j]! * (1 + spec.growth) ** k * (1 + 0.03 * rng.gauss())));
        monthTotal += q;
        usage.push({ month, departmentId: d.id, serviceId, quantity: String(q) });
      });
      totals.set(serviceId, (totals.get(serviceId) ?? new D(0)).plus(monthTotal));
      capacity.push({ serviceId, month, capacity: String(Math.ceil((monthTotal * 1.25) / 10) * 10) });
    });
  });
  const baseline = demo.scenarios.find((s) => s.kind === 'baseline');
  const inYear = new Set(months);
  const entries = specs.map((spec, i) => {
    const service = services[i]!;
    const workbookService = serviceByCode.get(spec.recovers)!;
    let pool = new D(0);
    for (const l of demo.budgetLines) {
      if (l.scenarioId !== baseline?.id || l.serviceId !== workbookService.id || l.currency !== demo.base) continue;
      for (const [m, a] of Object.entries(l.amounts)) if (inYear.has(m)) pool = pool.plus(a);
    }
    const volume = toMoney(totals.get(service.id) ?? new D(0));
    const priced = computeRate({
      serviceId: service.code,
      costPool: toMoney(pool),
      actualVolume: volume,
      basis: 'utilization',
      markupPct: '0',
      precision: RATE_DECIMALS,
    });
    return { serviceId: service.id, rate: priced.rate, poolCost: toMoney(pool), volume };
  });
  const at = `${asOf}T09:00:00.000Z`;
  const card: DemoRates['card'] = {
    id: rng.uuid(),
    fiscalYear,
    version: 1,
    status: 'published',
    basis: 'utilization',
    markupPct: '0',
    note: 'Rates at budget: baseline cost of each service over planned usage',
    createdAt: at,
    createdBy: 'Demo Planner',
    publishedAt: at,
    publishedBy: 'Demo Planner',
  };
  return { services, usage, capacity, card, entries };
}
