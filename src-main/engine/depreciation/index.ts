export * from './types';
export { depreciationSchedule } from './schedule';
export { lifePeriods } from './life-periods';
export {
  amortizePrepaid,
  type AmortizationBasis,
  type AmortizationRow,
  type PrepaidItem,
} from './prepaid-amortization';
