import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { formatMoney } from '../../../src-shared/money';
import type { InvoiceDocument } from './invoice-document';

const MARGIN = 40;
const ROW = 16;
/** Column widths in points (A4 is 595 wide; 515 between the margins) and alignment. */
const COLUMNS: { header: string; width: number; align: 'left' | 'right' }[] = [
  { header: 'Line', width: 190, align: 'left' },
  { header: 'Type', width: 50, align: 'left' },
  { header: 'Quantity', width: 65, align: 'right' },
  { header: 'Unit / driver', width: 90, align: 'left' },
  { header: 'Rate', width: 55, align: 'right' },
  { header: 'Amount', width: 65, align: 'right' },
];

/** Height of a row whose cells wrap within their columns. */
function rowHeight(pdf: PDFKit.PDFDocument, cells: string[], bold: boolean): number {
  pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const tallest = Math.max(...COLUMNS.map((c, i) => pdf.heightOfString(cells[i] ?? '', { width: c.width - 4 })));
  return Math.max(ROW, Math.ceil(tallest) + 7);
}

function drawRow(pdf: PDFKit.PDFDocument, cells: string[], y: number, bold: boolean): void {
  pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  let x = MARGIN;
  COLUMNS.forEach((c, i) => {
    // Long descriptions (credit reasons) wrap inside their column rather than being cut off.
    pdf.text(cells[i] ?? '', x + 2, y + 4, { width: c.width - 4, align: c.align });
    x += c.width;
  });
}

function drawHead(pdf: PDFKit.PDFDocument, y: number): number {
  const width = COLUMNS.reduce((a, c) => a + c.width, 0);
  pdf.rect(MARGIN, y, width, ROW).fill('#e8e8e8').fillColor('black');
  drawRow(
    pdf,
    COLUMNS.map((c) => c.header),
    y,
    true,
  );
  return y + ROW;
}

/**
 * Write an invoice as an A4 PDF: title, header fields, the showback notice, then the lines as
 * a table whose header repeats on every page, and the total.
 */
export async function writeInvoicePdf(doc: InvoiceDocument, path: string): Promise<void> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${doc.title} ${doc.header[0]?.[1] ?? ''}` },
  });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    pdf.pipe(out);
  });
  const bottom = pdf.page.height - MARGIN;
  pdf.font('Helvetica-Bold').fontSize(16).text(doc.title, MARGIN, MARGIN);
  let y = MARGIN + 28;
  for (const [label, value] of doc.header) {
    pdf.font('Helvetica-Bold').fontSize(10).text(`${label}:`, MARGIN, y, { width: 90, lineBreak: false });
    pdf.font('Helvetica').text(value, MARGIN + 95, y, { width: 420, lineBreak: false, ellipsis: true });
    y += 14;
  }
  if (doc.notice) {
    y += 6;
    pdf.font('Helvetica-Bold').fontSize(12).fillColor('#c00000').text(doc.notice, MARGIN, y).fillColor('black');
    y += 18;
  }
  y = drawHead(pdf, y + 10);
  const money = (m: string) => formatMoney(m, doc.minorUnits, { parens: true });
  for (const l of doc.lines) {
    const cells = [l.description, l.kind, l.quantity, l.unitOrDriver, l.rate, money(l.amount)];
    const height = rowHeight(pdf, cells, false);
    if (y + height > bottom) {
      pdf.addPage();
      y = drawHead(pdf, MARGIN);
    }
    drawRow(pdf, cells, y, false);
    y += height;
  }
  if (y + ROW > bottom) {
    pdf.addPage();
    y = MARGIN;
  }
  pdf
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + 515, y)
    .stroke();
  drawRow(pdf, [`Total (${doc.currency})`, '', '', '', '', money(doc.total)], y, true);
  pdf.end();
  await done;
}
