import { describe, expect, it } from 'vitest';
import { createFiscalCalendar } from '../../../../src-shared/calendar';
import { depreciationSchedule, lifePeriods } from '../../../../src-main/engine/depreciation';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { asset } from './fixtures';

const calendar = createFiscalCalendar({ kind: 'calendar-months', startMonth: 4 });

describe('the periods an asset needs', () => {
  it('run from the in-service period past the end of life', () => {
    const a = asset({ inServiceDate: '2026-05-20', convention: 'half-year' });
    const spans = lifePeriods(calendar, a);
    expect(spans[0]!.start).toBe('2026-05-01');
    const s = depreciationSchedule(a, spans);
    expect(s.status).toBe('fully-depreciated');
  });

  it('stretch to a longer life set by a change of estimate, and to the last event', () => {
    const a = asset({
      inServiceDate: '2026-05-20',
      usefulLifeMonths: 24,
      events: [
        { kind: 'life-change', date: '2027-01-10', remainingLifeMonths: 60 },
        { kind: 'disposal', date: '2031-08-01' },
      ],
    });
    const s = depreciationSchedule(a, lifePeriods(calendar, a));
    expect(s.status).toBe('disposed');
    expect(s.rows.at(-1)!.period).toBe('FY2032-P05');
  });

  it('refuse an asset without a usable in-service date', () => {
    expect(() => lifePeriods(calendar, asset({ inServiceDate: 'soon' }))).toThrow(EngineInputError);
  });
});
