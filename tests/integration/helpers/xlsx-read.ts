import ExcelJS from 'exceljs';

/** A formula cell as exceljs reads it back. */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  /** The cached value; exceljs reads a cached 0 back as no result, so that is 0 here. */
  result: number;
}

/** Read an .xlsx with exceljs's in-memory reader. */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every formula cell of every sheet. */
export function formulaCells(wb: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') {
          const r = (v as { result?: unknown }).result;
          out.push({
            sheet: ws.name,
            address: cell.address,
            formula: v.formula,
            result: typeof r === 'number' ? r : 0,
          });
        }
      }),
    ),
  );
  return out;
}

/** The cached (or plain) number of a cell; 0 for an empty cached result. */
export function numberOf(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v) {
    const r = (v as { result?: unknown }).result;
    return typeof r === 'number' ? r : 0;
  }
  throw new Error(`${cell.address} holds no number: ${JSON.stringify(v)}`);
}

/** Money string of a number read from a cell, rounded to `units` decimals (what a cell shows). */
export const cents = (n: number, units = 2): string => n.toFixed(units);
