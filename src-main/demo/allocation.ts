import type { AllocationRuleRecord, DriverQuantity } from '../../src-shared/model/allocation';
import { Prng } from './prng';

/** Demo driver tables, their every-month quantities and an ordered rule set, ready to store. */
export interface DemoAllocation {
  drivers: { id: string; code: string; name: string; unit: string }[];
  values: (DriverQuantity & { driverId: string })[];
  rules: AllocationRuleRecord[];
}

/** The shared services the demo passes on by step-down, and the driver each is split by. */
const NETWORK_LAN = 'SVC-NET-LAN';
const NETWORK_WAN = 'SVC-NET-WAN';
const SECURITY_OPS = 'SVC-SEC-SOC';
/** Services the demo's rate card recovers (src-main/demo/rates.ts): their cost stays on the service node. */
const RATED = ['SVC-COMP-VM', 'SVC-STOR-SAN', 'SVC-EU-LAPTOP', 'SVC-EU-DESK'];

/**
 * A realistic allocation set-up for the demo organisation: headcount, users and tickets
 * per business unit (departments), tickets also for the two network services; rules that
 * pool the network and security operations actuals into their service nodes, send the
 * actuals of the services the demo rate card prices into their nodes (held there and
 * recovered by rates), the rest of the GL to its cost center, split untagged cloud spend evenly over the business
 * units and assign tagged cloud spend by its CostCenter tag, then step down: security
 * operations to the network services and the business by tickets, LAN by users, WAN by
 * headcount. Deterministic for a seed. Not wired into the generator.
 */
export function generateAllocation(
  data: { departments: readonly { code: string }[]; services: readonly { code: string }[] },
  seed = 1,
): DemoAllocation {
  const rng = new Prng(seed);
  const units = data.departments.map((d) => `bu:${d.code}`);
  const has = new Set(data.services.map((s) => s.code));
  for (const code of [NETWORK_LAN, NETWORK_WAN, SECURITY_OPS]) {
    if (!has.has(code)) throw new Error(`The demo allocation needs service ${code}`);
  }
  const drivers = [
    { id: 'demo-drv-headcount', code: 'HEADCOUNT', name: 'Employees per business unit', unit: 'FTE' },
    { id: 'demo-drv-users', code: 'USERS', name: 'Network users per business unit', unit: 'user' },
    { id: 'demo-drv-tickets', code: 'TICKETS', name: 'Security tickets per month', unit: 'ticket' },
  ];
  const values: DemoAllocation['values'] = [];
  for (const target of units) {
    const heads = rng.int(40, 400);
    values.push({ driverId: 'demo-drv-headcount', period: '', target, quantity: String(heads) });
    values.push({ driverId: 'demo-drv-users', period: '', target, quantity: String(heads + rng.int(0, 60)) });
    values.push({ driverId: 'demo-drv-tickets', period: '', target, quantity: String(rng.int(10, 120)) });
  }
  for (const svc of [NETWORK_LAN, NETWORK_WAN]) {
    values.push({ driverId: 'demo-drv-tickets', period: '', target: `svc:${svc}`, quantity: String(rng.int(20, 80)) });
  }
  const rule = (
    name: string,
    source: AllocationRuleRecord['source'],
    method: AllocationRuleRecord['method'],
  ): AllocationRuleRecord => ({ id: '', position: 0, name, source, method, enabled: true, note: '' });
  const rules = [
    rule(
      'LAN actuals to the LAN service',
      { kind: 'match', dims: { origin: 'gl', service: NETWORK_LAN } },
      {
        kind: 'even',
        targets: [`svc:${NETWORK_LAN}`],
      },
    ),
    rule(
      'WAN actuals to the WAN service',
      { kind: 'match', dims: { origin: 'gl', service: NETWORK_WAN } },
      {
        kind: 'even',
        targets: [`svc:${NETWORK_WAN}`],
      },
    ),
    rule(
      'Security operations actuals to their service',
      { kind: 'match', dims: { origin: 'gl', service: SECURITY_OPS } },
      {
        kind: 'even',
        targets: [`svc:${SECURITY_OPS}`],
      },
    ),
    ...RATED.filter((code) => has.has(code)).map((code) =>
      rule(
        `${code} actuals to the service (recovered by its rate)`,
        { kind: 'match', dims: { origin: 'gl', service: code } },
        { kind: 'even', targets: [`svc:${code}`] },
      ),
    ),
    rule(
      'Other GL actuals to their cost center',
      { kind: 'match', dims: { origin: 'gl' } },
      {
        kind: 'direct',
        key: 'costCenter',
        nodeKind: 'cc',
      },
    ),
    rule('Untagged cloud spend, evenly', { kind: 'untagged', key: 'tag:CostCenter' }, { kind: 'even', targets: units }),
    rule(
      'Cloud spend by CostCenter tag',
      { kind: 'match', dims: { origin: 'cloud' } },
      {
        kind: 'direct',
        key: 'tag:CostCenter',
        nodeKind: 'cc',
      },
    ),
    rule(
      'Security operations by tickets',
      { kind: 'node', node: `svc:${SECURITY_OPS}` },
      {
        kind: 'driver',
        driver: 'TICKETS',
      },
    ),
    rule('LAN by users', { kind: 'node', node: `svc:${NETWORK_LAN}` }, { kind: 'driver', driver: 'USERS' }),
    rule('WAN by headcount', { kind: 'node', node: `svc:${NETWORK_WAN}` }, { kind: 'driver', driver: 'HEADCOUNT' }),
  ].map((r, position) => ({ ...r, id: `demo-rule-${position + 1}`, position }));
  return { drivers, values, rules };
}
