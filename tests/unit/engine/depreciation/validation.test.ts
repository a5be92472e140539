import { describe, expect, it } from 'vitest';
import type { FiscalPeriodSpan } from '../../../../src-shared/calendar/calendar-types';
import { depreciationSchedule, type DepreciableAsset } from '../../../../src-main/engine/depreciation';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { asset, monthPeriods } from './fixtures';

const periods = monthPeriods('2026-01-01', '2032-12-31');

function errorOf(a: DepreciableAsset, spans: readonly FiscalPeriodSpan[] = periods): EngineInputError {
  try {
    depreciationSchedule(a, spans);
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('expected an EngineInputError');
}

describe('asset validation', () => {
  it.each([
    ['a negative useful life', { usefulLifeMonths: -12 }, 'usefulLifeMonths'],
    ['a useful life of zero', { usefulLifeMonths: 0 }, 'usefulLifeMonths'],
    ['a useful life in part months', { usefulLifeMonths: 12.5 }, 'usefulLifeMonths'],
    ['a negative cost', { cost: '-100' }, 'cost'],
    ['a cost typed with a thousands separator', { cost: '1,000' }, 'cost'],
    ['a cost with more decimals than the currency has', { cost: '100.5', minorUnits: 0 }, 'cost'],
    ['a negative salvage', { salvage: '-1' }, 'salvage'],
    ['an unknown method', { method: 'double-entry' as never }, 'method'],
    ['an unknown convention', { convention: 'mid-quarter' as never }, 'convention'],
    ['an impossible in-service date', { inServiceDate: '2026-02-30' }, 'inServiceDate'],
    ['an in-service date outside the periods', { inServiceDate: '2035-01-01' }, 'inServiceDate'],
    ['a currency with 7 decimals', { minorUnits: 7 }, 'minorUnits'],
    [
      'a declining-balance percent of zero',
      { method: 'declining-balance', decliningBalancePercent: 0 },
      'decliningBalancePercent',
    ],
    ['a missing id', { id: '' }, 'id'],
  ] as const)('refuses %s, naming the field', (_what, overrides, field) => {
    const e = errorOf(asset(overrides as Partial<DepreciableAsset>));
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
    if (field !== 'id') expect(e).toMatchObject({ item: 'A-1' });
  });

  it('refuses a salvage value above cost, naming the asset and both amounts', () => {
    const e = errorOf(asset({ id: 'SRV-042', name: 'Dell R760', cost: '500', salvage: '600' }));
    expect(e).toMatchObject({ item: 'SRV-042', field: 'salvage' });
    expect(e.message).toBe('asset SRV-042 "Dell R760": salvage 600 is above the cost 500');
  });

  it('refuses a period list with a gap, naming the period', () => {
    const gap = [...periods.slice(0, 3), ...periods.slice(4)];
    const e = errorOf(asset({}), gap);
    expect(e).toMatchObject({ item: periods[4]!.key, field: 'start' });
  });

  it('refuses an empty period list', () => {
    expect(errorOf(asset({}), [])).toMatchObject({ field: 'periods' });
  });

  it('reports the periods running out before the end of life as still in service', () => {
    const s = depreciationSchedule(asset({ inServiceDate: '2032-01-01' }), periods);
    expect(s.status).toBe('in-service');
    expect(s.rows).toHaveLength(12);
    expect(s.rows.at(-1)!.netBookValue).toBe('9600');
  });
});
