import type { FxCurrency, FxRate } from '../../../../src-main/engine/fx';

/** ISO 4217 minor units (ISO 4217:2015, Table A.1). */
export const CURRENCIES: FxCurrency[] = [
  { code: 'USD', minorUnits: 2 },
  { code: 'EUR', minorUnits: 2 },
  { code: 'GBP', minorUnits: 2 },
  { code: 'INR', minorUnits: 2 },
  { code: 'JPY', minorUnits: 0 },
  { code: 'BHD', minorUnits: 3 },
];

/** Monthly rates of a USD-based workbook; August has budget rates only (actuals not in yet). */
export const RATES: FxRate[] = [
  { from: 'EUR', to: 'USD', period: '2026-07', budgetRate: '1.08', actualRate: '1.12' },
  { from: 'GBP', to: 'USD', period: '2026-07', budgetRate: '1.27', actualRate: '1.25' },
  { from: 'USD', to: 'JPY', period: '2026-07', budgetRate: '150', actualRate: '155.5' },
  { from: 'USD', to: 'INR', period: '2026-07', budgetRate: '83.2', actualRate: '83.95' },
  { from: 'USD', to: 'BHD', period: '2026-07', budgetRate: '0.376', actualRate: '0.376' },
  { from: 'EUR', to: 'USD', period: '2026-08', budgetRate: '1.08' },
];
