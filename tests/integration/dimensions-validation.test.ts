import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { addLine, FIXED_NOW, seedBasics, tempDir, type Basics } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let b: Basics;

beforeEach(async () => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('dims.outlay'), { now: FIXED_NOW });
  b = await seedBasics(s);
});
afterEach(() => {
  s.close();
  tmp.remove();
});

const saveVendor = (code: string, id?: string) =>
  s.dispatch('dimensions/save', { kind: 'vendor', row: { ...(id ? { id } : {}), code, name: 'Vendor' } });

describe('dimension codes', () => {
  it('refuses a code with a trailing space and names the code', async () => {
    expect(await saveVendor('ACME2 ')).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'Vendor code "ACME2 " has leading or trailing spaces',
        details: { field: 'row.code' },
      },
    });
  });

  it('refuses a code that differs from an existing one only in case', async () => {
    expect(await saveVendor('acme')).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Vendor code "acme" differs only in case from existing "ACME"' },
    });
    const r = await s.dispatch('dimensions/save', {
      kind: 'cost-center',
      row: { code: 'cc-100', name: 'Dup', departmentId: b.departmentId, parentId: null, owner: '' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('"CC-100"') } });
  });

  it('refuses a code outside the naming pattern', async () => {
    for (const code of ['AC ME', '-ACME', 'ACME/1', 'Ä1', 'X'.repeat(33), '']) {
      const r = await saveVendor(code);
      expect(r, code).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'row.code' } } });
    }
  });

  it('lets a row keep its own code when it is edited, also with another case', async () => {
    const r = await saveVendor('Acme', b.vendorId);
    expect(r).toMatchObject({ ok: true, value: { id: b.vendorId } });
    const dims = await s.call('dimensions/get-all', {});
    expect(dims.vendors.map((v) => v.code)).toEqual(['Acme']);
  });

  it('accepts the characters the standard allows', async () => {
    expect(await saveVendor('A.b-c_9')).toMatchObject({ ok: true });
  });
});

describe('dimension references', () => {
  it('refuses a cost center in a department that does not exist, naming the field', async () => {
    const r = await s.dispatch('dimensions/save', {
      kind: 'cost-center',
      row: { code: 'CC-200', name: 'Ghost', departmentId: 'nope', parentId: null, owner: '' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'row.departmentId' } } });
  });

  it('refuses a service whose tower or cost pool does not exist', async () => {
    const r = await s.dispatch('dimensions/save', {
      kind: 'service',
      row: { code: 'SVC-X', name: 'X', towerId: b.towerId, costPoolId: 'missing', owner: '' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'row.costPoolId' } } });
  });

  it('refuses to put a cost center under its own child', async () => {
    const child = await s.call('dimensions/save', {
      kind: 'cost-center',
      row: { code: 'CC-110', name: 'Child', departmentId: b.departmentId, parentId: b.costCenterId, owner: '' },
    });
    const r = await s.dispatch('dimensions/save', {
      kind: 'cost-center',
      row: {
        id: b.costCenterId,
        code: 'CC-100',
        name: 'Servers',
        departmentId: b.departmentId,
        parentId: child.id,
        owner: '',
      },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: { field: 'row.parentId' } } });
  });

  it('refuses to delete a dimension still used by budget lines and says how many', async () => {
    await addLine(s, b, 'one');
    await addLine(s, b, 'two');
    const r = await s.dispatch('dimensions/delete', { kind: 'account', id: b.accountId });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Account "6100" is used by 2 budget lines; reassign or delete those first.' },
    });
    const dep = await s.dispatch('dimensions/delete', { kind: 'department', id: b.departmentId });
    expect(dep).toMatchObject({ ok: false, error: { message: expect.stringContaining('used by 1 cost center') } });
  });

  it('deletes an unused dimension and reports an unknown id as not found', async () => {
    expect(await s.dispatch('dimensions/delete', { kind: 'vendor', id: b.vendorId })).toMatchObject({ ok: true });
    expect(await s.dispatch('dimensions/delete', { kind: 'vendor', id: b.vendorId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists dimensions with the TBM v4 taxonomy and the default currencies', async () => {
    const d = await s.call('dimensions/get-all', {});
    expect(d.towers).toHaveLength(11);
    expect(d.costPools.map((p) => p.name)).toContain('Facilities & Power');
    expect(d.currencies.find((c) => c.code === 'JPY')).toEqual({ code: 'JPY', name: 'Yen', minorUnits: 0 });
    expect(d.costCenters).toEqual([
      {
        id: b.costCenterId,
        code: 'CC-100',
        name: 'Servers',
        departmentId: b.departmentId,
        parentId: null,
        owner: 'Ada',
      },
    ]);
  });
});
