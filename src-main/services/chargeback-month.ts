import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import type { ChargebackReconciliation } from '../../src-shared/model/chargeback-invoices';
import { parseNodeId } from '../../src-shared/model/allocation-nodes';
import { D, type Money, toMoney } from '../../src-shared/money';
import {
  UNIT_LABELS,
  type AllocatedShare,
  type BillableUnit,
  type CatalogueService,
  type InvoiceInput,
} from '../engine/chargeback';
import {
  balancesOf,
  cardRates,
  catalogueRecords,
  costCenterDepartments,
  currentRunOf,
  listUnitRecords,
  postingsOf,
  publishedCardOf,
  usageOf,
  type PostingRecord,
  type RunRecord,
  type UnitRecord,
} from '../repo/chargeback-repo';
import { listCurrencies } from '../repo/settings-repo';
import { currentSettings, type WorkbookContext } from './context';
import { applyAdjustments } from './chargeback-adjust';
import { describeRuleSources } from './chargeback-sources';

/** Everything a month's invoices are built from, read once. */
export interface MonthEnv {
  month: string;
  currency: string;
  minorUnits: number;
  fiscalYear: number;
  run: RunRecord | null;
  card: { id: string; version: number } | null;
  units: UnitRecord[];
  unitById: Map<string, UnitRecord>;
  /** The month's postings of the current run ([] without one). */
  postings: PostingRecord[];
  /** Posting target → department id, for targets that are (in) a business unit and not closed later. */
  unitOfTarget: Map<string, string>;
  catalogue: CatalogueService[];
  rates: Map<string, Money>;
  /** Why invoices cannot be issued, or null. */
  blocked: string | null;
}

const isBillableUnit = (u: string): u is BillableUnit => Object.hasOwn(UNIT_LABELS, u);

/** Read the month's run, rate card, catalogue and units (nothing is refused here; see `blocked`). */
export function loadMonthEnv(ctx: WorkbookContext, month: string): MonthEnv {
  const settings = currentSettings(ctx);
  const minorUnits = listCurrencies(ctx.orm).find((c) => c.code === settings.baseCurrency)?.minorUnits ?? 2;
  const fiscalYear = fiscalYearOf(month, settings.fyStartMonth);
  const run = currentRunOf(ctx.db, month) ?? null;
  const card = publishedCardOf(ctx.db, fiscalYear) ?? null;
  const units = listUnitRecords(ctx.db);
  const unitById = new Map(units.map((u) => [u.departmentId, u]));
  const postings = run ? postingsOf(ctx.db, run.id) : [];
  const catalogue = catalogueRecords(ctx.db).map((s) => {
    if (!isBillableUnit(s.unit)) {
      throw new AppError('validation', `Service ${s.code}: unit "${s.unit}" is not a billable unit.`, {
        item: s.code,
        field: 'unit',
      });
    }
    return { id: s.id, name: s.name, unit: s.unit };
  });
  let blocked: string | null = null;
  if (!run) blocked = `There is no current allocation run for ${month}: run the month's allocation first.`;
  else if (!card) blocked = `There is no published rate card for fiscal year ${fiscalYear}: publish one first.`;
  return {
    month,
    currency: settings.baseCurrency,
    minorUnits,
    fiscalYear,
    run,
    card,
    units,
    unitById,
    postings,
    unitOfTarget: unitTargets(ctx, postings, units),
    catalogue,
    rates: new Map(card ? cardRates(ctx.db, card.id).map((r) => [r.serviceId, r.rate]) : []),
    blocked,
  };
}

/**
 * Map a run's targets to departments: `bu:<dept code>` and `cc:<code>` of a cost center in it.
 * Targets closed by a later step-down rule are left out.
 */
export function unitTargets(
  ctx: WorkbookContext,
  postings: readonly PostingRecord[],
  units: readonly UnitRecord[] = listUnitRecords(ctx.db),
): Map<string, string> {
  const byCode = new Map(units.map((u) => [u.code, u.departmentId]));
  const ccDept = costCenterDepartments(ctx.db);
  // A node a step-down rule closed passed its balance on; charging it too would count it twice.
  const closed = new Set(postings.flatMap((p) => (p.fromNode ? [p.fromNode] : [])));
  const out = new Map<string, string>();
  for (const p of postings) {
    const ref = parseNodeId(p.target);
    if (!ref || closed.has(p.target)) continue;
    const dept = ref.kind === 'bu' ? byCode.get(ref.code) : ref.kind === 'cc' ? ccDept.get(ref.code) : undefined;
    if (dept) out.set(p.target, dept);
  }
  return out;
}

/** Throw the month's blocking reason as a validation error. */
export function requireIssuable(env: MonthEnv): asserts env is MonthEnv & { run: RunRecord } {
  if (env.blocked) throw new AppError('validation', env.blocked, { item: env.month, field: 'month' });
}

