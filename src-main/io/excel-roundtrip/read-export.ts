import type ExcelJS from 'exceljs';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import { AppError } from '../../../src-shared/ipc/errors';
import type { ColumnPlace, ExportedFile, FileRow } from '../../engine/roundtrip/types';
import { BUDGET_HEADERS, BUDGET_TABLE, META_KEYS, SUBTOTAL_MARKER, monthHeader, monthOfHeader } from '../excel/layout';
import { cellText, columnLetter, isFormula, rawCell } from './cells';
import { readMetadata } from './metadata';

/** How far down a sheet the header row is looked for (title and parameters sit above it). */
const HEADER_SEARCH_ROWS = 200;
const PROGRESS_EVERY = 500;

type HeaderKey = keyof typeof BUDGET_HEADERS;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const HEADER_KEYS = new Map(Object.entries(BUDGET_HEADERS).map(([k, text]) => [norm(text), k as HeaderKey]));

interface HeaderRow {
  row: number;
  /** Column numbers by header key, and by month. */
  keys: Map<HeaderKey, number>;
  months: Map<MonthKey, number>;
  headers: Map<number, string>;
}

export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The header row of a sheet: the first row holding a Line ID header and a month header. */
function findHeader(ws: ExcelJS.Worksheet): HeaderRow | null {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const keys = new Map<HeaderKey, number>();
    const months = new Map<MonthKey, number>();
    const headers = new Map<number, string>();
    ws.getRow(r).eachCell((cell, col) => {
      const text = cellText(cell.value);
      if (!text) return;
      headers.set(col, text);
      const key = HEADER_KEYS.get(norm(text));
      const month = monthOfHeader(text);
      if (key && !keys.has(key)) keys.set(key, col);
      else if (month && !months.has(month)) months.set(month, col);
    });
    if (keys.has('lineId') && months.size > 0) return { row: r, keys, months, headers };
  }
  return null;
}

/** The FY total cell: its formula (shared ones as this row's), or null when typed over. */
function totalCell(cell: ExcelJS.Cell): FileRow['total'] {
  return { formula: isFormula(cell.value) ? (cell.formula ?? '') : null, value: rawCell(cell.value) };
}

/** The last row of the data block: above the subtotal marker, else the table's end, else the sheet's. */
function lastDataRow(ws: ExcelJS.Worksheet, header: HeaderRow): number {
  const markerCols = new Set([1, Math.min(...header.headers.keys())]);
  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    for (const c of markerCols) if (norm(cellText(ws.getCell(r, c).value)) === norm(SUBTOTAL_MARKER)) return r - 1;
  }
  const ref = tableRef(ws);
  const end = ref && /:[A-Z]+(\d+)$/.exec(ref);
  return end ? Math.max(Number(end[1]), header.row) : ws.rowCount;
}

/** The range of the budget table as the file defines it (exceljs keeps a read table's model untyped). */
function tableRef(ws: ExcelJS.Worksheet): string | undefined {
  const tables: unknown[] = Object.values((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
  for (const t of tables) {
    const model = (t as { table?: { name?: string; tableRef?: string } }).table;
    if (model?.name === BUDGET_TABLE && model.tableRef) return model.tableRef;
  }
  return undefined;
}

/**
 * Read an Outlay export as edited in Excel: the metadata (ids and exported amounts), then the
 * budget table found by its header texts wherever the sheet, columns and rows now are.
 * Yields to the event loop every PROGRESS_EVERY rows, so it can be cancelled.
 * @throws AppError 'validation' when the file is not an Outlay export or has no budget table;
 *         'cancelled' when `signal` aborts
 */
export async function readExport(
  wb: ExcelJS.Workbook,
  fileName: string,
  opts: ReadOptions = {},
): Promise<ExportedFile> {
  const meta = readMetadata(wb, fileName);
  const months = (meta.values.get(META_KEYS.months) ?? '').split(',').map((m) => m.trim());
  const candidates = wb.worksheets.filter((ws) => ws !== meta.sheet);
  // The sheet holding the budget table comes first: other sheets may repeat the headers.
  candidates.sort((a, b) => Number(tableRef(b) !== undefined) - Number(tableRef(a) !== undefined));
  let ws: ExcelJS.Worksheet | undefined;
  let header: HeaderRow | null = null;
  for (const c of candidates) {
    header = findHeader(c);
    if (header && months.every((m) => header!.months.has(m))) {
      ws = c;
      break;
    }
  }
  if (!ws || !header) {
    throw new AppError(
      'validation',
      `${fileName}: no sheet has the budget table's header row (a "${BUDGET_HEADERS.lineId}" column and the month columns ${months
        .map(monthHeader)
        .join(', ')}). Keep the header row and the month columns when editing.`,
      { field: 'file' },
    );
  }
  const h = header;
  const place = (col: number): ColumnPlace => ({ column: columnLetter(col), header: h.headers.get(col) ?? '' });
  const columns: Record<string, ColumnPlace | undefined> = {};
  for (const [k, col] of h.keys) columns[k] = place(col);
  const text = (row: ExcelJS.Row, key: HeaderKey) => {
    const col = h.keys.get(key);
    return col === undefined ? '' : cellText(row.getCell(col).value);
  };
  const end = lastDataRow(ws, h);
  const total = end - h.row;
  const rows: FileRow[] = [];
  const totalCol = h.keys.get('total');
  for (let r = h.row + 1; r <= end; r++) {
    const done = r - h.row;
    if (done % PROGRESS_EVERY === 0) {
      // Yield so a cancel (a bridge message, Ctrl+C) and the progress report get through.
      await new Promise((r) => setImmediate(r));
      if (opts.signal?.aborted) throw new AppError('cancelled', 'Reading the file was cancelled; nothing was written.');
      opts.onProgress?.(done, total);
    }
    const row = ws.getRow(r);
    const monthCells = months.map((m) => rawCell(row.getCell(h.months.get(m)!).value));
    const fileRow: FileRow = {
      row: r,
      lineId: text(row, 'lineId'),
      costCenter: text(row, 'costCenter'),
      service: text(row, 'service'),
      account: text(row, 'account'),
      vendor: text(row, 'vendor'),
      description: text(row, 'description'),
      expenseType: text(row, 'expenseType'),
      currency: text(row, 'currency'),
      months: monthCells,
      total: totalCol === undefined ? null : totalCell(row.getCell(totalCol)),
    };
    const empty =
      monthCells.every((c) => c.kind === 'blank') &&
      [fileRow.lineId, fileRow.costCenter, fileRow.service, fileRow.account, fileRow.vendor, fileRow.description].every(
        (t) => t === '',
      );
    if (!empty) rows.push(fileRow);
  }
  opts.onProgress?.(total, total);
  return {
    sheet: ws.name,
    meta: meta.values,
    months,
    monthColumns: months.map((m) => place(h.months.get(m)!)),
    totalColumn: totalCol === undefined ? null : place(totalCol),
    columns,
    base: meta.base,
    rows,
    problems: [],
  };
}
