/** What an export writes, as plain data: the service loads it, the sheet writers lay it out. */
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import type { Dec, Money } from '../../../src-shared/money';
import type { ExportActual } from './actuals-sheet';
import type { ExportAsset } from './assets-sheet';
import type { ForecastExport } from './forecast-sheet';
import type { TcoExport } from './tco-sheet';
import type { VarianceExport } from './variance-sheet';

/** Sheets an export can hold (the budget, its FX rates and the metadata are always written). */
export type { ExportSheetChoice as ExportSheet } from '../../../src-shared/ipc/excel-export-contract';

/** One budget line with its dimension codes and its amounts per exported month (line currency). */
export interface ExportLine {
  id: string;
  costCenter: string;
  service: string;
  tower: string;
  account: string;
  vendor: string;
  description: string;
  expenseType: 'CapEx' | 'OpEx';
  currency: string;
  amounts: Money[];
}

/** Everything the budget, FX, summary and metadata sheets are built from. */
export interface BudgetExport {
  workbookId: string;
  workbookName: string;
  scenarioId: string;
  scenarioName: string;
  fiscalYear: number;
  months: MonthKey[];
  baseCurrency: string;
  /** Minor units of every currency the export uses. */
  minorUnits: ReadonlyMap<string, number>;
  journalSeq: number;
  exportedAt: string;
  exportedBy: string;
  lines: ExportLine[];
  /**
   * Budget rate into the base currency per foreign currency of the lines, aligned with
   * `months`, already cut to what a cell holds (see cellRate); null for a month without a rate
   * in which no line of the currency has an amount (its cell is left blank).
   */
  rates: ReadonlyMap<string, (Dec | null)[]>;
  /** Names of the cost centers by code. */
  costCenterNames: ReadonlyMap<string, string>;
  /** Plan against actuals, when the Variance sheet is asked for. */
  variance?: VarianceExport;
  /** The fiscal year's posted actuals, when the Actuals sheet is asked for. */
  actuals?: ExportActual[];
  /** The asset register with each asset's position in the year, when the Assets sheet is asked for. */
  assets?: ExportAsset[];
  /** The scenario's forecast by cost center, when the Forecast sheet is asked for. */
  forecast?: ForecastExport;
  /** The saved TCO models' comparisons, when the TCO sheet is asked for. */
  tco?: TcoExport[];
}

/** Progress and cancellation for the writers (rows done over all rows). */
export interface WriteProgress {
  tick(rows: number): Promise<void>;
}
