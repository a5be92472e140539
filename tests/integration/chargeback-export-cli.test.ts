import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { invoiceDocument, SHOWBACK_NOTICE } from '../../src-main/io/invoices/invoice-document';
import { writeInvoicePdf } from '../../src-main/io/invoices/invoice-pdf';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import type { ChargebackIssueResult, Invoice, InvoiceView } from '../../src-shared/model/chargeback-invoices';
import { D, formatMoney } from '../../src-shared/money';
import { recalculateWithLibreOffice } from '../helpers/libreoffice-recalc';
import { seedChargebackInputs, type SeededChargeback } from '../helpers/seed-chargeback-inputs';
import { outlay } from './cli-run';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let master: string;
let seeded: SeededChargeback;

// Reading the PDF back proves what it shows; without poppler the test fails with the fix, never skips.
const pdfText = (file: string): string => {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is missing: apt-get install poppler-utils (the invoice PDFs are read back with it)');
    }
    throw e;
  }
};

/** A fresh copy of the seeded workbook; `showback` bills the first unit for information only. */
async function book(name: string, showback = false): Promise<string> {
  const path = tmp.file(name);
  copyFileSync(master, path);
  if (showback) {
    const s = openWorkbook(path, { now: FIXED_NOW });
    await s.call('chargeback/set-unit-mode', { departmentId: seeded.units[0]!.id, mode: 'showback' });
    s.close();
  }
  return path;
}

/** The stored invoices of the month, read through the contract. */
async function stored(path: string): Promise<InvoiceView[]> {
  const s = openWorkbook(path);
  try {
    const month = await s.call('chargeback/get-month', { month: seeded.month });
    return await Promise.all(
      month.units.filter((u) => u.invoice).map((u) => s.call('chargeback/get-invoice', { invoiceId: u.invoice!.id })),
    );
  } finally {
    s.close();
  }
}

beforeAll(() => {
  tmp = tempDir();
  master = tmp.file('master.outlay');
  createWorkbook(master, { demo: generateDemo({ seed: 1, asOf: '2026-11-20' }) }).close();
  seeded = seedChargebackInputs(master);
});
afterAll(() => tmp.remove());

describe('outlay chargeback', () => {
  it('issues the month and writes an .xlsx and a PDF per unit whose lines and total match the stored invoice', async () => {
    const path = await book('cli.outlay', true);
    const out = tmp.file('out');
    const r = await outlay(['chargeback', path, '--period', seeded.month, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const views = await stored(path);
    expect(r.stdout).toContain(`${views.length} invoice(s) issued, 0 reused`);
    expect(r.stdout).toContain('reconciled');
    const u0 = seeded.units[0]!;
    const v = views.find((x) => x.unit.code === u0.code)!;
    expect(readdirSync(out)).toContain(`${seeded.month}-${u0.code}-r1.xlsx`);
    expect(readdirSync(out)).toHaveLength(views.length * 2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${out}/${seeded.month}-${u0.code}-r1.xlsx`);
    const ws = wb.getWorksheet('Invoice')!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain(SHOWBACK_NOTICE);
    const rows: { desc: string; amount: unknown; qty: unknown; unit: unknown }[] = [];
    ws.eachRow((row) =>
      rows.push({
        desc: String(row.getCell(1).value),
        amount: row.getCell(6).value,
        qty: row.getCell(3).value,
        unit: row.getCell(4).value,
      }),
    );
    for (const l of v.invoice.lines) {
      const row = rows.find((x) => x.desc === l.description)!;
      expect(row.amount).toBe(Number(l.amount));
      if (l.kind === 'shared') expect([row.qty, row.unit]).toEqual([Number(l.quantity), `driver: ${l.driver}`]);
    }
    const total = rows.find((x) => x.desc === 'Total')!.amount as { formula: string; result: number };
    expect(total.formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    expect(total.result).toBe(Number(v.invoice.total));

    const text = pdfText(`${out}/${seeded.month}-${u0.code}-r1.pdf`);
    expect(text).toContain(u0.code);
    expect(text).toContain(SHOWBACK_NOTICE);
    expect(text).toContain('Revision:');
    for (const l of v.invoice.lines) expect(text).toContain(formatMoney(l.amount, 2));
    expect(text).toMatch(
      new RegExp(`Total \\(${seeded.currency}\\)\\s+${formatMoney(v.invoice.total, 2).replace(/[.,()]/g, '\\$&')}`),
    );

    const again = await outlay(['chargeback', path, '--period', seeded.month, '--out', out, '--json']);
    const json = JSON.parse(again.stdout) as ChargebackIssueResult & { invoices: { files: string[] }[] };
    expect([json.issued.length, json.reused.length]).toEqual([0, views.length]);
  });

  it('writes a total formula that LibreOffice recalculates to the exact invoice total', async () => {
    const path = await book('recalc.outlay', true);
    const out = tmp.file('recalc');
    expect((await outlay(['chargeback', path, '--period', seeded.month, '--out', out])).code).toBe(0);
    const v = (await stored(path)).find((x) => x.invoice.lines.length > 1)!;
    const { path: recalculated, dir } = recalculateWithLibreOffice(`${out}/${seeded.month}-${v.unit.code}-r1.xlsx`);
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated);
      let total: unknown;
      wb.getWorksheet('Invoice')!.eachRow((row) => {
        if (row.getCell(1).value === 'Total') total = row.getCell(6).value;
      });
      const result = (total as { result: number }).result;
      expect(new D(result).toDecimalPlaces(2).toFixed(2)).toBe(new D(v.invoice.total).toFixed(2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 naming the missing allocation run and writes nothing', async () => {
    const path = await book('none.outlay');
    const out = tmp.file('none');
    const r = await outlay(['chargeback', path, '--period', '2026-08', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no current allocation run for 2026-08');
    expect(await stored(path)).toEqual([]);
  });

  it('exits 2 on a malformed --period', async () => {
    const r = await outlay(['chargeback', master, '--period', 'October', '--out', tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--period');
  });
});

describe('invoice PDF', () => {
  it('breaks a long invoice over A4 pages, repeating the table header, with every line and the total', async () => {
    const reason =
      'Credit on Virtual machines: two of the twelve VMs were test machines of the migration project and are billed to IT';
    const lines = Array.from({ length: 120 }, (_, i) => ({
      key: `service:s${i}`,
      kind: 'service' as const,
      description: `Service ${String(i).padStart(3, '0')}`,
      quantity: '2',
      unit: 'ticket',
      rate: '1.25',
      amount: '2.5',
    }));
    lines[5] = { ...lines[5]!, description: reason };
    const invoice: Invoice = {
      businessUnit: 'LONG',
      month: '2026-10',
      revision: 1,
      informationOnly: false,
      lines,
      serviceTotal: '300',
      sharedTotal: '0',
      creditTotal: '0',
      total: new D('2.5').times(120).toFixed(),
    };
    const doc = invoiceDocument(invoice, {
      unitCode: 'LONG',
      unitName: 'Long unit',
      currency: 'USD',
      minorUnits: 2,
      issuedAt: '2026-11-02T00:00:00Z',
      reason: '',
    });
    const file = tmp.file('long.pdf');
    await writeInvoicePdf(doc, file);
    const text = pdfText(file);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p).toContain('Unit / driver');
    expect(text).toContain('Service 119');
    // A long description wraps inside its column instead of being cut off.
    expect(text.replace(/\s+/g, ' ')).toContain('billed to IT');
    expect(text).toMatch(/Total \(USD\)\s+300\.00/);
  });
});
