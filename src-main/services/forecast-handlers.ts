import type { Handlers } from '../../src-shared/ipc/contract';
import type { WorkbookContext } from './context';
import { scenarioForecast } from './forecast-scenario';
import { seriesForecast } from './forecast-series';

type ForecastHandlers = Pick<Handlers, 'forecast/series' | 'forecast/scenario'>;

/** The read-only forecasting channels over one open workbook. */
export function forecastHandlers(ctx: WorkbookContext): ForecastHandlers {
  return {
    'forecast/series': (args) => seriesForecast(ctx, args),
    'forecast/scenario': (args, run) => scenarioForecast(ctx, args, run),
  };
}
