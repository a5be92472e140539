import type {
  AssetEventKind,
  AssetSchedule,
  DepreciationConventionId,
  DepreciationMethodId,
} from '../../../src-shared/model';

/** How accountants name the depreciation methods. */
export const METHOD_LABELS: Record<DepreciationMethodId, string> = {
  'straight-line': 'Straight-line',
  'declining-balance': 'Declining balance',
  'double-declining-balance': 'Double declining balance',
  'sum-of-the-years-digits': "Sum of the years' digits",
  'units-of-production': 'Units of production',
};

/** When depreciation starts in the in-service period. */
export const CONVENTION_LABELS: Record<DepreciationConventionId, string> = {
  'full-month': 'Full month',
  'mid-month': 'Mid-month',
  'half-year': 'Half-year',
  'next-period': 'Next period',
};

/** An asset's status: the schedule's, plus 'planned' for one not yet in service at the year's end. */
export type AssetStatus = AssetSchedule['status'] | 'planned';

export const STATUS_LABELS: Record<AssetStatus, string> = {
  'in-service': 'In service',
  'fully-depreciated': 'Fully depreciated',
  disposed: 'Disposed',
  expensed: 'Expensed',
  planned: 'Not yet in service',
};

export const EVENT_LABELS: Record<AssetEventKind, string> = {
  disposal: 'Disposal',
  impairment: 'Impairment',
  'life-change': 'Change of estimate',
};

/** "5 years", "3 years 6 months", "18 months": a useful life as the policy texts write it. */
export function describeLife(months: number): string {
  if (months < 24 && months % 12 !== 0) return `${months} months`;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const years = `${y} ${y === 1 ? 'year' : 'years'}`;
  return m === 0 ? years : `${years} ${m} ${m === 1 ? 'month' : 'months'}`;
}

/** Options for a select: the ids in their order, labelled. */
export function labelOptions<K extends string>(
  ids: readonly K[],
  labels: Record<K, string>,
): { value: K; label: string }[] {
  return ids.map((value) => ({ value, label: labels[value] }));
}
