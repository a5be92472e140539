/**
 * Opening an .xlsx file that may be hostile or broken. (Slot: the limits — not a zip, zip
 * bombs, encrypted workbooks, oversized sheets, external references — are being built; this
 * reads the file with exceljs as it is.)
 */
import ExcelJS from 'exceljs';

export interface XlsxLimits {
  /** Largest total uncompressed size of the parts, bytes. */
  maxUncompressedBytes: number;
  /** Most cells in all sheets together. */
  maxCells: number;
  /** Most rows in one sheet. */
  maxRows: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxCells: 20_000_000,
  maxRows: 1_000_000,
};

/**
 * Read a whole .xlsx workbook into memory after checking it against `limits`.
 * @throws AppError 'validation' naming the file and the problem
 */
export async function openXlsx(path: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  void limits;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
