import { describe, expect, it } from 'vitest';
import { demoTcoModels } from '../../src-main/engine/tco';
import { cellPath, editorKeys, fieldLabel, listsOf, scalarFields } from '../../src-renderer/features/tco/model-fields';
import {
  appendAt,
  fieldName,
  freshAlternativeId,
  removeAt,
  setIn,
  wholeOrText,
} from '../../src-renderer/features/tco/model-paths';
import { newAlternative, newLegacySystem } from '../../src-renderer/features/tco/templates';
import { computeTco } from '../../src-main/engine/tco';

describe('TCO inputs editor fields', () => {
  const model = demoTcoModels().infrastructure;
  const cloud = model.alternatives.find((a) => a.kind === 'cloud')!;
  const erp = demoTcoModels().erp;
  const saas = erp.alternatives.find((a) => a.kind === 'saas')!;

  it('finds the single inputs of an alternative outside its lists, by path', () => {
    const fields = scalarFields(cloud).map((f) => f.field);
    expect(fields).toContain('compute.pricePerVmMonth');
    expect(fields).toContain('compute.reservedCoveragePercent');
    expect(fields.some((f) => ['id', 'name', 'kind'].includes(f))).toBe(false);
    expect(fields.some((f) => /^(staff|recurring|oneOffs)/.test(f))).toBe(false);
    expect(
      scalarFields(saas)
        .filter((f) => f.whole)
        .map((f) => f.field),
    ).toEqual(['goLiveMonth', 'dualRunningMonths']);
  });

  it('edits a list row, appends and removes rows without changing the original model', () => {
    const dc = model.alternatives.findIndex((a) => a.kind === 'data-center');
    const edited = setIn(model, ['alternatives', dc, 'staff', 0, 'fte'], '9');
    expect(edited.alternatives[dc]!.staff![0]!.fte).toBe('9');
    expect(model.alternatives[dc]!.staff![0]!.fte).not.toBe('9');
    const longer = appendAt(model, ['alternatives', dc, 'staff'], {
      name: 'Night shift',
      fte: '2',
      loadedCostPerYear: '5',
    });
    expect(longer.alternatives[dc]!.staff!.at(-1)).toEqual({ name: 'Night shift', fte: '2', loadedCostPerYear: '5' });
    const shorter = removeAt(longer, ['alternatives', dc, 'staff'], longer.alternatives[dc]!.staff!.length - 1);
    expect(shorter).toEqual(model);
  });

  it('removes an optional field left empty, and a group it leaves empty', () => {
    const row = { name: 'x', installed: { units: 2 } };
    expect(setIn(row, ['installed', 'units'], undefined)).toEqual({ name: 'x' });
  });

  it('keeps whole numbers as numbers and anything else as typed, for the engine to refuse', () => {
    expect(wholeOrText('12')).toBe(12);
    expect(wholeOrText('5.5')).toBe('5.5');
  });

  it('names fields as the engine names them in its refusals', () => {
    expect(fieldName(['hardware', 0, 'installed', 'units'])).toBe('hardware[0].installed.units');
    expect(cellPath({ unitCost: { amount: '1', currency: 'EUR' } }, ['hardware'], 3, 'unitCost')).toEqual([
      'hardware',
      3,
      'unitCost',
      'amount',
    ]);
    const keys = editorKeys(erp);
    expect(keys.has(`${saas.id}|subscription.tiers[1].pricePerUserMonth`)).toBe(true);
    expect(keys.has(`${saas.id}|legacy.hardware[0].installed.units`)).toBe(true);
    expect(keys.has('demand|users.start')).toBe(true);
    expect(listsOf(saas).map((l) => fieldName(l.path))).toEqual([
      'subscription.tiers',
      'recurring',
      'staff',
      'oneOffs',
      'legacy.hardware',
      'legacy.recurring',
      'legacy.staff',
      'legacy.oneOffs',
    ]);
  });

  it('adds alternatives of every kind that compute with the demand the model has', () => {
    for (const kind of ['data-center', 'colocation', 'cloud'] as const) {
      const id = freshAlternativeId(model, kind);
      expect(model.alternatives.some((a) => a.id === id)).toBe(false);
      expect(() =>
        computeTco({ ...model, alternatives: [...model.alternatives, newAlternative(kind, id)] }),
      ).not.toThrow();
    }
    const id = freshAlternativeId(erp, 'saas');
    const added = newAlternative('saas', id);
    expect(() => computeTco({ ...erp, alternatives: [...erp.alternatives, added] })).not.toThrow();
    const withLegacy = { ...added, legacy: newLegacySystem() };
    expect(computeTco({ ...erp, alternatives: [withLegacy] }).alternatives[0]!.decommissionMonth).toBe(9);
  });

  it('label fields in words, with units and acronyms as people write them', () => {
    expect(fieldLabel('facility.pricePerKwh')).toBe('Facility › price per kWh');
    expect(fieldLabel('subscription.escalationPercent')).toBe('Subscription › escalation %');
    expect(fieldLabel('legacy.facility.pue')).toBe('Legacy › facility › PUE');
    expect(fieldLabel('compute.pricePerVmMonth')).toBe('Compute › price per VM month');
    expect(fieldLabel('facility.pricePerKwh.amount')).toBe('Facility › price per kWh');
  });
});
