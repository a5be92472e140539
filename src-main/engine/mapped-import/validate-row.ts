import { D } from '../../../src-shared/money/decimal';
import { toMoney, type Money } from '../../../src-shared/money/money';
import type {
  CodeDimension,
  ImportField,
  ImportFileOptions,
  ImportKind,
  ImportMapping,
  ImportProblem,
  ImportProblemKind,
} from '../../../src-shared/model/imports';
import { cellText, type Cell } from './cells';
import type { BoundColumns } from './columns';
import { parseDecimalCell } from './parse-amount';
import { parseDateCell, parsePeriodCell, withMonth, type ParsedDate } from './parse-date';
import { sourceKeyOf } from './source-key';

/** What validation checks codes, periods and duplicates against (read by the service). */
export interface ValidationEnv {
  baseCurrency: string;
  /** Per dimension: Outlay code (upper case) → id. */
  codes: Record<Exclude<CodeDimension, 'currency'>, ReadonlyMap<string, string>>;
  /** Currency code (upper case) → minor units. */
  currencies: ReadonlyMap<string, number>;
  /** `${dimension}:${external code upper case}` → Outlay code. */
  translations: ReadonlyMap<string, string>;
  /** Months ("YYYY-MM") no import may post into. */
  closedMonths: ReadonlySet<string>;
  /** Source keys already imported for this kind. */
  existingKeys: ReadonlySet<string>;
}

/** A row ready to write: ids resolved, Money strings exact. */
export interface ImportRecord {
  row: number;
  sourceKey: string;
  date: string;
  month: string;
  costCenterId: string;
  serviceId: string | null;
  accountId: string | null;
  vendorId: string | null;
  amount: Money;
  currency: string;
  reference: string;
  description: string;
  poNumber: string;
  poLine: string;
  personId: string;
  personKind: 'employee' | 'contractor';
  hours: string;
  rate: string;
}

export interface RowOutcome {
  /** Set when the row has no problem (it may still be a duplicate: see `already`). */
  record: ImportRecord | null;
  /** The row was imported before (same source key); not a problem, never imported twice. */
  already: boolean;
  problems: ImportProblem[];
  /** The row's amount when it could be read (for control totals), and its currency. */
  amount: Money | null;
  currency: string;
}

const EMPLOYEE = new Set(['employee', 'emp', 'e', 'internal', 'staff', 'fte', 'mitarbeiter', 'permanent']);
const CONTRACTOR = new Set(['contractor', 'contract', 'c', 'external', 'ext', 'freelancer', 'consultant', 'vendor']);
const CENT = new D('0.01');

/**
 * Checks one data row of a mapped file after another: reads every mapped field, translates
 * codes through the source's tables, resolves them to Outlay ids and reports each problem
 * with the row, the column's header and letter. Remembers source keys so a row repeated
 * later in the file is reported as a duplicate of the first.
 */
