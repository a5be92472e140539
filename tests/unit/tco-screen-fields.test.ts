import { describe, expect, it } from 'vitest';
import { demoTcoModels } from '../../src-main/engine/tco';
import {
  alternativeFields,
  applyEdits,
  fieldKey,
  fieldLabel,
  parseYears,
} from '../../src-renderer/features/tco/model-fields';

describe('TCO inputs editor fields', () => {
  const model = demoTcoModels().infrastructure;
  const cloud = model.alternatives.find((a) => a.kind === 'cloud')!;

  it('finds the decimal inputs of an alternative outside its lists, by dotted path', () => {
    const fields = alternativeFields(cloud);
    expect(fields).toContainEqual({ item: cloud.id, field: 'compute.pricePerVmMonth', value: '190' });
    expect(fields).toContainEqual({ item: cloud.id, field: 'compute.reservedCoveragePercent', value: '60' });
    expect(fields.some((f) => ['id', 'name', 'kind'].includes(f.field))).toBe(false);
    expect(fields.some((f) => /^(staff|recurring|oneOffs)/.test(f.field))).toBe(false);
  });

  it('applies edits to the model without changing the original', () => {
    const edits = new Map([
      [fieldKey('model', 'discountRatePercent'), ' 10 '],
      [fieldKey('model', 'years'), '7'],
      [fieldKey(cloud.id, 'compute.pricePerVmMonth'), '150'],
    ]);
    const out = applyEdits(model, edits);
    expect(out.discountRatePercent).toBe('10');
    expect(out.years).toBe(7);
    const c = out.alternatives.find((a) => a.id === cloud.id)!;
    expect(c.kind === 'cloud' && c.compute).toEqual({ ...cloud.compute, pricePerVmMonth: '150' });
    expect(model.discountRatePercent).toBe('8');
    expect(cloud.compute.pricePerVmMonth).toBe('190');
    expect(out.alternatives.filter((a) => a.id !== cloud.id)).toEqual(
      model.alternatives.filter((a) => a.id !== cloud.id),
    );
  });

  it('keeps the saved years when the typed years are not a whole number', () => {
    expect(parseYears('5.5')).toBeNull();
    expect(applyEdits(model, new Map([[fieldKey('model', 'years'), 'x']])).years).toBe(model.years);
  });

  it('label fields in words, with units and acronyms as people write them', () => {
    expect(fieldLabel('facility.pricePerKwh')).toBe('Facility › price per kWh');
    expect(fieldLabel('subscription.escalationPercent')).toBe('Subscription › escalation %');
    expect(fieldLabel('legacy.facility.pue')).toBe('Legacy › facility › PUE');
    expect(fieldLabel('compute.pricePerVmMonth')).toBe('Compute › price per VM month');
  });
});
