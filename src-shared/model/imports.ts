import type { Money } from '../money/money';

/** What a mapped import brings in. */
export const IMPORT_KINDS = ['actuals', 'purchase-orders', 'labour'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Every field a column can be mapped to (which ones a kind uses: IMPORT_FIELDS). */
export const ALL_IMPORT_FIELDS = [
  'date',
  'period',
  'costCenter',
  'service',
  'account',
  'vendor',
  'amount',
  'currency',
  'reference',
  'description',
  'poNumber',
  'poLine',
  'personId',
  'personKind',
  'hours',
  'rate',
] as const;
export type ImportField = (typeof ALL_IMPORT_FIELDS)[number];

/** Dimensions whose codes a source may translate to Outlay's. */
export const CODE_DIMENSIONS = ['costCenter', 'service', 'account', 'vendor', 'currency'] as const;
export type CodeDimension = (typeof CODE_DIMENSIONS)[number];

export interface FieldSpec {
  field: ImportField;
  label: string;
  /** 'yes': every row needs it; 'one-of-date': date or period; 'no': optional. */
  required: 'yes' | 'one-of-date' | 'no';
}

const f = (field: ImportField, label: string, required: FieldSpec['required'] = 'no'): FieldSpec => ({
  field,
  label,
  required,
});

/** The fields of each kind, in the order the mapping step shows them. */
export const IMPORT_FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  actuals: [
    f('date', 'Posting date', 'one-of-date'),
    f('period', 'Period (month)', 'one-of-date'),
    f('costCenter', 'Cost center', 'yes'),
    f('service', 'Service', 'yes'),
    f('account', 'Account', 'yes'),
    f('vendor', 'Vendor'),
    f('amount', 'Amount', 'yes'),
    f('currency', 'Currency'),
    f('reference', 'Document / reference'),
  ],
  'purchase-orders': [
    f('poNumber', 'PO number', 'yes'),
    f('poLine', 'PO line'),
    f('date', 'Order date', 'yes'),
    f('vendor', 'Vendor'),
    f('costCenter', 'Cost center', 'yes'),
    f('service', 'Service'),
    f('account', 'Account'),
    f('description', 'Description'),
    f('amount', 'Amount', 'yes'),
    f('currency', 'Currency'),
  ],
  labour: [
    f('date', 'Date', 'one-of-date'),
    f('period', 'Period (month)', 'one-of-date'),
    f('personId', 'Employee or contractor id', 'yes'),
    f('personKind', 'Employee or contractor'),
    f('hours', 'Hours'),
    f('rate', 'Rate'),
    f('amount', 'Amount'),
    f('currency', 'Currency'),
    f('costCenter', 'Cost center', 'yes'),
    f('service', 'Service'),
    f('account', 'Account'),
    f('vendor', 'Vendor'),
  ],
};

/** How a file's text is read. */
export interface ImportFileOptions {
  /** CSV only; detected when absent. */
  delimiter?: string;
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  decimal: 'point' | 'comma';
  /** How an ambiguous text date like 03/04/2027 is read; ISO dates are always understood. */
  dateOrder: 'ymd' | 'dmy' | 'mdy';
}

/** Which columns feed which fields, read from which sheet and header row. */
export interface ImportMapping {
  /** Sheet name (.xlsx); ignored for CSV. Absent: the first sheet. */
  sheet?: string;
  /** 1-based row of the column headers. */
  headerRow: number;
  /** Field → header text of the column (as in the file, compared trimmed and case-insensitively). */
  columns: Partial<Record<ImportField, string>>;
  /** Field → value used when the row has none (e.g. the account for all timesheet rows). */
  defaults: Partial<Record<ImportField, string>>;
}

/** A column of the chosen sheet as the mapping step shows it. */
export interface ImportColumn {
  /** 1-based column index. */
  index: number;
  /** "A", "B", … "AA". */
  letter: string;
  header: string;
  /** Up to five non-empty values below the header, as text. */
  samples: string[];
}

export interface InspectSheet {
  name: string;
  /** The header row guessed (or the one asked for). */
  headerRow: number;
  columns: ImportColumn[];
}

