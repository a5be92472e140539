import type { FileRef } from '../../src-shared/ipc/files';
import type { ImportColumn, ImportFileOptions, ImportKind, InspectResult } from '../../src-shared/model/imports';
import { cellText, columnLetter } from '../engine/mapped-import/cells';
import { guessHeaderRow, suggestMapping } from '../engine/mapped-import/suggest';
import { resolveInput } from '../io/files';
import { firstRows } from '../io/mapped-import/read-table';
import type { WorkbookContext } from './context';
import { requireSource } from './mapped-import-env';
import { openImportFile as openTable } from '../io/mapped-import/open-table';
import { pickSheet } from './mapped-import-scan';

export interface InspectArgs {
  file: FileRef;
  kind: ImportKind;
  sourceId?: string | undefined;
  sheet?: string | undefined;
  headerRow?: number | undefined;
  options?: Partial<ImportFileOptions> | undefined;
}

const DEFAULT_OPTIONS: ImportFileOptions = { decimal: 'point', dateOrder: 'ymd' };
/** Rows read to guess the header and show samples: enough for a title block and a few values. */
const HEAD_ROWS = 60;
const SAMPLES = 5;

/**
 * Look into a file before mapping it: its sheets, the header row (guessed unless given), each
 * column with a few sample values, and a suggested mapping (the source's saved one where its
 * columns still exist, then header names). Reads only the first rows of the sheet.
 */
export async function inspectImport(ctx: WorkbookContext, args: InspectArgs): Promise<InspectResult> {
  const source = args.sourceId ? requireSource(ctx.db, args.sourceId, args.kind) : null;
  const saved = source?.mapping ?? null;
  const options: ImportFileOptions = { ...DEFAULT_OPTIONS, ...(source?.options ?? {}), ...(args.options ?? {}) };
  const table = await openTable(resolveInput(args.file), options);
  const wanted =
    args.sheet ?? (saved?.sheet && table.sheets.some((s) => s.name === saved.sheet) ? saved.sheet : undefined);
  const sheet = pickSheet(table, wanted);
  const head = await firstRows(sheet.rows(), HEAD_ROWS);
  const headerRow = args.headerRow ?? saved?.headerRow ?? guessHeaderRow(head);
  const header = head.find((r) => r.row === headerRow)?.cells ?? [];
  const below = head.filter((r) => r.row > headerRow);
  const width = Math.max(header.length, ...below.map((r) => r.cells.length));
  const columns: ImportColumn[] = [];
  for (let i = 0; i < width; i++) {
    const samples: string[] = [];
    for (const r of below) {
      const t = cellText(r.cells[i] ?? null);
      if (t !== '' && samples.length < SAMPLES) samples.push(t);
    }
    const text = cellText(header[i] ?? null);
    if (text === '' && samples.length === 0) continue;
    columns.push({ index: i + 1, letter: columnLetter(i + 1), header: text, samples });
  }
  const suggested = suggestMapping(
    args.kind,
    columns.map((c) => c.header).filter((h) => h !== ''),
    headerRow,
    saved,
  );
  suggested.sheet = table.kind === 'xlsx' ? sheet.name : undefined;
  const csv = table.csv ? { delimiter: table.csv.delimiter, encoding: table.csv.encoding } : undefined;
  return {
    fileName: table.fileName,
    sha256: table.sha256,
    fileKind: table.kind,
    ...(csv ? { csv } : {}),
    sheets: table.sheets.map((s) => ({
      name: s.name,
      headerRow: s === sheet ? headerRow : 1,
      columns: s === sheet ? columns : [],
    })),
    sheet: sheet.name,
    suggested,
    options: { ...options, ...(csv ?? {}) } satisfies ImportFileOptions,
  };
}
