import type { MonthKey } from '../calendar/fiscal';
import type { Money } from '../money/money';
import type { EscalationRuleSpec } from './accounting';

/**
 * How a driver's months without a plan value are forecast from its actuals: 'auto'
 * (exponential-smoothing selection by AICc; 'ets' is read the same way), a forecasting
 * method id, or 'none' to hold the last actual value.
 */
export type DriverForecastMethod = string;

/** A business driver of cost (headcount, users, devices, storage TB…). */
export interface Driver {
  id: string;
  code: string;
  name: string;
  /** What one unit is ("user", "TB"). */
  unit: string;
  description: string;
  forecastMethod: DriverForecastMethod;
  createdAt: string;
}

/** One stored monthly value: history ('actual') or an entered future value ('plan'). Quantity as a decimal string. */
export interface DriverValue {
  driverId: string;
  month: MonthKey;
  kind: 'actual' | 'plan';
  value: string;
}

/** A scenario's growth of a driver from a month on: annualGrowth percent a year ("8" = +8 %/yr). */
export interface DriverAssumption {
  id: string;
  scenarioId: string;
  driverId: string;
  fromMonth: MonthKey;
  annualGrowth: string;
  note: string;
}

/**
 * How a budget line is costed from a driver, per month, in the line's currency:
 * fixedAmount + unitRate (escalated) × driver + tierAmount × ceil(driver / tierSize).
 */
export interface DriverLineModel {
  lineId: string;
  driverId: string;
  /** Money per month, line currency. */
  fixedAmount: Money;
  /** Money per driver unit per month, line currency (may have more decimals than the currency). */
  unitRate: string;
  escalation: EscalationRuleSpec;
  /** Units per tier (a new tier every N units), or null for no step. */
  tierSize: string | null;
  /** Money per started tier per month, or null. */
  tierAmount: Money | null;
  startMonth: MonthKey;
  endMonth: MonthKey | null;
}

/** One month of a driver's series for a scenario. Quantities are decimal strings, 4 decimals at most. */
export interface DriverSeriesPoint {
  month: MonthKey;
  actual: string | null;
  plan: string | null;
  /** The statistical forecast (or held value) for months after the last actual; null otherwise. */
  forecast: string | null;
  /** The value the lines use: the actual, else the plan or forecast grown by the scenario's assumptions. */
  value: string;
  source: 'actual' | 'plan' | 'forecast' | 'none';
}

/** A driver with its series over the requested months. */
export interface DriverSeriesView {
  driver: Driver;
  /** The method that produced the forecast (for 'auto', the one chosen) and its caveats. */
  method: string;
  notes: string[];
  points: DriverSeriesPoint[];
}

/** One month of a driver-based line's cost: Money strings in the line's currency, total = fixed + variable + step. */
export interface DriverLineCostMonth {
  month: MonthKey;
  driverValue: string;
  unitRate: string;
  fixed: Money;
  variable: Money;
  step: Money;
  total: Money;
}

export interface DriverLineCostView {
  model: DriverLineModel;
  lineDescription: string;
  currency: string;
  driverCode: string;
  months: DriverLineCostMonth[];
  totals: { fixed: Money; variable: Money; step: Money; total: Money };
}

/** The drivers screen's read: a scenario's drivers, assumptions and driver-based lines over one fiscal year. */
export interface DriversView {
  scenarioId: string;
  fiscalYear: number;
  months: MonthKey[];
  drivers: DriverSeriesView[];
  assumptions: DriverAssumption[];
  lines: DriverLineCostView[];
}
