import { addMonths, fiscalYearMonths, type MonthKey } from '../../src-shared/calendar/fiscal';
import type { Driver, DriverAssumption, DriverLineModel, DriverValue } from '../../src-shared/model/drivers';
import { driverSeries, lineCost } from '../engine/drivers';
import { currencyScale } from './minor-units';
import type { Prng } from './prng';
import type { DemoData } from './types';

/** Drivers with their history, the what-if's growth assumption and the driver-based lines' models. */
export interface DemoDrivers {
  drivers: Driver[];
  values: DriverValue[];
  assumptions: DriverAssumption[];
  models: DriverLineModel[];
}

interface DriverSpec {
  code: string;
  name: string;
  unit: string;
  start: number;
  /** Monthly growth of the history. */
  growth: number;
  /** Relative noise of each month. */
  noise: number;
  decimals: number;
}

const SPECS: readonly DriverSpec[] = [
  { code: 'HEADCOUNT', name: 'Employees', unit: 'FTE', start: 1480, growth: 0.004, noise: 0.004, decimals: 0 },
  {
    code: 'M365-USERS',
    name: 'Microsoft 365 users',
    unit: 'user',
    start: 1610,
    growth: 0.005,
    noise: 0.005,
    decimals: 0,
  },
  { code: 'LAPTOPS', name: 'Managed laptops', unit: 'device', start: 1550, growth: 0.004, noise: 0.006, decimals: 0 },
  { code: 'STORAGE-TB', name: 'Primary storage', unit: 'TB', start: 610, growth: 0.018, noise: 0.01, decimals: 1 },
];

/** Which demo line is costed from which driver, and how (amounts in the line's currency per month). */
const LINE_RULES = [
  {
    service: 'SVC-EU-M365',
    stems: ['Microsoft 365', 'Copilot licences'],
    driver: 'M365-USERS',
    fixed: '1500',
    rate: '32.5',
    tierSize: null,
    tierAmount: null,
  },
  {
    service: 'SVC-EU-LAPTOP',
    stems: ['New-joiner laptops', 'Break-fix replacements'],
    driver: 'LAPTOPS',
    fixed: '0',
    rate: '38',
    tierSize: '500',
    tierAmount: '2400',
  },
  {
    service: 'SVC-STOR-OBJ',
    stems: ['Object storage', 'Archive tier storage'],
    driver: 'STORAGE-TB',
    fixed: '4200',
    rate: '21.75',
    tierSize: '250',
    tierAmount: '3100',
  },
] as const;

/**
 * The demo's drivers: 36 months of actuals before the as-of month (a steady trend with
 * noise, drawn from `rng`), forecast automatically; in each scenario the first base-currency
 * OpEx line of Microsoft 365 licences, laptop purchases and object storage is costed from
 * a driver from the first budget month (unit rates escalate 3 % a year), and the what-if
 * grows M365 users by 12 % a year from the next fiscal year. Those lines' amounts are
 * replaced by the engine's cost, so the seeded workbook holds what a recompute would write.
 */
export function generateDrivers(
  rng: Prng,
  demo: Pick<DemoData, 'scenarios' | 'budgetLines' | 'services'> & { base: string },
  asOf: string,
  fyStartMonth: number,
  fiscalYears: readonly [number, number],
): DemoDrivers {
  const asOfMonth = asOf.slice(0, 7);
  const created = `${asOf}T08:00:00.000Z`;
  const drivers: Driver[] = SPECS.map((s) => ({
    id: rng.uuid(),
    code: s.code,
    name: s.name,
    unit: s.unit,
    description: '',
    forecastMethod: 'auto',
    createdAt: created,
  }));
  const values: DriverValue[] = [];
  SPECS.forEach((s, i) => {
    let level = s.start;
    for (let k = 36; k >= 1; k--) {
      level *= 1 + s.growth;
      const v = level * (1 + s.noise * rng.gauss());
      values.push({
        driverId: drivers[i]!.id,
        month: addMonths(asOfMonth, -k),
        kind: 'actual',
        value: v.toFixed(s.decimals),
      });
    }
  });
  const byCode = new Map(drivers.map((d) => [d.code, d]));
  const months = fiscalYears.flatMap((fy) => fiscalYearMonths(fy, fyStartMonth));
  const startMonth = months[0]!;
  const whatIf = demo.scenarios.find((s) => s.kind === 'what-if');
  const assumptions: DriverAssumption[] = whatIf
    ? [
        {
          id: rng.uuid(),
          scenarioId: whatIf.id,
          driverId: byCode.get('M365-USERS')!.id,
          fromMonth: fiscalYearMonths(fiscalYears[1], fyStartMonth)[0]!,
          annualGrowth: '12',
          note: 'Acquisition of a 200-person subsidiary',
        },
      ]
    : [];
  const serviceId = new Map(demo.services.map((s) => [s.code, s.id]));
  const models: DriverLineModel[] = [];
  for (const scenario of demo.scenarios) {
    const taken = new Set<string>();
    for (const rule of LINE_RULES) {
      const line = demo.budgetLines.find(
        (l) =>
          l.scenarioId === scenario.id &&
          l.serviceId === serviceId.get(rule.service) &&
          l.currency === demo.base &&
          l.expenseType === 'OpEx' &&
          rule.stems.some((stem) => l.description.startsWith(stem)) &&
          !taken.has(l.id),
      );
      if (!line) continue;
      taken.add(line.id);
      const model: DriverLineModel = {
        lineId: line.id,
        driverId: byCode.get(rule.driver)!.id,
        fixedAmount: rule.fixed,
        unitRate: rule.rate,
        escalation: { kind: 'annual-percent', percent: '3' },
        tierSize: rule.tierSize,
        tierAmount: rule.tierAmount,
        startMonth,
        endMonth: null,
      };
      models.push(model);
      line.amounts = costAmounts(
        line,
        model,
        rule.driver,
        values,
        assumptions.filter((a) => a.scenarioId === scenario.id),
        months,
      );
    }
  }
  return { drivers, values, assumptions, models };
}

function costAmounts(
  line: { currency: string },
  model: DriverLineModel,
  code: string,
  values: readonly DriverValue[],
  assumptions: readonly DriverAssumption[],
  months: readonly MonthKey[],
): Record<MonthKey, string> {
  const series = driverSeries({
    driver: code,
    method: 'auto',
    actuals: values.filter((v) => v.driverId === model.driverId),
    plans: [],
    assumptions: assumptions.filter((a) => a.driverId === model.driverId),
    from: months[0]!,
    to: months[months.length - 1]!,
  });
  const cost = lineCost({ ...model, line: code }, series.points, {
    minorUnits: currencyScale(line.currency).minor,
    rounding: 'HALF_UP',
  });
  return Object.fromEntries(cost.filter((c) => c.total !== '0').map((c) => [c.month, c.total]));
}
