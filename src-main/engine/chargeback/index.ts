export * from './types';
export * from './invoice-types';
export { computeRate, recoveredAmount, recoveryReport } from './rates';
export type { RateInput, RateResult, ServiceMonth, RecoveryRow, RecoveryReport } from './rates';
export { whatIfRates, type WhatIfInput, type WhatIfRow } from './what-if';
export { draftRateCard, publishRateCard, currentRateCard, ratesOf } from './rate-cards';
export { buildInvoice } from './invoice';
export { resolveDispute, diffInvoices, reissueInvoice } from './revisions';
export type { DisputeResolution, Transfer, ChangedLine, InvoiceDiff } from './revisions';
