import type { Handlers } from '../../src-shared/ipc/contract';
import { accountingSettingsHandlers } from './accounting-settings-handlers';
import { summaryHandlers } from './accounting-summary';
import { assetHandlers } from './asset-handlers';
import { budgetHandlers } from './budget-handlers';
import { committedHandlers } from './committed-handlers';
import type { WorkbookContext } from './context';
import { contractHandlers } from './contract-handlers';
import { costItemHandlers } from './cost-item-handlers';
import { dimensionHandlers } from './dimension-handlers';
import { forecastHandlers } from './forecast-handlers';
import { fxHandlers } from './fx-handlers';
import { journalHandlers } from './journal-handlers';
import { scenarioHandlers } from './scenario-handlers';
import { tcoHandlers } from './tco-handlers';
import { workbookHandlers } from './workbook-handlers';
import { forecastInputHandlers } from './forecast-input-handlers';
import { driverHandlers } from './driver-handlers';
import { postingHandlers } from './posting-handlers';
import { postForecast } from './post-forecast';
import { excelExportHandlers } from './excel-export-handlers';
import { importChangesHandlers } from './import-changes-handlers';
import { mappedImportHandlers } from './mapped-import-handlers';
import { filesHandlers } from './files-handlers';
import { billingImportHandlers } from './billing-import-handlers';
import { cloudCostsHandlers } from './cloud-costs-handlers';
import { allocationHandlers } from './allocation-handlers';
import { ratesHandlers } from './rates-handlers';
import { chargebackHandlers } from './chargeback-handlers';

/** Every channel of the contract, implemented over one open workbook. */
export function createHandlers(ctx: WorkbookContext): Handlers {
  return {
    ...workbookHandlers(ctx),
    ...dimensionHandlers(ctx),
    ...scenarioHandlers(ctx),
    ...budgetHandlers(ctx),
    ...journalHandlers(ctx),
    ...accountingSettingsHandlers(ctx),
    ...assetHandlers(ctx),
    ...contractHandlers(ctx),
    ...costItemHandlers(ctx),
    ...fxHandlers(ctx),
    ...summaryHandlers(ctx),
    ...committedHandlers(ctx),
    ...forecastHandlers(ctx),
    ...tcoHandlers(ctx),
    ...forecastInputHandlers(ctx),
    ...driverHandlers(ctx),
    ...postingHandlers(ctx),
    'posting/post-forecast': (args, run) => postForecast(ctx, args, run),
    ...excelExportHandlers(ctx),
    ...importChangesHandlers(ctx),
    ...mappedImportHandlers(ctx),
    ...filesHandlers(ctx),
    ...billingImportHandlers(ctx),
    ...cloudCostsHandlers(ctx),
    ...allocationHandlers(ctx),
    ...ratesHandlers(ctx),
    ...chargebackHandlers(ctx),
  } satisfies Handlers;
}
