import type {
  Account,
  Actual,
  BudgetLine,
  CostCenter,
  Department,
  Scenario,
  Service,
  Vendor,
  WorkbookSettings,
} from '../../src-shared/model';
import type { Money } from '../../src-shared/money';
import type { MonthKey } from '../../src-shared/calendar/fiscal';

/** Services in generated data name their TBM tower and cost pool by code (TW-…, CP-…). */
export type DemoService = Omit<Service, 'towerId' | 'costPoolId'> & { towerCode: string; costPoolCode: string };

/** Plain data for a whole workbook, as the generator makes it; written in one command. */
export interface DemoData {
  settings: WorkbookSettings;
  departments: Department[];
  costCenters: CostCenter[];
  services: DemoService[];
  accounts: Account[];
  vendors: Vendor[];
  scenarios: Scenario[];
  budgetLines: (BudgetLine & { amounts: Record<MonthKey, Money> })[];
  actuals: Actual[];
}

export interface DemoOptions {
  seed: number;
  /** Budget lines per scenario and fiscal year (default ~600). */
  lines?: number;
  currency?: string;
  fyStartMonth?: number;
  /** "Today" for the generator: budgets for the fiscal year containing it and the next; 36 months of actuals before it. */
  asOf: string;
  userName?: string;
  name?: string;
  /** Add a what-if scenario copied from the baseline (default true); it doubles the line count. */
  whatIf?: boolean;
  /** Share of lines billed in a vendor's home currency rather than the base currency (default 0.03). */
  foreignShare?: number;
}
