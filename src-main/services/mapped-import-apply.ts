import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { basename } from 'node:path';
import type { ImportApplyResult, ImportKind } from '../../src-shared/model/imports';
import type { ImportRecord } from '../engine/mapped-import/validate-row';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import { runCommand } from './command';
import { ensureFiscalYearsAndDrivers } from './driver-costs';
import { currentSettings, type WorkbookContext } from './context';
import { newId } from './ids';
import { KIND_TABLE } from '../repo/imports-repo';
import { requireSource } from './mapped-import-env';
import { scanFile, type ScanArgs } from './mapped-import-scan';

export interface ApplyArgs extends ScanArgs {
  /** The user accepted leaving out the rows with problems. */
  onlyValid: boolean;
  /** What the preview the user accepted was for; apply refuses when the file or mapping changed. */
  expect?: { sha256: string; mappingKey: string } | undefined;
}

const COLUMNS: Record<ImportKind, readonly string[]> = {
  actuals: [
    'id',
    'month',
    'cost_center_id',
    'service_id',
    'account_id',
    'vendor_id',
    'amount',
    'currency',
    'source',
    'reference',
    'batch_id',
    'source_key',
  ],
  'purchase-orders': [
    'id',
    'batch_id',
    'source_key',
    'po_number',
    'po_line',
    'date',
    'month',
    'vendor_id',
    'cost_center_id',
    'service_id',
    'account_id',
    'description',
    'amount',
    'currency',
  ],
  labour: [
    'id',
    'batch_id',
    'source_key',
    'date',
    'month',
    'person_id',
    'person_kind',
    'hours',
    'rate',
    'amount',
    'currency',
    'cost_center_id',
    'service_id',
    'account_id',
    'vendor_id',
  ],
};

function rowOf(kind: ImportKind, r: ImportRecord, batchId: string, sourceName: string, now: number): unknown[] {
  const id = newId(now);
  if (kind === 'actuals') {
    return [
      id,
      r.month,
      r.costCenterId,
      r.serviceId,
      r.accountId,
      r.vendorId,
      r.amount,
      r.currency,
      sourceName,
      r.reference,
      batchId,
      r.sourceKey,
    ];
  }
  if (kind === 'purchase-orders') {
    return [
      id,
      batchId,
      r.sourceKey,
      r.poNumber,
      r.poLine,
      r.date,
      r.month,
      r.vendorId,
      r.costCenterId,
      r.serviceId,
      r.accountId,
      r.description,
      r.amount,
      r.currency,
    ];
  }
  return [
    id,
    batchId,
    r.sourceKey,
    r.date,
    r.month,
    r.personId,
    r.personKind,
    r.hours,
    r.rate,
    r.amount,
    r.currency,
    r.costCenterId,
    r.serviceId,
    r.accountId,
    r.vendorId,
  ];
}

const NOUN: Record<ImportKind, string> = {
  actuals: 'actuals',
  'purchase-orders': 'purchase order lines',
  labour: 'labour entries',
};

/**
 * Import a mapped file as ONE journaled, undoable command: the rows without problems and a
 * batch row with the control totals; the source keeps the mapping and options used. Rows
 * imported before (same source key) are skipped and counted, so importing a file twice adds
 * nothing. Refuses ('validation') when rows have
 * problems and `onlyValid` is not set, and ('conflict') when the file or mapping differs from
 * the preview in `expect`. Cancelling while rows are read writes nothing.
 */
export async function applyImport(ctx: WorkbookContext, args: ApplyArgs, run?: RunContext): Promise<ImportApplyResult> {
  const source = args.sourceId ? requireSource(ctx.db, args.sourceId, args.kind) : null;
  const fileName = args.file.kind === 'path' ? basename(args.file.path) : args.file.name;
  const sourceName = source?.name ?? fileName;
  const batchId = newId();
  const at = ctx.now().getTime();
  const rows: unknown[][] = [];
  const months = new Set<string>();
  const { preview } = await scanFile(ctx, args, run, (r) => {
    rows.push(rowOf(args.kind, r, batchId, sourceName, at));
    months.add(r.month);
  });
  if (args.expect && (args.expect.sha256 !== preview.sha256 || args.expect.mappingKey !== preview.mappingKey)) {
    throw new AppError(
      'conflict',
      `${preview.fileName} or its mapping changed since the preview; preview it again before importing`,
      {
        field: 'file',
      },
    );
  }
  const base = { leftOut: preview.leftOutCount, alreadyImported: preview.alreadyImportedCount, totals: preview.totals };
  if (preview.leftOutCount > 0 && !args.onlyValid) {
    throw new AppError(
      'validation',
      `${preview.leftOutCount} of ${preview.rowCount} rows of ${preview.fileName} have problems; fix them or confirm importing only the valid rows`,
      { field: 'onlyValid', leftOut: preview.leftOutCount },
    );
  }
  if (rows.length === 0) {
    const why = preview.sameFileImported
      ? `${preview.fileName} was imported before; nothing is imported twice`
      : preview.alreadyImportedCount > 0
        ? `all ${preview.alreadyImportedCount} valid rows were imported before; nothing is imported twice`
        : 'no row can be imported';
    return { seq: null, batchId: null, imported: 0, message: `Nothing imported: ${why}.`, ...base };
  }
  if (run?.signal?.aborted) throw new AppError('cancelled', 'The import was cancelled; nothing was written.');
  run?.progress(preview.rowCount, preview.rowCount, 'Writing rows');
  const now = ctx.now();
  const { seq } = runCommand(
    ctx,
    {
      command: 'imports/apply',
      label: `Import ${rows.length} ${NOUN[args.kind]} from ${preview.fileName}`,
      payload: {
        kind: args.kind,
        file: preview.fileName,
        sha256: preview.sha256,
        sourceId: source?.id ?? null,
        rows: rows.length,
      },
    },
    (tx) => {
      tx.insert('import_batches', {
        id: batchId,
        source_id: source?.id ?? null,
        kind: args.kind,
        file_name: preview.fileName,
        sha256: preview.sha256,
        mapping_key: preview.mappingKey,
        row_count: preview.rowCount,
        imported_count: rows.length,
        left_out_count: preview.leftOutCount,
        duplicate_count: preview.alreadyImportedCount,
        totals: JSON.stringify(preview.totals),
        imported_at: now.toISOString(),
        imported_by: currentSettings(ctx).userName,
      });
      // The source remembers the mapping and options of its last import, in the same command.
      if (source) {
        tx.update(
          'import_sources',
          { id: source.id },
          { mapping: JSON.stringify(args.mapping), options: JSON.stringify(args.options) },
        );
      }
      // Months of a year the workbook has no periods for yet get them, as any write of amounts does.
      const fyStart = currentSettings(ctx).fyStartMonth;
      const years = new Set([...months].map((m) => fiscalYearOf(m, fyStart)));
      ensureFiscalYearsAndDrivers(ctx, tx, years, fyStart);
      tx.insertRows(KIND_TABLE[args.kind], COLUMNS[args.kind], rows);
    },
  );
  const skipped =
    preview.alreadyImportedCount > 0 ? `; ${preview.alreadyImportedCount} imported before were skipped` : '';
  const left = preview.leftOutCount > 0 ? `; ${preview.leftOutCount} rows with problems left out` : '';
  return {
    seq,
    batchId,
    imported: rows.length,
    message: `Imported ${rows.length} ${NOUN[args.kind]} from ${preview.fileName}${left}${skipped}.`,
    ...base,
  };
}
