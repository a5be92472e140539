export * from './escalation-types';
export { contractAmountsByFiscalPeriod, contractBillings, escalateContract, type Billing } from './escalate-contract';
export { amountsByFiscalPeriod } from './fiscal-amounts';
export type { FiscalAmounts, FiscalBasis } from './period-accumulator';
export { noticeStatus, type NoticeStatus } from './notice';
export { billingPeriods, type BillingPeriod } from './billing-periods';
