import type { ForecastScenarioBy } from '../../../src-shared/model/forecast';

/** A grouping of the forecast list. */
export type ListBy = Exclude<ForecastScenarioBy, 'line'>;
