import type { Money } from '../money/money';
import type { MonthKey } from '../calendar/fiscal';
import type { BudgetLine } from './entities';

/** One budget line as the grid shows it for one fiscal year. */
export interface BudgetGridLine extends BudgetLine {
  /** Amounts aligned with BudgetGrid.months; "0" where nothing is budgeted. */
  amounts: Money[];
  total: Money;
  /**
   * Set when the line is costed from a driver: its amounts from `startMonth` to `endMonth`
   * (open: null) are computed and cannot be typed over; they change with the driver model.
   */
  driver?: { code: string; name: string; startMonth: MonthKey; endMonth: MonthKey | null };
  /** Set when a forecast or a TCO result was posted into the line (the amounts stay editable). */
  posted?: { kind: 'forecast' | 'tco'; ref: string; detail: string; postedAt: string };
}

export interface BudgetGrid {
  scenarioId: string;
  fiscalYear: number;
  months: MonthKey[];
  lines: BudgetGridLine[];
}

export interface ScenarioCompareRow {
  key: string;
  costCenterId: string;
  serviceId: string;
  accountId: string;
  vendorId: string | null;
  description: string;
  totalA: Money;
  totalB: Money;
  difference: Money;
}

export interface ScenarioCompare {
  scenarioA: string;
  scenarioB: string;
  fiscalYear: number;
  rows: ScenarioCompareRow[];
  totalA: Money;
  totalB: Money;
  difference: Money;
}
