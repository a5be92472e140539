import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let b: Basics;

beforeAll(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('rename.outlay'), { now: FIXED_NOW, userName: 'ann' });
  b = await seedBasics(s);
  const drv = await s.call('allocation/save-driver', { code: 'HEADCOUNT', name: 'Employees', unit: 'FTE' });
  await s.call('allocation/set-driver-values', {
    driverId: drv.id,
    period: '',
    values: [
      { target: 'bu:INF', quantity: '30' },
      { target: 'cc:CC-100', quantity: '5' },
    ],
  });
  await s.call('allocation/save-rule', {
    name: 'Hosting actuals to the hosting service',
    source: { kind: 'match', dims: { origin: 'gl', service: 'SVC-HOST' } },
    method: { kind: 'even', targets: ['svc:SVC-HOST'] },
    enabled: true,
    note: '',
  });
  await s.call('allocation/save-rule', {
    name: 'Hosting by headcount',
    source: { kind: 'node', node: 'svc:SVC-HOST' },
    method: {
      kind: 'percent',
      shares: [
        { target: 'bu:INF', percent: '60' },
        { target: 'cc:CC-100', percent: '40' },
      ],
    },
    enabled: true,
    note: '',
  });
  await s.call('rates/save-service', {
    code: 'VM',
    name: 'VMs',
    unit: 'vcpu-month',
    node: 'svc:SVC-HOST',
    active: true,
  });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

const state = async () => ({
  rules: (await s.call('allocation/list-rules', {})).map((r) => ({ source: r.source, method: r.method })),
  values: (await s.call('allocation/list-drivers', {}))[0]!.values.map((v) => v.target).sort(),
  nodes: (await s.call('rates/list-services', {})).map((x) => x.node),
});

describe('renaming a code that allocation and rates refer to', () => {
  it('renames the node in rules, driver quantities and the catalogue in the same undoable command', async () => {
    const before = await state();
    const dims = await s.call('dimensions/get-all', {});
    const svc = dims.services.find((x) => x.id === b.serviceId)!;
    const cc = dims.costCenters.find((x) => x.id === b.costCenterId)!;
    const dep = dims.departments.find((x) => x.id === b.departmentId)!;
    await s.call('dimensions/save', { kind: 'service', row: { ...svc, code: 'SVC-HOSTING' } });
    await s.call('dimensions/save', { kind: 'cost-center', row: { ...cc, code: 'CC-101' } });
    await s.call('dimensions/save', { kind: 'department', row: { ...dep, code: 'INFRA' } });

    const after = await state();
    expect(after.rules).toEqual([
      {
        source: { kind: 'match', dims: { origin: 'gl', service: 'SVC-HOSTING' } },
        method: { kind: 'even', targets: ['svc:SVC-HOSTING'] },
      },
      {
        source: { kind: 'node', node: 'svc:SVC-HOSTING' },
        method: {
          kind: 'percent',
          shares: [
            { target: 'bu:INFRA', percent: '60' },
            { target: 'cc:CC-101', percent: '40' },
          ],
        },
      },
    ]);
    expect(after.values).toEqual(['bu:INFRA', 'cc:CC-101']);
    expect(after.nodes).toEqual(['svc:SVC-HOSTING']);

    for (let i = 0; i < 3; i++) await s.call('journal/undo', {});
    expect(await state()).toEqual(before);
  });
});
