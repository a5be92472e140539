import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '../../../src-shared/model/imports';
import { cellText, type Cell } from './cells';

/** Header names other systems use for each field (compared normalised: see normHeader). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  date: [
    'date',
    'posting date',
    'document date',
    'doc date',
    'booking date',
    'buchungsdatum',
    'order date',
    'po date',
    'entry date',
    'work date',
    'datum',
    'transaction date',
    'invoice date',
  ],
  period: ['period', 'month', 'fiscal period', 'posting period', 'periode', 'monat', 'gl period'],
  costCenter: [
    'cost center',
    'cost centre',
    'cc',
    'cost ctr',
    'costcenter',
    'kostenstelle',
    'kst',
    'cost center code',
    'cost centre code',
    'department code',
    'dept',
  ],
  service: ['service', 'service code', 'it service', 'application', 'product', 'service id'],
  account: [
    'account',
    'gl account',
    'g/l account',
    'gl',
    'gl code',
    'account code',
    'natural account',
    'konto',
    'sachkonto',
    'expense account',
  ],
  vendor: [
    'vendor',
    'supplier',
    'vendor code',
    'supplier code',
    'vendor id',
    'supplier id',
    'lieferant',
    'kreditor',
    'agency',
  ],
  amount: [
    'amount',
    'value',
    'net amount',
    'amount lc',
    'amount in local currency',
    'betrag',
    'total',
    'line amount',
    'cost',
    'debit',
    'po amount',
    'net value',
    'extended amount',
  ],
  currency: ['currency', 'curr', 'ccy', 'currency code', 'waehrung', 'währung', 'crcy'],
  reference: [
    'reference',
    'document',
    'document number',
    'doc no',
    'document no',
    'journal',
    'journal id',
    'voucher',
    'invoice',
    'invoice number',
    'belegnummer',
    'beleg',
    'ref',
    'entry id',
    'line id',
  ],
  description: [
    'description',
    'text',
    'item',
    'line description',
    'item description',
    'memo',
    'beschreibung',
    'short text',
  ],
  poNumber: [
    'po number',
    'po',
    'po no',
    'purchase order',
    'purchase order number',
    'order number',
    'bestellung',
    'po #',
  ],
  poLine: ['po line', 'line', 'line number', 'item number', 'position', 'po item', 'line no'],
  personId: [
    'employee id',
    'contractor id',
    'person id',
    'resource id',
    'worker id',
    'personnel number',
    'employee',
    'contractor',
    'resource',
    'person',
    'personalnummer',
    'user id',
  ],
  personKind: [
    'employee or contractor',
    'worker type',
    'resource type',
    'person type',
    'type',
    'employment type',
    'kind',
  ],
  hours: ['hours', 'hrs', 'time', 'quantity', 'qty', 'stunden', 'hours worked', 'billable hours'],
  rate: ['rate', 'hourly rate', 'rate per hour', 'price', 'unit price', 'stundensatz', 'bill rate'],
};

/** Lower case, currency or unit in brackets dropped, punctuation as spaces ("Amount (EUR)" → "amount"). */
export function normHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[_.:#/\\-]+/g, (m) => (m === '/' || m === '#' ? m : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function matchScore(header: string, field: ImportField): number {
  const h = normHeader(header);
  if (h === '') return 0;
  let best = 0;
  for (const syn of SYNONYMS[field]) {
    if (h === syn) return 3;
    if (syn.length >= 4 && (h.startsWith(`${syn} `) || h.endsWith(` ${syn}`))) best = Math.max(best, 2);
  }
  return best;
}

/**
 * A mapping for a kind from a sheet's headers: the saved mapping's columns that still
 * exist in the file first, then each remaining field the header that best matches its
 * synonyms (exact name over a name that starts or ends with it), each header used once.
 */
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
  headerRow: number,
  saved?: ImportMapping | null,
): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  const used = new Set<string>();
  const present = new Map(headers.map((h) => [h.trim().toLowerCase(), h]));
  for (const spec of IMPORT_FIELDS[kind]) {
    const want = saved?.columns[spec.field];
    const hit = want === undefined ? undefined : present.get(want.trim().toLowerCase());
    if (hit !== undefined && !used.has(hit)) {
      columns[spec.field] = hit;
      used.add(hit);
    }
  }
  for (const score of [3, 2]) {
    for (const spec of IMPORT_FIELDS[kind]) {
      if (columns[spec.field] !== undefined) continue;
      const hit = headers.find((h) => !used.has(h) && matchScore(h, spec.field) === score);
      if (hit !== undefined) {
        columns[spec.field] = hit;
        used.add(hit);
      }
    }
  }
  // A file with both a date and a period column: keep the date, the period is redundant.
  return { sheet: saved?.sheet, headerRow, columns, defaults: { ...(saved?.defaults ?? {}) } };
}

/**
 * The 1-based header row among the first rows: the row with the most text cells that name
 * a known field (then the most text cells); ties go to the earlier row.
 */
export function guessHeaderRow(rows: readonly { row: number; cells: readonly Cell[] }[]): number {
  let best = { row: rows[0]?.row ?? 1, score: -1 };
  const all = Object.keys(SYNONYMS) as ImportField[];
  for (const r of rows.slice(0, 30)) {
    let score = 0;
    for (const c of r.cells) {
      if (typeof c !== 'string' || cellText(c) === '' || /^[-+\d.,\s()]+$/.test(c)) continue;
      score += 1 + (all.some((f) => matchScore(c, f) > 0) ? 3 : 0);
    }
    if (score > best.score) best = { row: r.row, score };
  }
  return best.row;
}
