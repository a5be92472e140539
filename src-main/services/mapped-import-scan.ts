import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef } from '../../src-shared/ipc/files';
import type {
  ImportFileOptions,
  ImportKind,
  ImportMapping,
  ImportPreview,
  ImportSource,
} from '../../src-shared/model/imports';
import { isBlank } from '../engine/mapped-import/cells';
import { bindColumns } from '../engine/mapped-import/columns';
import { ImportTally } from '../engine/mapped-import/tally';
import { RowValidator, type ImportRecord } from '../engine/mapped-import/validate-row';
import { resolveInput } from '../io/files';
import type { SheetSource, TableSource } from '../io/read/table-source';
import type { WorkbookContext } from './context';
import { fileImportedBefore } from '../repo/imports-repo';
import { loadEnv, mappingKeyOf, requireSource } from './mapped-import-env';
import { openImportFile as openTable } from '../io/mapped-import/open-table';

/** The inputs of preview and apply. */
export interface ScanArgs {
  file: FileRef;
  kind: ImportKind;
  sourceId?: string | undefined;
  mapping: ImportMapping;
  options: ImportFileOptions;
  /** Rows expected (from the preview), so progress has a total; 0 when unknown. */
  expectedRows?: number | undefined;
  problemLimit?: number | undefined;
}

export interface ScanResult {
  preview: ImportPreview;
  source: ImportSource | null;
  table: TableSource;
}

const CHECK_EVERY = 2000;

/** The sheet a mapping names (the first when it names none). */
export function pickSheet(table: TableSource, name: string | undefined): SheetSource {
  const sheet = name === undefined || name === '' ? table.sheets[0] : table.sheets.find((s) => s.name === name);
  if (!sheet) {
    throw new AppError('validation', `${table.fileName}: there is no sheet "${name ?? ''}"`, { field: 'sheet' });
  }
  return sheet;
}

/**
 * Read the file once and check every data row against the workbook (nothing is written):
 * the preview's problems and control totals; each row to import is handed to `sink`
 * (and not kept here, so a big file's rows are held once, in the form the caller writes).
 * Reports progress every few thousand rows and stops with 'cancelled' when asked.
 * @throws AppError 'validation' when the mapping does not fit the file (details.problems)
 */
export async function scanFile(
  ctx: WorkbookContext,
  args: ScanArgs,
  run: RunContext | undefined,
  sink?: (r: ImportRecord) => void,
): Promise<ScanResult> {
  const source = args.sourceId ? requireSource(ctx.db, args.sourceId, args.kind) : null;
  const table = await openTable(resolveInput(args.file), args.options);
  const sheet = pickSheet(table, args.mapping.sheet);
  const env = loadEnv(ctx, args.kind, source);
  const tally = new ImportTally(args.problemLimit ?? 5000);
  let validator: RowValidator | null = null;
  const total = args.expectedRows ?? 0;
  let sawHeader = false;
  for await (const r of sheet.rows()) {
    if (r.row < args.mapping.headerRow) continue;
    if (r.row === args.mapping.headerRow) {
      const bound = bindColumns(args.kind, args.mapping, r.cells);
      if (bound.problems.length > 0) {
        throw new AppError('validation', `The mapping does not fit ${table.fileName}: ${bound.problems.join('; ')}`, {
          field: 'mapping',
          problems: bound.problems,
        });
      }
      validator = new RowValidator(args.kind, bound.columns, args.mapping, args.options, env);
      sawHeader = true;
      continue;
    }
    if (!validator || r.cells.every(isBlank)) continue;
    const outcome = validator.check(r.row, r.cells);
    tally.add(outcome, r.row);
    if (sink && outcome.record) sink(outcome.record);
    if (tally.rowCount % CHECK_EVERY === 0) {
      if (run?.signal?.aborted) throw new AppError('cancelled', 'The import was cancelled; nothing was written.');
      // Without the preview's count the total is unknown (0: the bar shows activity, not a share).
      if (total > 0) run?.progress(tally.rowCount, Math.max(total, tally.rowCount), 'Checking rows');
      else run?.progress(tally.rowCount, 0, `${tally.rowCount} rows checked`);
    }
  }
  if (!sawHeader) {
    throw new AppError(
      'validation',
      `${table.fileName}: header row ${args.mapping.headerRow} is past the end of the sheet`,
      {
        field: 'headerRow',
      },
    );
  }
  if (run?.signal?.aborted) throw new AppError('cancelled', 'The import was cancelled; nothing was written.');
  const sameFileImported = fileImportedBefore(ctx.db, table.sha256, args.kind);
  const preview: ImportPreview = {
    kind: args.kind,
    fileName: table.fileName,
    sha256: table.sha256,
    mappingKey: mappingKeyOf(args.kind, args.mapping, args.options, source),
    rowCount: tally.rowCount,
    validCount: tally.validCount,
    leftOutCount: tally.leftOutCount,
    alreadyImportedCount: tally.alreadyCount,
    sameFileImported,
    totals: tally.totals(),
    problems: tally.problems,
    problemCount: tally.problemCount,
    leftOut: tally.leftOut,
  };
  return { preview, source, table };
}
