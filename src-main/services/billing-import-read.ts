import { open } from 'node:fs/promises';
import { AppError } from '../../src-shared/ipc/errors';
import type { BillingCurrencyTotals, BillingImportFormat } from '../../src-shared/ipc/billing-import-types';
import type { RunContext } from '../../src-shared/ipc/contract';
import type { AggregateResult, BillingFormat, MeasureSums } from '../engine/cloud-billing';
import { readBillingFile, type BillingFileResult, type ReadBillingOptions } from '../io/cloud-billing/read-billing';
import { readParquetBilling } from '../io/cloud-billing/read-parquet';
import type { InputFile } from '../io/files';

/** A Parquet file by its name or its first bytes ("PAR1"), so an upload's type does not matter. */
async function isParquet(file: InputFile): Promise<boolean> {
  if (/\.parquet$/i.test(file.name)) return true;
  let handle;
  try {
    handle = await open(file.path, 'r');
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.toString('latin1') === 'PAR1';
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Row errors named in a refusal's details (all are counted). */
const LISTED_ERRORS = 20;

/** The engine's format and Azure cost kind for what the user chose. */
export function engineFormat(format: BillingImportFormat): Pick<ReadBillingOptions, 'format' | 'azureCost'> {
  switch (format) {
    case 'auto':
      return {};
    case 'azure':
      return { format: 'azure-ea', azureCost: 'actual' };
    case 'azure-amortized':
      return { format: 'azure-ea', azureCost: 'amortized' };
    default:
      return { format };
  }
}

/** The format name stored with an import ('azure-actual' / 'azure-amortized' for Azure). */
export function storedFormat(format: BillingFormat, chosen: BillingImportFormat): string {
  if (format !== 'azure-ea') return format;
  return chosen === 'azure-amortized' ? 'azure-amortized' : 'azure-actual';
}

/**
 * Read a bill (.parquet by its magic bytes or name, else CSV / CSV.gz) with progress in bytes
 * and cancel, and refuse it whole ('validation' naming file, row and column, with the first
 * errors and their count) when any row has a problem.
 */
export async function readBill(
  file: InputFile,
  options: ReadBillingOptions,
  run?: RunContext,
): Promise<BillingFileResult> {
  const opts: ReadBillingOptions = {
    ...options,
    maxErrors: LISTED_ERRORS,
    ...(run?.signal ? { signal: run.signal } : {}),
    onProgress: (p) => run?.progress(p.bytesRead, p.totalBytes, `${p.rows.toLocaleString('en-US')} rows read`),
  };
  const result = (await isParquet(file)) ? await readParquetBilling(file, opts) : await readBillingFile(file, opts);
  if (run?.signal?.aborted) throw new AppError('cancelled', `${file.name}: import cancelled; nothing was written`);
  if (result.errorCount > 0) {
    const first = result.errors[0]!;
    const more = result.errorCount > 1 ? ` (and ${result.errorCount - 1} more rows with problems)` : '';
    throw new AppError(
      'validation',
      `${file.name}: row ${first.row}, column ${first.column}: ${first.message}${more}; nothing was imported`,
      {
        file: file.name,
        row: first.row,
        column: first.column,
        errorCount: result.errorCount,
        errors: result.errors,
      },
    );
  }
  return result;
}

/** Per-currency totals in the shape imports report and store (sorted by currency). */
export function currencyTotals(totals: AggregateResult['totals']): BillingCurrencyTotals[] {
  return Object.entries(totals)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, t]) => ({ currency, rows: t.rows, ...measureFields(t.sums) }));
}

function measureFields(s: MeasureSums): Omit<BillingCurrencyTotals, 'currency' | 'rows'> {
  return {
    billedCost: s.BilledCost ?? '0',
    effectiveCost: s.EffectiveCost ?? '0',
    ...(s.ListCost !== undefined ? { listCost: s.ListCost } : {}),
    ...(s.ContractedCost !== undefined ? { contractedCost: s.ContractedCost } : {}),
  };
}
