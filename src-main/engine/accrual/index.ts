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
export { ViewsBuilder } from './views-builder';
export type { NormalizedItem as PreparedItem } from './normalize-item';
export { dueDay } from '../../../src-shared/accounting/payment-terms';
export { scheduleItem } from './item-schedule';
export { parsePaymentTerms, type PaymentTerms } from '../../../src-shared/accounting/payment-terms';
