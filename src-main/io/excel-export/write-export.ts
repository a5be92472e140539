/**
 * Write an export to a file with exceljs's streaming writer: rows go to the zip as they are
 * made, so memory stays flat for large budgets. Progress counts rows over every sheet; a
 * cancelled export stops between rows and leaves its partial file for the caller to remove.
 */
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Money } from '../../../src-shared/money';
import { BUDGET_SHEET } from '../excel/layout';
import { ACTUALS_SHEET, writeActualsSheet } from './actuals-sheet';
import { ASSETS_SHEET, writeAssetsSheet } from './assets-sheet';
import { FORECAST_SHEET, writeForecastSheet } from './forecast-sheet';
import { TCO_SHEET, writeTcoSheet } from './tco-sheet';
import { writeBudgetSheet } from './budget-sheet';
import type { BudgetExport, ExportSheet, WriteProgress } from './export-model';
import { FX_SHEET, fxLayout, writeFxSheet } from './fx-sheet';
import { writeMetaSheet } from './meta-sheet';
import { SUMMARY_SHEET, writeSummarySheet } from './summary-sheet';
import { VARIANCE_SHEET, writeVarianceSheet } from './variance-sheet';
import { StreamingTables } from './xlsx-table';

/** Progress and cancellation of one export. */
export interface ExportRun {
  progress(done: number, total: number, label?: string): void;
  readonly signal: AbortSignal | undefined;
}

/** Rows between progress reports and pauses that let the zip stream drain. */
const BATCH = 500;

/** The number of rows `writeExport` reports progress over. */
export function exportRowCount(data: BudgetExport): number {
  return data.lines.length * 2 + (data.actuals?.length ?? 0);
}

/**
 * Write `data` as an .xlsx at `path` with the sheets asked for (the budget, FX rates and
 * metadata always). Throws AppError 'cancelled' when `run.signal` aborts.
 */
export async function writeExport(
  path: string,
  data: BudgetExport,
  sheets: readonly ExportSheet[],
  run: ExportRun,
): Promise<{ total: Money; sheets: string[] }> {
  const file = createWriteStream(path);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  wb.creator = 'Outlay';
  const tables = new StreamingTables(wb);
  const total = exportRowCount(data);
  let done = 0;
  let sinceYield = 0;
  const cancelled = () => new AppError('cancelled', 'The export was cancelled; no file was written.');
  const progress: WriteProgress = {
    async tick(rows) {
      done += rows;
      sinceYield += rows;
      if (sinceYield < BATCH) return;
      sinceYield = 0;
      run.progress(done, total, 'Writing rows');
      await new Promise((r) => setImmediate(r));
      if (run.signal?.aborted) throw cancelled();
    },
  };
  try {
    if (run.signal?.aborted) throw cancelled();
    run.progress(0, total, 'Writing rows');
    // Tabs appear in the order sheets are added; the FX rates come after the sheets using them.
    const fx = fxLayout(data);
    const budget = await writeBudgetSheet(wb, tables, data, fx, progress);
    const names = [BUDGET_SHEET];
    if (sheets.includes('summary')) {
      writeSummarySheet(wb, tables, data, budget);
      names.push(SUMMARY_SHEET);
    }
    if (sheets.includes('actuals') && data.actuals) {
      await writeActualsSheet(wb, tables, data, data.actuals, progress);
      names.push(ACTUALS_SHEET);
    }
    if (sheets.includes('variance') && data.variance) {
      writeVarianceSheet(wb, tables, data, data.variance);
      names.push(VARIANCE_SHEET);
    }
    if (sheets.includes('forecast') && data.forecast) {
      writeForecastSheet(wb, tables, data, data.forecast);
      names.push(FORECAST_SHEET);
    }
    if (sheets.includes('assets') && data.assets) {
      writeAssetsSheet(wb, tables, data, data.assets);
      names.push(ASSETS_SHEET);
    }
    if (sheets.includes('tco') && data.tco) {
      writeTcoSheet(wb, tables, data, data.tco);
      names.push(TCO_SHEET);
    }
    writeFxSheet(wb, data, fx);
    names.push(FX_SHEET);
    await writeMetaSheet(wb, data, progress);
    if (run.signal?.aborted) throw cancelled();
    await wb.commit();
    run.progress(total, total, 'Done');
    return {
      total: budget.formulas.groupValue(
        data.months.map((_, i) => i),
        'all',
      ),
      sheets: names,
    };
  } catch (e) {
    await new Promise<void>((resolve) => {
      if (file.closed) return resolve();
      file.once('close', () => resolve());
      file.destroy();
    });
    throw e;
  }
}
