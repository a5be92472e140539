import type { MonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { Driver } from '../../src-shared/model/drivers';
import { D, isPlainDecimal } from '../../src-shared/money';
import { checkCodeFormat } from '../../src-shared/validation/codes';
import type { Sqlite } from '../db/client';
import { FORECAST_METHOD_IDS } from '../engine/forecast/types';
import { findDriver, findDriverByCode } from '../repo/drivers-repo';

const invalid = (message: string, details: Record<string, unknown>) => new AppError('validation', message, details);

/** The driver with this id; 'not-found' (field `field`) otherwise. */
export function requireDriver(db: Sqlite, id: string, field = 'driverId'): Driver {
  const d = findDriver(db, id);
  if (!d) {
    const code = field === 'id' ? 'not-found' : 'validation';
    throw new AppError(code, `${field}: there is no driver with id "${id}".`, { field, id });
  }
  return d;
}

/** A code in the naming standard and not used by another driver (ignoring case). */
export function checkDriverCode(db: Sqlite, code: string, selfId: string | null): void {
  const p = checkCodeFormat(code, 'Driver code');
  if (p) throw invalid(p.message, { field: 'code', code });
  const other = findDriverByCode(db, code);
  if (other && other.id !== selfId) {
    throw new AppError('conflict', `A driver with code "${other.code}" already exists.`, { field: 'code', code });
  }
}

/** 'auto', 'ets', 'none' or one of the forecasting engine's methods. */
export function checkForecastMethod(method: string): void {
  if (method === 'ets' || method === 'none' || (FORECAST_METHOD_IDS as readonly string[]).includes(method)) return;
  throw invalid(`forecastMethod: "${method}" is not none, ets or one of ${FORECAST_METHOD_IDS.join(', ')}.`, {
    field: 'forecastMethod',
  });
}

/** A non-negative quantity as a canonical decimal string; the error names the driver, month and field. */
export function checkQuantity(driver: Driver, month: MonthKey, value: string, index: number): string {
  const v = value.trim().replace(/^\+/, '');
  if (!isPlainDecimal(v)) {
    throw invalid(`Driver ${driver.code}, ${month}: "${value}" is not a number.`, {
      field: `values[${index}].value`,
      month,
    });
  }
  const d = new D(v);
  if (d.isNegative()) {
    throw invalid(`Driver ${driver.code}, ${month}: ${value} is negative (a driver counts units).`, {
      field: `values[${index}].value`,
      month,
    });
  }
  return d.toFixed();
}

/** A growth percentage above −100 %, as a canonical decimal string. */
export function checkGrowth(value: string): string {
  const v = value.trim().replace(/^\+/, '');
  if (!isPlainDecimal(v)) throw invalid(`annualGrowth: "${value}" is not a percentage.`, { field: 'annualGrowth' });
  const d = new D(v);
  if (d.lte(-100)) {
    throw invalid(`annualGrowth: ${value}% would take the driver to zero or below.`, { field: 'annualGrowth' });
  }
  return d.toFixed();
}
