import { z } from 'zod';
import { zOutputRef, type OutputDone } from './files';
import { zFiscalYear, zId } from './schemas';

/** Sheets an export can hold (the budget, its FX rates and the metadata are always written). */
export const EXPORT_SHEET_CHOICES = ['budget', 'summary', 'actuals', 'variance', 'forecast', 'assets', 'tco'] as const;
export type ExportSheetChoice = (typeof EXPORT_SHEET_CHOICES)[number];

/** The result of `excel/export`. */
export interface ExcelExportResult {
  output: OutputDone;
  /** Budget lines written. */
  lines: number;
  /** Sheets written, in tab order (sheet names). */
  sheets: string[];
  /** Money, base currency: the budget's grand total as written (and cached) in the file. */
  total: string;
  baseCurrency: string;
  /** The journal position recorded in the file's metadata. */
  journalSeq: number;
}

/** Export of workbook areas to .xlsx for finance, spread into the one request map in contract.ts. */
export const excelExportContract = {
  /**
   * Write the budget of a scenario and fiscal year as an .xlsx laid out for finance (see
   * src-main/io/excel/layout.ts): the Budget sheet with live totals, subtotals and FX
   * conversions (cached values computed exactly), the FX rates it uses, the requested extra
   * sheets, and the hidden metadata the round-trip import reads. The file appears at `output`
   * only when complete. Reports progress (rows done / total) and stops with 'cancelled',
   * having written nothing, when cancelled. 'not-found' for an unknown scenario; 'validation'
   * when a line's currency has no budget FX rate for a month (naming the currency and month).
   */
  'excel/export': {
    input: z.object({
      scenarioId: zId,
      fiscalYear: zFiscalYear,
      sheets: z.array(z.enum(EXPORT_SHEET_CHOICES)).max(EXPORT_SHEET_CHOICES.length).default(['budget', 'summary']),
      /** Accrual or cash view of the Variance sheet's plan and actuals. */
      basis: z.enum(['accrual', 'cash']).default('accrual'),
      output: zOutputRef,
    }),
    output: null as unknown as ExcelExportResult,
  },
} as const;
