export * from './calendar-types';
export * from './fiscal';
export * from './iso-date';
export { createFiscalCalendar, fiscalYearBounds, periodsBetween } from './fiscal-calendar';
export { periodKey } from './calendar-month-periods';
