import { describe, expect, it } from 'vitest';
import type { SeriesForecast } from '../../src-shared/model/forecast';
import { forecastGridRows, gridMonths } from '../../src-renderer/features/forecast/forecast-grid-model';

const mark = (over: Partial<SeriesForecast['history']['marks'][number]> = {}) => ({
  beforeBaseline: false,
  cleaned: false,
  oneOff: null,
  shift: null,
  ...over,
});

/** Five history months (before baseline, cleaned, one-off, shifted, flagged) and two forecast months, one overridden. */
const s: SeriesForecast = {
  scope: { kind: 'total', label: 'All spend' },
  baseCurrency: 'EUR',
  history: {
    months: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'],
    actuals: ['10', '900', '50', '12', '70'],
    values: ['15', '11', '13', '17', '70'],
    anomalies: [
      {
        index: 1,
        month: '2024-02',
        value: '900',
        suggested: '11',
        score: 9,
        reason: '9.0 MADs above',
        accepted: true,
        decision: 'accepted',
      },
      {
        index: 4,
        month: '2024-05',
        value: '70',
        suggested: '14',
        score: 5,
        reason: '5.0 MADs above',
        accepted: false,
        decision: 'undecided',
      },
    ],
    marks: [
      mark({ beforeBaseline: true, shift: '5' }),
      mark({ cleaned: true }),
      mark({ oneOff: 'incident' }),
      mark({ shift: '5' }),
      mark(),
    ],
  },
  forecast: {
    months: ['2024-06', '2024-07'],
    mean: ['20', '999.5'],
    lo80: ['18', '19'],
    hi80: ['22', '23'],
    lo95: ['16', '17'],
    hi95: ['24', '25'],
  },
  overridden: [false, true],
  computed: ['20', '21'],
  requested: 'auto',
  inputs: { method: 'auto', baselineStart: '2024-02', cleanings: [], oneOffs: [], levelShifts: [], overrides: [] },
  method: 'naive',
  params: {},
  accuracy: [],
  notes: [],
  rolling12: [null, null, null, null, null],
  yoy: [null, null, null, null, null],
  forecastRolling12: [null, '12.5'],
  forecastYoy: ['-3.5', null],
};

describe('forecast grid rows', () => {
  const [amount, posted, rolling, yoy] = forecastGridRows(s, 2);

  it('has one column per history then forecast month', () => {
    expect(gridMonths(s).map((m) => `${m.month}:${m.phase}`)).toEqual([
      '2024-01:history',
      '2024-02:history',
      '2024-03:history',
      '2024-04:history',
      '2024-05:history',
      '2024-06:forecast',
      '2024-07:forecast',
    ]);
  });

  it('marks each history month by what was done to it, with the posted value on hover', () => {
    const states = Object.values(amount!.cells).map((c) => c.state);
    expect(states).toEqual(['before-baseline', 'cleaned', 'one-off', 'shifted', 'flagged', 'forecast', 'overridden']);
    expect(amount!.cells['2024-02']!.title).toBe('Cleaned: posted 900.00, replaced by 11.00 (9.0 MADs above)');
    expect(amount!.cells['2024-03']!.title).toBe('One-off (incident): posted 50.00, the baseline uses 13.00');
    expect(amount!.cells['2024-04']!.title).toBe('Level shift 5.00 added (posted 12.00)');
    expect(amount!.cells['2024-05']!.title).toBe('Outlier (5.0 MADs above): expected 14.00');
    expect(amount!.cells['2024-01']!.title).toContain('Before the baseline start');
  });

  it('shows the effective forecast, the override with its computed value and intervals on hover', () => {
    expect(amount!.cells['2024-07']).toEqual({
      value: '999.5',
      state: 'overridden',
      title: 'Overridden (computed 21.00); 80 %: 19.00 – 23.00; 95 %: 17.00 – 25.00',
    });
    expect(amount!.cells['2024-06']!.title).toBe('80 %: 18.00 – 22.00; 95 %: 16.00 – 24.00');
  });

  it('carries the posted values, rolling 12 and YoY rows, the last two continued over the forecast', () => {
    expect(posted!.cells['2024-02']!.value).toBe('900');
    expect(posted!.cells['2024-06']!.value).toBeNull();
    expect(rolling!.cells['2024-07']!.value).toBe('12.5');
    expect(yoy!.cells['2024-06']!.value).toBe('-3.5');
  });
});
