import { describe, expect, it } from 'vitest';
import { computeTco, demoTcoModels } from '../../src-main/engine/tco';
import { ApiCallError } from '../../src-renderer/api/client';
import { breakEvenText } from '../../src-renderer/features/tco/break-even';
import { editorKeys } from '../../src-renderer/features/tco/model-fields';
import { refusalAt } from '../../src-renderer/features/tco/refusal';

describe('TCO screen texts', () => {
  const model = demoTcoModels().infrastructure;
  const result = computeTco(model);

  it('says in which month one alternative breaks even against another, or never', () => {
    const names = new Map(result.alternatives.map((a) => [a.id, a.name]));
    for (const b of result.breakEven) {
      expect(breakEvenText(result, b.cheaper, b.than)).toBe(
        `${names.get(b.cheaper)} breaks even against ${names.get(b.than)} ${b.monthLabel ? `in ${b.monthLabel}` : 'never'}`,
      );
    }
    expect(result.breakEven.some((b) => b.monthLabel === null)).toBe(true);
  });

  it('puts a refusal at the field it names when the editor shows that field, elsewhere otherwise', () => {
    const shown = editorKeys(model);
    const at = (details: Record<string, unknown>) =>
      refusalAt(new ApiCallError('tco/save', { code: 'validation', message: 'bad', details }), shown);
    expect(at({ item: 'cloud', field: 'compute.reservedCoveragePercent' })).toEqual({
      fields: new Map([['cloud|compute.reservedCoveragePercent', 'bad']]),
      other: null,
    });
    expect(at({ item: 'model', field: 'discountRatePercent' }).fields.has('model|discountRatePercent')).toBe(true);
    expect(at({ item: 'dc', field: 'hardware[0].capacityPerUnit' })).toEqual({
      fields: new Map([['dc|hardware[0].capacityPerUnit', 'bad']]),
      other: null,
    });
    expect(at({ item: 'model', field: 'alternatives' })).toEqual({ fields: new Map(), other: 'bad' });
    expect(at({ field: 'name' })).toEqual({ fields: new Map(), other: 'bad' });
    expect(refusalAt(null, shown)).toEqual({ fields: new Map(), other: null });
  });
});
