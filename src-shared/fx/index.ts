export * from './fx-paste';
export * from './missing-rates';
export { detectDecimalSeparator, parseMonthCell, parseRateCell, parseCurrencyCell } from './paste-cells';
