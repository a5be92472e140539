import type { DepreciationMethod } from '../depreciation/types';

/** "5 years", "1 year", "18 months", as an explanation reads. */
export function describeLife(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

/** "straight-line", "150% declining-balance", "double-declining-balance"… */
export function describeMethod(method: DepreciationMethod, decliningBalancePercent?: number): string {
  switch (method) {
    case 'declining-balance':
      return `${decliningBalancePercent ?? 150}% declining-balance`;
    case 'sum-of-the-years-digits':
      return "sum-of-the-years'-digits";
    default:
      return method;
  }
}
