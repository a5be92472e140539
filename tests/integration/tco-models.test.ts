import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeTco, tornado } from '../../src-main/engine/tco';
import { accountingWorkbook, closeFixture, refused, type AccountingFixture } from './helpers/accounting-fixture';
import { ownServers, publicCloud, smallTcoModel } from './helpers/tco-model';
import { dumpState } from './helpers/workbook-fixture';

let f: AccountingFixture;
beforeEach(async () => (f = await accountingWorkbook('tco.outlay')));
afterEach(() => closeFixture(f));

const undoLabel = async () => (await f.s.call('journal/get-undo-state', {})).undoLabel;

describe('saved TCO models', () => {
  it('are created, listed, replaced, duplicated and deleted, and each step is undone by one undo', async () => {
    const states = [dumpState(f.path)];
    const model = smallTcoModel();
    const { id } = await f.s.call('tco/save', { name: 'Hosting 2026', description: 'First look', model });
    states.push(dumpState(f.path));
    expect(await f.s.call('tco/list', {})).toEqual([
      {
        id,
        name: 'Hosting 2026',
        description: 'First look',
        alternatives: ['Own servers', 'Public cloud'],
        updatedAt: '2026-03-15T10:00:00.000Z',
      },
    ]);
    expect(await f.s.call('tco/get', { id })).toEqual({
      id,
      name: 'Hosting 2026',
      description: 'First look',
      model,
      createdAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });

    const edited = smallTcoModel({ years: 4, alternatives: [publicCloud(), ownServers({ name: 'Rented racks' })] });
    expect((await f.s.call('tco/save', { id, name: 'Hosting plan', model: edited })).id).toBe(id);
    states.push(dumpState(f.path));
    expect(await f.s.call('tco/get', { id })).toMatchObject({ name: 'Hosting plan', description: '', model: edited });

    const copy = await f.s.call('tco/duplicate', { id, name: 'Hosting plan (cheap cloud)' });
    states.push(dumpState(f.path));
    expect((await f.s.call('tco/get', { id: copy.id })).model).toEqual(edited);
    expect((await f.s.call('tco/list', {})).map((m) => [m.name, m.alternatives])).toEqual([
      ['Hosting plan', ['Public cloud', 'Rented racks']],
      ['Hosting plan (cheap cloud)', ['Public cloud', 'Rented racks']],
    ]);

    await f.s.call('tco/delete', { id });
    expect((await f.s.call('tco/list', {})).map((m) => m.id)).toEqual([copy.id]);
    expect(await undoLabel()).toBe('Delete TCO model "Hosting plan"');

    for (const label of [
      'Duplicate TCO model "Hosting plan" as "Hosting plan (cheap cloud)"',
      'Edit TCO model "Hosting plan"',
      'Add TCO model "Hosting 2026"',
    ]) {
      await f.s.call('journal/undo', {});
      expect(dumpState(f.path)).toEqual(states.pop());
      expect(await undoLabel()).toBe(label);
    }
    await f.s.call('journal/undo', {});
    expect(dumpState(f.path)).toEqual(states.pop());
    expect(await f.s.call('tco/list', {})).toEqual([]);
  });

  it('refuses a model the engine rejects with a validation error naming the alternative and field, writing nothing', async () => {
    const bad = smallTcoModel({
      alternatives: [
        ownServers(),
        publicCloud({
          compute: { pricePerVmMonth: '100', reservedCoveragePercent: '120', reservedDiscountPercent: '30' },
        }),
      ],
    });
    const e = await refused(f, 'tco/save', { name: 'Bad', model: bad });
    expect(e).toMatchObject({
      code: 'validation',
      message: 'cloud: compute.reservedCoveragePercent 120 is above 100 %',
      details: { item: 'cloud', field: 'compute.reservedCoveragePercent' },
    });

    const { id } = await f.s.call('tco/save', { name: 'Good', model: smallTcoModel() });
    const replaced = await refused(f, 'tco/save', {
      id,
      name: 'Good',
      model: smallTcoModel({
        alternatives: [ownServers({ facility: { pue: '0.9', pricePerKwh: '0.2', spacePerRackMonth: '1' } })],
      }),
    });
    expect(replaced.details).toEqual({ item: 'dc', field: 'facility.pue' });
    expect((await f.s.call('tco/get', { id })).model).toEqual(smallTcoModel());
  });

  it('refuses a taken name ignoring case, a model it cannot read, a currency the workbook lacks and unknown ids', async () => {
    const { id } = await f.s.call('tco/save', { name: 'Hosting', model: smallTcoModel() });
    expect(await refused(f, 'tco/save', { name: 'HOSTING', model: smallTcoModel() })).toMatchObject({
      code: 'conflict',
      details: { field: 'name' },
    });
    expect(await refused(f, 'tco/duplicate', { id, name: 'hosting' })).toMatchObject({ code: 'conflict' });
    const noCompute = { ...smallTcoModel(), alternatives: [{ id: 'x', name: 'X', kind: 'cloud' }] };
    expect(await refused(f, 'tco/save', { name: 'Half', model: noCompute as never })).toMatchObject({
      code: 'validation',
      message: 'x: compute is missing',
      details: { item: 'x', field: 'compute' },
    });
    const nullStaff = smallTcoModel({ alternatives: [publicCloud({ staff: [null as never] })] });
    expect(await refused(f, 'tco/save', { name: 'Null', model: nullStaff })).toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^model: is not a complete TCO model/),
      details: { item: 'model' },
    });
    expect(await refused(f, 'tco/save', { name: 'Yen', model: smallTcoModel({ currency: 'XYZ' }) })).toMatchObject({
      code: 'validation',
      details: { item: 'model', field: 'currency' },
    });
    expect(await refused(f, 'tco/save', { name: 'Cents', model: smallTcoModel({ minorUnits: 3 }) })).toMatchObject({
      code: 'validation',
      details: { item: 'model', field: 'minorUnits' },
    });
    const unnamed = smallTcoModel({ alternatives: [ownServers({ name: ' ' })] });
    expect(await refused(f, 'tco/save', { name: 'Unnamed', model: unnamed })).toMatchObject({
      code: 'validation',
      details: { item: 'dc', field: 'name' },
    });
    expect(await refused(f, 'tco/save', { id: 'nope', name: 'Other', model: smallTcoModel() })).toMatchObject({
      code: 'not-found',
    });
    expect(await refused(f, 'tco/delete', { id: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await refused(f, 'tco/compute', { id, model: smallTcoModel() })).toMatchObject({ code: 'bad-request' });
    expect(await refused(f, 'tco/compute', {})).toMatchObject({ code: 'bad-request' });
  });

  it('computes a saved model and an unsaved what-if exactly as the engine does', async () => {
    const model = smallTcoModel();
    const { id } = await f.s.call('tco/save', { name: 'Hosting', model });
    const saved = await f.s.call('tco/compute', { id });
    expect(saved).toEqual(computeTco(model));
    expect(saved.alternatives.map((a) => a.id)).toEqual(['dc', 'cloud']);
    expect(saved.breakEven).toHaveLength(2);

    const whatIf = smallTcoModel({ discountRatePercent: '12', years: 5 });
    const r = await f.s.call('tco/compute', { model: whatIf });
    expect(r).toEqual(computeTco(whatIf));
    expect(r.alternatives[0]!.years).toHaveLength(5);
    expect(r.alternatives[0]!.npv).not.toBe(saved.alternatives[0]!.npv);
  });

  it('gives the engine’s tornado for a saved model', async () => {
    const model = smallTcoModel();
    const { id } = await f.s.call('tco/save', { name: 'Hosting', model });
    const metric = { kind: 'npv-difference' as const, base: 'dc', other: 'cloud' };
    const r = await f.s.call('tco/tornado', { id, metric, variationPercent: '10', top: 4 });
    expect(r).toEqual(tornado(model, { metric, variationPercent: '10', top: 4 }));
    expect(r.entries).toHaveLength(4);
    const unknown = await refused(f, 'tco/tornado', { id, metric: { kind: 'npv', alternative: 'mainframe' } });
    expect(unknown).toMatchObject({ code: 'validation', details: { item: 'tornado', field: 'metric' } });
  });
});
