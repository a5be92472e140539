import ExcelJS from 'exceljs';
import { moneyFormat } from '../excel-export/formats';
import type { InvoiceDocument } from './invoice-document';
import { cellNumber } from '../excel-export/formats';

const COLUMNS = [
  { header: 'Line', width: 48 },
  { header: 'Type', width: 10 },
  { header: 'Quantity', width: 14 },
  { header: 'Unit / driver', width: 22 },
  { header: 'Rate', width: 14 },
  { header: 'Amount', width: 18 },
];

/** A decimal string as a cell number (quantities, rates and amounts are short exact decimals). */

/**
 * Write an invoice as one sheet: title, header fields, the showback notice, the lines and a
 * total that is a live SUM formula over the amounts whose cached value is the exact total.
 */
export async function writeInvoiceXlsx(doc: InvoiceDocument, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Invoice');
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const [label, value] of doc.header) ws.addRow([label, value]).getCell(1).font = { bold: true };
  if (doc.notice) ws.addRow([doc.notice]).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.addRow([]);
  const head = ws.addRow(COLUMNS.map((c) => c.header));
  head.font = { bold: true };
  const money = moneyFormat(doc.currency, doc.minorUnits);
  const first = head.number + 1;
  for (const l of doc.lines) {
    const row = ws.addRow([
      l.description,
      l.kind,
      l.quantity === '' ? null : cellNumber(l.quantity),
      l.unitOrDriver,
      l.rate === '' ? null : cellNumber(l.rate),
      cellNumber(l.amount),
    ]);
    row.getCell(6).numFmt = money;
  }
  const last = first + doc.lines.length - 1;
  const total = ws.addRow(['Total', null, null, null, null, null]);
  total.font = { bold: true };
  const cell = total.getCell(6);
  cell.value =
    doc.lines.length > 0
      ? { formula: `SUM(F${first}:F${last})`, result: cellNumber(doc.total) }
      : { formula: '0', result: 0 };
  cell.numFmt = money;
  await wb.xlsx.writeFile(path);
}
