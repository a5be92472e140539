import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { SeriesForecast } from '../../../src-shared/model/forecast';
import { formatMoney } from '../../../src-shared/money';

/** The rows of the forecast grid: the amount fitted / forecast, as posted, rolling 12-month average, YoY growth. */
export type ForecastGridRowKind = 'amount' | 'posted' | 'rolling12' | 'yoy';

/** How a cell of the amount row came about, for its mark and tooltip. */
export type ForecastCellState =
  'actual' | 'flagged' | 'cleaned' | 'one-off' | 'before-baseline' | 'shifted' | 'forecast' | 'overridden';

export interface ForecastGridCell {
  /** Money (or a percentage for YoY), null for an empty cell. */
  value: string | null;
  state: ForecastCellState;
  /** Tooltip text: what was changed, the posted value, the intervals. */
  title: string;
}

export interface ForecastGridRow {
  kind: ForecastGridRowKind;
  label: string;
  cells: Record<MonthKey, ForecastGridCell>;
}

export interface ForecastGridMonth {
  month: MonthKey;
  phase: 'history' | 'forecast';
}

const ROW_LABELS: Record<ForecastGridRowKind, string> = {
  amount: 'Actuals / forecast',
  posted: 'As posted',
  rolling12: 'Rolling 12-mo avg',
  yoy: 'YoY growth %',
};

/** Every month of the grid, history then forecast. */
export function gridMonths(s: SeriesForecast): ForecastGridMonth[] {
  return [
    ...s.history.months.map((month) => ({ month, phase: 'history' as const })),
    ...(s.forecast?.months ?? []).map((month) => ({ month, phase: 'forecast' as const })),
  ];
}

/**
 * The grid's rows for one scope: history months show the values as fitted (cleaned,
 * one-off, before-baseline and shifted months marked, the posted value in the tooltip),
 * forecast months the effective mean (overrides marked, the computed mean and the 80 %
 * and 95 % intervals in the tooltip); then the values as posted, the rolling 12-month
 * average and the year-over-year growth, continued over the forecast.
 */
export function forecastGridRows(s: SeriesForecast, minorUnits: number): ForecastGridRow[] {
  const fmt = (m: string) => formatMoney(m, minorUnits);
  const h = s.history;
  const f = s.forecast;
  const flags = new Map(h.anomalies.map((a) => [a.index, a]));
  const rows: ForecastGridRow[] = (['amount', 'posted', 'rolling12', 'yoy'] as const).map((kind) => ({
    kind,
    label: ROW_LABELS[kind],
    cells: {},
  }));
  const [amount, posted, rolling, yoy] = rows as [ForecastGridRow, ForecastGridRow, ForecastGridRow, ForecastGridRow];
  const plain = (value: string | null): ForecastGridCell => ({ value, state: 'actual', title: '' });

  h.months.forEach((m, i) => {
    const mark = h.marks[i];
    const flag = flags.get(i);
    const was = `posted ${fmt(h.actuals[i]!)}`;
    let state: ForecastCellState = 'actual';
    const title: string[] = [];
    if (mark?.beforeBaseline) {
      state = 'before-baseline';
      title.push('Before the baseline start: not fitted');
    }
    if (mark?.oneOff != null) {
      state = 'one-off';
      title.push(`One-off (${mark.oneOff}): ${was}, the baseline uses ${fmt(h.values[i]!)}`);
    } else if (mark?.cleaned) {
      state = 'cleaned';
      title.push(`Cleaned: ${was}, replaced by ${fmt(h.values[i]!)}${flag ? ` (${flag.reason})` : ''}`);
    } else if (flag) {
      if (state === 'actual') state = 'flagged';
      title.push(`Outlier (${flag.reason}): expected ${fmt(flag.suggested)}`);
    }
    if (mark?.shift != null) {
      if (state === 'actual') state = 'shifted';
      title.push(`Level shift ${fmt(mark.shift)} added (${was})`);
    }
    amount.cells[m] = { value: h.values[i]!, state, title: title.join('; ') };
    posted.cells[m] = plain(h.actuals[i]!);
    rolling.cells[m] = plain(s.rolling12[i] ?? null);
    yoy.cells[m] = plain(s.yoy[i] ?? null);
  });
  f?.months.forEach((m, j) => {
    const bands = `80 %: ${fmt(f.lo80[j]!)} – ${fmt(f.hi80[j]!)}; 95 %: ${fmt(f.lo95[j]!)} – ${fmt(f.hi95[j]!)}`;
    const over = s.overridden[j] === true;
    amount.cells[m] = {
      value: f.mean[j]!,
      state: over ? 'overridden' : 'forecast',
      title: over ? `Overridden (computed ${fmt(s.computed[j]!)}); ${bands}` : bands,
    };
    posted.cells[m] = { value: null, state: 'forecast', title: '' };
    rolling.cells[m] = { value: s.forecastRolling12[j] ?? null, state: 'forecast', title: '' };
    yoy.cells[m] = { value: s.forecastYoy[j] ?? null, state: 'forecast', title: '' };
  });
  return rows;
}
