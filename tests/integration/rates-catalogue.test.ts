import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import { dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let b: Basics;

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const vm = { code: 'VM', name: 'Virtual machines', unit: 'vcpu-month' as const, node: 'svc:SVC-HOST' };

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('rates.outlay');
  s = createWorkbook(path, { now: FIXED_NOW });
  b = await seedBasics(s);
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('the service catalogue', () => {
  it('adds and edits a service, each as one undoable command', async () => {
    const { id } = await s.call('rates/save-service', vm);
    expect(await s.call('rates/list-services', {})).toEqual([{ id, ...vm, active: true }]);
    await s.call('rates/save-service', { id, ...vm, name: 'VMs', active: false });
    expect((await s.call('rates/list-services', {}))[0]).toMatchObject({ name: 'VMs', active: false });
    await s.call('journal/undo', {});
    expect((await s.call('rates/list-services', {}))[0]).toMatchObject({ name: 'Virtual machines', active: true });
    await s.call('journal/undo', {});
    expect(await s.call('rates/list-services', {})).toEqual([]);
  });

  it('refuses a code used before, ignoring case, naming the code', async () => {
    await s.call('rates/save-service', vm);
    const e = await refusal(() => s.call('rates/save-service', { ...vm, code: 'vm' }));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('"vm"');
    expect(e.details).toMatchObject({ field: 'code' });
  });

  it('refuses a node that is not a node id or names no dimension of the workbook', async () => {
    const bad = await refusal(() => s.call('rates/save-service', { ...vm, node: 'SVC-HOST' }));
    expect(bad.code).toBe('validation');
    expect(bad.details).toMatchObject({ field: 'node' });
    const unknown = await refusal(() => s.call('rates/save-service', { ...vm, node: 'svc:NOPE' }));
    expect(unknown.message).toContain('names no service');
    const cc = await s.call('rates/save-service', { ...vm, code: 'OPS', node: 'cc:CC-100' });
    expect(cc.id).toBeTruthy();
  });

  it('deletes a service with its usage, and undo brings both back exactly', async () => {
    const { id } = await s.call('rates/save-service', vm);
    await s.call('rates/set-usage', {
      cells: [{ month: '2026-01', departmentId: b.departmentId, serviceId: id, quantity: '12.5' }],
    });
    await s.call('rates/set-capacity', { cells: [{ serviceId: id, month: '2026-01', capacity: '40' }] });
    const before = dumpState(path);
    await s.call('rates/delete-service', { id });
    expect(await s.call('rates/list-services', {})).toEqual([]);
    expect(dumpState(path).service_usage).toEqual([]);
    await s.call('journal/undo', {});
    expect(dumpState(path)).toEqual(before);
  });
});

describe('volumes', () => {
  it('writes a pasted block of usage as one command and clears cells given as empty', async () => {
    const { id } = await s.call('rates/save-service', vm);
    const r = await s.call('rates/set-usage', {
      cells: [
        { month: '2026-01', departmentId: b.departmentId, serviceId: id, quantity: ' 10.50 ' },
        { month: '2026-02', departmentId: b.departmentId, serviceId: id, quantity: '7' },
      ],
    });
    expect(r.changed).toBe(2);
    expect((await s.call('rates/get-volumes', { month: '2026-01' })).usage).toEqual([
      { month: '2026-01', departmentId: b.departmentId, serviceId: id, quantity: '10.5' },
    ]);
    await s.call('rates/set-usage', {
      cells: [{ month: '2026-01', departmentId: b.departmentId, serviceId: id, quantity: '' }],
    });
    expect((await s.call('rates/get-volumes', { month: '2026-01' })).usage).toEqual([]);
  });

  it('refuses a bad quantity naming the business unit, service and month, and writes nothing', async () => {
    const { id } = await s.call('rates/save-service', vm);
    const before = dumpState(path);
    const e = await refusal(() =>
      s.call('rates/set-usage', {
        cells: [
          { month: '2026-01', departmentId: b.departmentId, serviceId: id, quantity: '5' },
          { month: '2026-02', departmentId: b.departmentId, serviceId: id, quantity: 'ten' },
        ],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.message).toBe('Usage of VM by INF in 2026-02: "ten" is not a number.');
    expect(e.details).toMatchObject({ row: 'INF', column: 'VM', month: '2026-02' });
    const negative = await refusal(() =>
      s.call('rates/set-capacity', { cells: [{ serviceId: id, month: '2026-03', capacity: '-1' }] }),
    );
    expect(negative.message).toContain('Capacity of VM in 2026-03');
    expect(dumpState(path)).toEqual(before);
  });
});
