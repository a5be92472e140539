export type {
  AccrualCashViews,
  AccrualPolicy,
  BalanceSeries,
  CostItem,
  Instalment,
  ItemSchedule,
  PeriodSeries,
  PrepaidBalances,
  ViewOptions,
  ViewTotals,
} from './types';
export { buildViews } from './build-views';
export { scheduleItem } from './item-schedule';
export { parsePaymentTerms, type PaymentTerms } from './payment-terms';