/** What `imports/inspect` finds in a file. */
export interface InspectResult {
  fileName: string;
  sha256: string;
  fileKind: 'csv' | 'xlsx';
  /** What was detected for a CSV file. */
  csv?: { delimiter: string; encoding: string };
  sheets: InspectSheet[];
  /** The sheet the suggestion is for. */
  sheet: string;
  /** Suggested mapping for that sheet (saved mapping of the source first, then header names). */
  suggested: ImportMapping;
  /** The source's saved file options, or sensible defaults. */
  options: ImportFileOptions;
}

export type ImportProblemKind =
  | 'missing'
  | 'bad-date'
  | 'bad-amount'
  | 'unknown-code'
  | 'hours-rate'
  | 'duplicate-in-file'
  | 'already-imported'
  | 'closed-period'
  | 'bad-value';

/** One thing wrong with one row (row and column as the user sees them in the file). */
export interface ImportProblem {
  row: number;
  /** Header text of the column ('' when the problem is not about one column). */
  column: string;
  /** Column letter ("C"), '' when not about one column. */
  letter: string;
  field: ImportField | null;
  kind: ImportProblemKind;
  message: string;
  /** The cell's text as read. */
  value: string;
  /** For 'unknown-code': the dimension, so the UI can offer a translation. */
  dimension?: CodeDimension;
}

/** Control totals in one currency (Money strings in that currency). */
export interface ImportTotals {
  currency: string;
  /** Sum of every amount the file has that could be read. */
  fileTotal: Money;
  /** Sum of the rows that would be imported. */
  importTotal: Money;
  /** Sum of the rows left out because of problems (amounts that could be read). */
  leftOutTotal: Money;
  /** Sum of the rows skipped because they were imported before. */
  alreadyImportedTotal: Money;
}

/** A row left out, with its amount when it could be read. */
export interface LeftOutRow {
  row: number;
  amount: Money | null;
  currency: string;
  reasons: string[];
}

/** What `imports/preview` reports, and what `imports/apply` checks against. */
export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  sha256: string;
  /** Hash of kind, mapping, options and translations: apply refuses if it changed. */
  mappingKey: string;
  /** Data rows read (blank rows not counted). */
  rowCount: number;
  validCount: number;
  leftOutCount: number;
  alreadyImportedCount: number;
  /** True when a batch of this kind was already imported from a file with the same hash. */
  sameFileImported: boolean;
  totals: ImportTotals[];
  /** At most `limit` problems (the count is in problemCount). */
  problems: ImportProblem[];
  problemCount: number;
  leftOut: LeftOutRow[];
}

/** The result of `imports/apply`. */
export interface ImportApplyResult {
  /** Journal seq of the import, null when nothing was imported. */
  seq: number | null;
  batchId: string | null;
  imported: number;
  leftOut: number;
  alreadyImported: number;
  message: string;
  totals: ImportTotals[];
}

/** A saved source with its mapping, options and translations. */
export interface ImportSource {
  id: string;
  kind: ImportKind;
  name: string;
  mapping: ImportMapping | null;
  options: ImportFileOptions | null;
  codeMaps: CodeMapEntry[];
}

export interface CodeMapEntry {
  dimension: CodeDimension;
  externalCode: string;
  outlayCode: string;
}

/** One past import, newest first in lists. */
export interface ImportBatch {
  id: string;
  kind: ImportKind;
  sourceName: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  importedCount: number;
  leftOutCount: number;
  duplicateCount: number;
  totals: ImportTotals[];
  importedAt: string;
  importedBy: string;
}

export interface PurchaseOrderRow {
  id: string;
  poNumber: string;
  poLine: string;
  date: string;
  vendor: string;
  costCenter: string;
  service: string;
  account: string;
  description: string;
  amount: Money;
  currency: string;
  batchId: string;
}

export interface LabourEntryRow {
  id: string;
  date: string;
  month: string;
  personId: string;
  personKind: 'employee' | 'contractor';
  hours: string;
  rate: Money;
  amount: Money;
  currency: string;
  costCenter: string;
  service: string;
  account: string;
  vendor: string;
  batchId: string;
}