export class RowValidator {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly kind: ImportKind,
    private readonly columns: BoundColumns,
    private readonly mapping: ImportMapping,
    private readonly options: ImportFileOptions,
    private readonly env: ValidationEnv,
  ) {}

  private readonly resolved: Record<Exclude<CodeDimension, 'currency'>, Map<string, string>> = {
    costCenter: new Map(),
    service: new Map(),
    account: new Map(),
    vendor: new Map(),
  };
  private readonly dates = new Map<string, ParsedDate>();
  private cells: readonly Cell[] = [];
  private row = 0;
  private problems: ImportProblem[] = [];

  /** A field's cell, or its default when the cell is empty (null when neither). */
  private raw(f: ImportField): Cell {
    const col = this.columns[f];
    const v = col === undefined ? undefined : this.cells[col.at];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      const d = this.mapping.defaults[f];
      return d === undefined || d.trim() === '' ? null : d;
    }
    return v;
  }

  private text(f: ImportField): string {
    return cellText(this.raw(f));
  }

  private problem(f: ImportField | null, kind: ImportProblemKind, message: string, dimension?: CodeDimension): void {
    const col = f === null ? undefined : this.columns[f];
    this.problems.push({
      row: this.row,
      column: col?.header ?? '',
      letter: col?.letter ?? '',
      field: f,
      kind,
      message,
      value: f === null ? '' : this.text(f),
      ...(dimension ? { dimension } : {}),
    });
  }

  private required(f: ImportField, label: string): string {
    const v = this.text(f);
    if (v === '') this.problem(f, 'missing', `${label} is empty`);
    return v;
  }

  /** The id of a field's code after translation (null when empty or unknown, with a problem). */
  private code(dim: Exclude<CodeDimension, 'currency'>, label: string, need: boolean): string | null {
    const v = need ? this.required(dim, label) : this.text(dim);
    if (v === '') return null;
    // Files repeat a few codes over many rows: resolve each distinct text once.
    const known = this.resolved[dim].get(v);
    if (known !== undefined) return known;
    const outlay = this.env.translations.get(`${dim}:${v.toUpperCase()}`) ?? v;
    const id = this.env.codes[dim].get(outlay.toUpperCase());
    if (id === undefined) {
      const via = outlay === v ? '' : ` (translated to "${outlay}")`;
      this.problem(dim, 'unknown-code', `${label} "${v}"${via} is not in the workbook`, dim);
      return null;
    }
    this.resolved[dim].set(v, id);
    return id;
  }

  /** A date cell parsed, text dates cached (a file has far fewer distinct dates than rows). */
  private dateOf(cell: Cell): ParsedDate {
    if (typeof cell !== 'string') return withMonth(parseDateCell(cell, this.options.dateOrder));
    let d = this.dates.get(cell);
    if (d === undefined) {
      d = withMonth(parseDateCell(cell, this.options.dateOrder));
      if (this.dates.size < 100_000) this.dates.set(cell, d);
    }
    return d;
  }

  private amountOf(f: ImportField, label: string, decimals?: number): Money | null {
    const r = parseDecimalCell(this.raw(f), this.options.decimal, decimals);
    if (!r.ok) {
      this.problem(f, 'bad-amount', `${label} ${r.reason}`);
      return null;
    }
    return r.value;
  }

  /** Validate one row (`row`: its 1-based number in the file). */
  check(row: number, cells: readonly Cell[]): RowOutcome {
    this.row = row;
    this.cells = cells;
    const problems: ImportProblem[] = [];
    this.problems = problems;

    // Currency first: it sets how many decimals the amounts may have.
    const curText = this.text('currency') || this.env.baseCurrency;
    const currency = (this.env.translations.get(`currency:${curText.toUpperCase()}`) ?? curText).toUpperCase();
    const minor = this.env.currencies.get(currency);
    if (minor === undefined)
      this.problem('currency', 'unknown-code', `Currency "${curText}" is not in the workbook`, 'currency');

    let date = '';
    let month = '';
    const dateCell = this.raw('date');
    if (dateCell !== null || this.kind === 'purchase-orders') {
      const d = this.dateOf(dateCell);
      if (!d.ok) this.problem('date', 'bad-date', `Date ${d.reason}`);
      else if (d.value === null) this.problem('date', 'missing', 'Date is empty');
      else {
        date = d.value;
        month = d.month;
      }
    } else {
      const p = parsePeriodCell(this.raw('period'), this.options.dateOrder);
      if (!p.ok) this.problem('period', 'bad-date', `Period ${p.reason}`);
      else if (p.value === null)
        this.problem(this.columns.period ? 'period' : 'date', 'missing', 'Date and period are empty');
      else month = p.value;
    }
    if (month !== '' && this.env.closedMonths.has(month)) {
      this.problem(
        date !== '' ? 'date' : 'period',
        'closed-period',
        `${month} is closed; nothing can be imported into it`,
      );
    }

    const costCenterId = this.code('costCenter', 'Cost center', true);
    const serviceId = this.code('service', 'Service', this.kind === 'actuals');
    const accountId = this.code('account', 'Account', this.kind === 'actuals');
    const vendorId = this.code('vendor', 'Vendor', false);

    let amount = this.amountOf('amount', 'Amount', minor);
    let hours = '';
    let rate = '';
    let personId = '';
    let personKind: 'employee' | 'contractor' = 'contractor';
    if (this.kind === 'labour') {
      personId = this.required('personId', 'Employee or contractor id');
      const kindText = this.text('personKind').toLowerCase();
      if (EMPLOYEE.has(kindText)) personKind = 'employee';
      else if (kindText !== '' && !CONTRACTOR.has(kindText)) {
        this.problem('personKind', 'bad-value', `"${this.text('personKind')}" is neither employee nor contractor`);
      }
      const h = this.amountOf('hours', 'Hours');
      const r = this.amountOf('rate', 'Rate');
      hours = h ?? '';
      rate = r ?? '';
      const amountGiven = this.raw('amount') !== null;
      if (h !== null && r !== null && minor !== undefined) {
        const product = new D(h).times(r);
        if (amount === null && !amountGiven) amount = toMoney(product.toDecimalPlaces(minor, D.ROUND_HALF_UP));
        else if (amount !== null && product.minus(amount).abs().greaterThan(CENT)) {
          this.problem(
            'amount',
            'hours-rate',
            `Amount ${amount} is not hours × rate (${h} × ${r} = ${toMoney(product)})`,
          );
        }
      } else if (amount === null && !amountGiven && problems.length === 0) {
        this.problem('amount', 'missing', 'Amount is empty and hours × rate cannot be computed');
      }
    } else if (amount === null && !problems.some((p) => p.field === 'amount')) {
      this.problem('amount', 'missing', 'Amount is empty');
    }

    const reference = this.text('reference');
    const description = this.text('description');
    const poNumber = this.kind === 'purchase-orders' ? this.required('poNumber', 'PO number') : '';
    const poLine = this.text('poLine');

    const outcome: RowOutcome = { record: null, already: false, problems, amount, currency };
    if (problems.length > 0) return outcome;
    const sourceKey = sourceKeyOf(this.kind, {
      month,
      date,
      costCenterId,
      serviceId,
      accountId,
      vendorId,
      amount,
      currency,
      reference,
      poNumber,
      poLine,
      personId,
      hours,
      description,
    });
    if (this.env.existingKeys.has(sourceKey)) {
      outcome.already = true;
      this.problem(null, 'already-imported', 'Imported before (same source key); skipped');
      return outcome;
    }
    const first = this.seen.get(sourceKey);
    if (first !== undefined) {
      this.problem(null, 'duplicate-in-file', `Duplicate of row ${first}`);
      return outcome;
    }
    this.seen.set(sourceKey, row);
    outcome.record = {
      row,
      sourceKey,
      date,
      month,
      costCenterId: costCenterId!,
      serviceId,
      accountId,
      vendorId,
      amount: amount!,
      currency,
      reference,
      description,
      poNumber,
      poLine,
      personId,
      personKind,
      hours,
      rate,
    };
    return outcome;
  }
}
