import { parseMonthKey, type MonthKey } from '../calendar/fiscal';

export interface SeasonalProfile {
  id: string;
  name: string;
  /** Twelve non-negative weights in fiscal-period order for the given months. */
  weights(months: readonly MonthKey[]): number[];
}

/** Weights by calendar month (Jan … Dec), turned into fiscal-period order. */
const byCalendarMonth = (jan2dec: readonly number[]) => (months: readonly MonthKey[]) =>
  months.map((m) => jan2dec[parseMonthKey(m).month - 1]!);

/** Seasonal spreading presets offered by the spread tool; the user may edit the weights. */
export const SEASONAL_PROFILES: readonly SeasonalProfile[] = [
  { id: 'flat', name: 'Flat', weights: (months) => months.map(() => 1) },
  {
    id: 'retail-q4',
    name: 'Retail Q4-heavy (Oct–Dec)',
    weights: byCalendarMonth([6, 6, 7, 7, 7, 7, 7, 7, 8, 11, 13, 14]),
  },
  {
    id: 'fy-end',
    name: 'Fiscal year-end heavy',
    weights: (months) => months.map((_, i) => [6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 12, 14][i] ?? 1),
  },
  {
    id: 'quarter-end',
    name: 'Quarter-end heavy',
    weights: (months) => months.map((_, i) => (i % 3 === 2 ? 2 : 1)),
  },
  {
    id: 'summer-dip',
    name: 'Summer dip (Jul–Aug)',
    weights: byCalendarMonth([9, 9, 9, 9, 9, 8, 6, 6, 9, 9, 9, 8]),
  },
];
