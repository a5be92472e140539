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
import { parseDateCell, parsePeriodCell } from './parse-date';

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

  /** Validate one row (`row`: its 1-based number in the file). */
  check(row: number, cells: readonly Cell[]): RowOutcome {
    const problems: ImportProblem[] = [];
    const raw = (f: ImportField): Cell => {
      const col = this.columns[f];
      const v = col === undefined ? undefined : cells[col.at];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        const d = this.mapping.defaults[f];
        return d === undefined || d.trim() === '' ? null : d;
      }
      return v;
    };
    const text = (f: ImportField) => cellText(raw(f));
    const problem = (
      f: ImportField | null,
      kind: ImportProblemKind,
      message: string,
      extra?: Partial<ImportProblem>,
    ) => {
      const col = f === null ? undefined : this.columns[f];
      problems.push({
        row,
        column: col?.header ?? '',
        letter: col?.letter ?? '',
        field: f,
        kind,
        message,
        value: f === null ? '' : text(f),
        ...extra,
      });
    };
    const required = (f: ImportField, label: string): string => {
      const v = text(f);
      if (v === '') problem(f, 'missing', `${label} is empty`);
      return v;
    };
    const code = (dim: Exclude<CodeDimension, 'currency'>, f: ImportField, label: string, need: boolean) => {
      const v = need ? required(f, label) : text(f);
      if (v === '') return null;
      const outlay = this.env.translations.get(`${dim}:${v.toUpperCase()}`) ?? v;
      const id = this.env.codes[dim].get(outlay.toUpperCase());
      if (id === undefined) {
        const via = outlay === v ? '' : ` (translated to "${outlay}")`;
        problem(f, 'unknown-code', `${label} "${v}"${via} is not in the workbook`, { dimension: dim });
        return null;
      }
      return id;
    };

    // Currency first: it sets how many decimals the amounts may have.
    const curText = text('currency') || this.env.baseCurrency;
    const currency = (this.env.translations.get(`currency:${curText.toUpperCase()}`) ?? curText).toUpperCase();
    const minor = this.env.currencies.get(currency);
    if (minor === undefined)
      problem('currency', 'unknown-code', `Currency "${curText}" is not in the workbook`, { dimension: 'currency' });

    let date = '';
    let month = '';
    const dateCell = raw('date');
    if (dateCell !== null || this.kind === 'purchase-orders') {
      const d = parseDateCell(dateCell, this.options.dateOrder);
      if (!d.ok) problem('date', 'bad-date', `Date ${d.reason}`);
      else if (d.value === null) problem('date', 'missing', 'Date is empty');
      else [date, month] = [d.value, d.value.slice(0, 7)];
    } else {
      const p = parsePeriodCell(raw('period'), this.options.dateOrder);
      if (!p.ok) problem('period', 'bad-date', `Period ${p.reason}`);
      else if (p.value === null)
        problem(this.columns.period ? 'period' : 'date', 'missing', 'Date and period are empty');
      else month = p.value;
    }
    if (month !== '' && this.env.closedMonths.has(month)) {
      problem(date !== '' ? 'date' : 'period', 'closed-period', `${month} is closed; nothing can be imported into it`);
    }

    const costCenterId = code('costCenter', 'costCenter', 'Cost center', true);
    const serviceId = code('service', 'service', 'Service', this.kind === 'actuals');
    const accountId = code('account', 'account', 'Account', this.kind === 'actuals');
    const vendorId = code('vendor', 'vendor', 'Vendor', false);

    const amountOf = (f: ImportField, label: string, decimals?: number): Money | null => {
      const r = parseDecimalCell(raw(f), this.options.decimal, decimals);
      if (!r.ok) {
        problem(f, 'bad-amount', `${label} ${r.reason}`);
        return null;
      }
      return r.value;
    };
    let amount = amountOf('amount', 'Amount', minor);
    let hours = '';
    let rate = '';
    let personId = '';
    let personKind: 'employee' | 'contractor' = 'contractor';
    if (this.kind === 'labour') {
      personId = required('personId', 'Employee or contractor id');
      const kindText = text('personKind').toLowerCase();
      if (EMPLOYEE.has(kindText)) personKind = 'employee';
      else if (kindText !== '' && !CONTRACTOR.has(kindText)) {
        problem('personKind', 'bad-value', `"${text('personKind')}" is neither employee nor contractor`);
      }
      const h = amountOf('hours', 'Hours');
      const r = amountOf('rate', 'Rate');
      hours = h ?? '';
      rate = r ?? '';
      const amountGiven = raw('amount') !== null;
      if (h !== null && r !== null && minor !== undefined) {
        const product = new D(h).times(r);
        if (amount === null && !amountGiven) amount = toMoney(product.toDecimalPlaces(minor, D.ROUND_HALF_UP));
        else if (amount !== null && product.minus(amount).abs().greaterThan(CENT)) {
          problem('amount', 'hours-rate', `Amount ${amount} is not hours × rate (${h} × ${r} = ${toMoney(product)})`);
        }
      } else if (amount === null && !amountGiven && problems.length === 0) {
        problem('amount', 'missing', 'Amount is empty and hours × rate cannot be computed');
      }
    } else if (amount === null && !problems.some((p) => p.field === 'amount')) {
      problem('amount', 'missing', 'Amount is empty');
    }

    const reference = text('reference');
    const description = text('description');
    const poNumber = this.kind === 'purchase-orders' ? required('poNumber', 'PO number') : '';
    const poLine = text('poLine');

    const outcome: RowOutcome = { record: null, already: false, problems, amount, currency };
    if (problems.length > 0) return outcome;
    const sourceKey = this.keyOf({
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
      problem(null, 'already-imported', 'Imported before (same source key); skipped');
      return outcome;
    }
    const first = this.seen.get(sourceKey);
    if (first !== undefined) {
      problem(null, 'duplicate-in-file', `Duplicate of row ${first}`);
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

  /**
   * What identifies a row in its source system: the PO number and line; otherwise the
   * row's content (with its reference when mapped), so the same line from a re-exported
   * file is recognised.
   */
  private keyOf(v: Record<string, string | null>): string {
    const j = (...xs: (string | null | undefined)[]) => xs.map((x) => x ?? '').join('|');
    if (this.kind === 'purchase-orders') {
      return v.poLine
        ? j('po', v.poNumber, v.poLine)
        : j('po', v.poNumber, v.date, v.costCenterId, v.amount, v.currency, v.description);
    }
    if (this.kind === 'labour') {
      return j(
        'lab',
        v.personId,
        v.date || v.month,
        v.costCenterId,
        v.serviceId,
        v.accountId,
        v.hours,
        v.amount,
        v.currency,
      );
    }
    return j(
      'act',
      v.reference,
      v.date || v.month,
      v.costCenterId,
      v.serviceId,
      v.accountId,
      v.vendorId,
      v.amount,
      v.currency,
    );
  }
}