/** What a posting is called on an invoice: its driver, or how the rule split. */
export function driverOf(p: PostingRecord): string {
  if (p.driver) return p.driver;
  if (p.method === 'percent') return 'percent';
  if (p.method === 'even') return 'even split';
  return p.method;
}

/** The quantity printed beside a shared line: the driver quantity, the percentage, or 1 share. */
function quantityOf(p: PostingRecord): string {
  return p.quantity ?? p.percent ?? '1';
}

/**
 * The engine's shares of every unit from the run's postings (business-unit codes as targets),
 * in minor units by cumulative rounding over the run's postings to units.
 * @throws AppError 'validation' for a posting to a unit in another currency than the workbook's
 */
export function sharesOf(env: MonthEnv): AllocatedShare[] {
  if (!env.run) return [];
  const label = describeRuleSources(env.run.inputs);
  const out: AllocatedShare[] = [];
  // Cumulative rounding: a run that kept more decimals than the currency has is charged in
  // minor units whose sum is the rounded sum of what it posted (no per-line drift).
  let exact = new D(0);
  let charged = new D(0);
  for (const p of env.postings) {
    const dept = env.unitOfTarget.get(p.target);
    if (!dept) continue;
    if (p.currency !== env.currency) {
      throw new AppError(
        'validation',
        `Allocation run ${env.run.id}, rule ${p.rule}: ${p.amount} ${p.currency} to ${p.target} is not in the workbook currency ${env.currency}; allocate in ${env.currency}.`,
        { item: `rule ${p.rule}`, field: 'currency' },
      );
    }
    exact = exact.plus(p.amount);
    const upTo = exact.toDecimalPlaces(env.minorUnits, D.ROUND_HALF_UP);
    const amount = toMoney(upTo.minus(charged));
    charged = upTo;
    out.push({
      target: env.unitById.get(dept)!.code,
      source: p.fromNode ?? label(p.rule),
      amount,
      driver: driverOf(p),
      driverQuantity: quantityOf(p),
      ruleId: p.rule,
    });
  }
  return out;
}

/** Every unit's invoice inputs of the month, with the month's dispute adjustments applied. */
export function monthInputs(ctx: WorkbookContext, env: MonthEnv): Map<string, InvoiceInput> {
  const shares = sharesOf(env);
  const usage = usageOf(ctx.db, env.month);
  const inputs = new Map<string, InvoiceInput>();
  for (const u of env.units) {
    inputs.set(u.departmentId, {
      businessUnit: u.code,
      month: env.month,
      mode: u.mode,
      usage: usage
        .filter((r) => r.departmentId === u.departmentId)
        .map((r) => ({ serviceId: r.serviceId, quantity: r.quantity })),
      shares: shares.filter((s) => s.target === u.code),
      credits: [],
      catalogue: env.catalogue,
      rates: env.rates,
      minorUnits: env.minorUnits,
    });
  }
  applyAdjustments(ctx, env.month, inputs);
  return inputs;
}

/**
 * The month's cross-checks, computed apart from the invoices: the run's end balances on units
 * (or its postings when it stored none) against Σ shared lines, and every service line
 * against quantity × rate rounded to the currency's minor units.
 */
export function reconcile(
  ctx: WorkbookContext,
  env: MonthEnv,
  inputs: Map<string, InvoiceInput>,
  invoiced: { shared: Money; service: Money },
): ChargebackReconciliation {
  let allocated = new D(0);
  const unmatched: { target: string; amount: Money }[] = [];
  const balances = env.run ? balancesOf(ctx.db, env.run.id) : [];
  // Without stored balances, postings to targets no step-down closed stand in for them.
  const closed = new Set(env.postings.flatMap((p) => (p.fromNode ? [p.fromNode] : [])));
  const held = balances.length > 0 ? balances : env.postings.filter((p) => !closed.has(p.target));
  for (const b of held) {
    if (env.unitOfTarget.has(b.target)) allocated = allocated.plus(b.amount);
    else if (!b.target.startsWith('svc:')) unmatched.push({ target: b.target, amount: toMoney(new D(b.amount)) });
  }
  let expected = new D(0);
  for (const input of inputs.values()) {
    const qty = new Map<string, InstanceType<typeof D>>();
    for (const u of input.usage) qty.set(u.serviceId, (qty.get(u.serviceId) ?? new D(0)).plus(u.quantity));
    for (const [serviceId, q] of qty) {
      const rate = env.rates.get(serviceId) ?? '0';
      expected = expected.plus(q.times(rate).toDecimalPlaces(env.minorUnits, D.ROUND_HALF_UP));
    }
  }
  const allocatedToUnits = toMoney(allocated.toDecimalPlaces(env.minorUnits, D.ROUND_HALF_UP));
  const serviceExpected = toMoney(expected);
  return {
    allocatedToUnits,
    sharedInvoiced: invoiced.shared,
    serviceInvoiced: invoiced.service,
    serviceExpected,
    unmatchedTargets: unmatched,
    balanced: new D(allocatedToUnits).eq(invoiced.shared) && new D(serviceExpected).eq(invoiced.service),
  };
}
