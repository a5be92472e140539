import type { ForecastScenarioBy } from '../../../src-shared/model/forecast';

/** A grouping of the forecast list. */
export type ListBy = Exclude<ForecastScenarioBy, 'line'>;

/** Toggle one index in a sorted list of accepted outlier indices. */
export function toggleAccepted(accepted: readonly number[], index: number, on: boolean): number[] {
  const rest = accepted.filter((i) => i !== index);
  return on ? [...rest, index].sort((a, b) => a - b) : rest;
}
