import { D, toMoney, type Dec, type Money } from '../../../src-shared/money';
import { formatMinorBig } from '../../../src-shared/money/minor-units';
import { runCloud } from './cloud';
import { createContext, type TcoContext } from './context';
import { inputError } from './inputs';
import { Ledger, postView, sum } from './ledger';
import { breakEvens, npvOf } from './npv';
import { noLoad, runOnPrem } from './on-prem';
import {
  TCO_CATEGORIES,
  type AlternativeResult,
  type DecommissionedAssetResult,
  type TcoCategory,
  type TcoResult,
  type ViewLines,
  type YearRow,
  type YearTotals,
} from './result-types';
import { runSaas } from './saas';
import { DEMAND_KEYS, type RateLookup, type TcoAlternative, type TcoAssetBook, type TcoModel } from './types';

/** What computeTco needs besides the model. */
export interface ComputeOptions {
  /** Converts inputs held in other currencies; required only when some input has one. */
  rates?: RateLookup;
  /** Register assets a SaaS alternative retires, by id; required only when one references some. */
  assets?: ReadonlyMap<string, TcoAssetBook>;
}

function view(lines: ReadonlyMap<TcoCategory, Dec[]>, ctx: TcoContext): ViewLines {
  const mu = ctx.model.minorUnits;
  const posted = postView(lines, mu);
  const byCategory: ViewLines['byCategory'] = {};
  for (const [c, line] of posted) byCategory[c] = line.map((u) => formatMinorBig(u, mu));
  const total: Money[] = [];
  const cumulative: Money[] = [];
  let running = 0n;
  for (let i = 0; i < ctx.months; i++) {
    let t = 0n;
    for (const line of posted.values()) t += line[i]!;
    running += t;
    total.push(formatMinorBig(t, mu));
    cumulative.push(formatMinorBig(running, mu));
  }
  return { byCategory, total, cumulative };
}

function yearTotals(v: ViewLines, ctx: TcoContext, y: number, before: Money): YearTotals {
  const from = (y - 1) * 12;
  const byCategory: YearTotals['byCategory'] = {};
  for (const c of TCO_CATEGORIES) {
    const line = v.byCategory[c];
    if (line) byCategory[c] = sum(line.slice(from, from + 12));
  }
  const total = sum(v.total.slice(from, from + 12));
  const perUnit: YearTotals['perUnit'] = {};
  for (const key of DEMAND_KEYS) {
    const level = ctx.demand[key]?.[y - 1];
    if (!level) continue;
    perUnit[key] = level.isZero()
      ? null
      : toMoney(new D(total).div(level).toDecimalPlaces(ctx.model.minorUnits, D.ROUND_HALF_UP));
  }
  return { byCategory, total, cumulative: sum([before, total]), perUnit };
}

function years(cash: ViewLines, pnl: ViewLines, ctx: TcoContext): YearRow[] {
  const rows: YearRow[] = [];
  for (let y = 1; y <= ctx.model.years; y++) {
    const prev = rows[y - 2];
    rows.push({
      year: y,
      firstMonth: ctx.labels[(y - 1) * 12]!,
      cash: yearTotals(cash, ctx, y, prev?.cash.cumulative ?? '0'),
      pnl: yearTotals(pnl, ctx, y, prev?.pnl.cumulative ?? '0'),
    });
  }
  return rows;
}

/**
 * One alternative of a model, computed in a prepared context (see createContext).
 *
 * @throws EngineInputError naming the alternative and the field
 */
export function computeAlternative(ctx: TcoContext, alt: TcoAlternative): AlternativeResult {
  const ledger = new Ledger(ctx.months);
  let load = noLoad(ctx);
  let decommissionMonth: number | undefined;
  let retired: DecommissionedAssetResult[] | undefined;
  switch (alt.kind) {
    case 'data-center':
    case 'colocation':
      load = runOnPrem(ctx, ledger, alt.id, '', alt, ctx.months);
      break;
    case 'cloud':
      runCloud(ctx, ledger, alt);
      break;
    case 'saas':
      ({ load, decommissionMonth, retired } = runSaas(ctx, ledger, alt));
      break;
    default: {
      const other: { id?: unknown; kind?: unknown } = alt;
      throw inputError(String(other.id), 'kind', `${JSON.stringify(other.kind)} is not a kind of alternative`);
    }
  }
  const cash = view(ledger.cash, ctx);
  const pnl = view(ledger.pnl, ctx);
  const result: AlternativeResult = {
    id: alt.id,
    name: alt.name,
    kind: alt.kind,
    cash,
    pnl,
    years: years(cash, pnl, ctx),
    totalCash: cash.cumulative[ctx.months - 1]!,
    totalPnl: pnl.cumulative[ctx.months - 1]!,
    npv: npvOf(cash.total, ctx.discountRate, ctx.model.minorUnits),
    nbvAtStart: toMoney(load.nbvStart),
    nbvAtHorizon: toMoney(load.nbvEnd),
  };
  if (decommissionMonth !== undefined) result.decommissionMonth = decommissionMonth;
  if (retired !== undefined) result.decommissionedAssets = retired;
  return result;
}

/** Checks the list of alternatives: at least one, each with a unique non-empty id. */
export function checkAlternatives(model: TcoModel): void {
  if (!Array.isArray(model.alternatives) || model.alternatives.length === 0) {
    throw inputError('model', 'alternatives', 'needs at least one alternative');
  }
  const seen = new Set<string>();
  model.alternatives.forEach((a, i) => {
    if (typeof a.id !== 'string' || a.id.trim() === '') {
      throw inputError('model', `alternatives[${i}].id`, 'is empty');
    }
    if (seen.has(a.id)) throw inputError(a.id, 'id', `"${a.id}" is used by two alternatives`);
    seen.add(a.id);
  });
}

/**
 * Total cost of ownership of every alternative of a model, month by month and summed to
 * model years: cash and P&L views by category, cumulative totals, NPV of the cash costs,
 * cost per unit per year and break-even months between every pair. All amounts are Money
 * strings in the model currency; posted lines follow the rule of postLine (each model
 * year of a line rounded once, split over its months by largest remainder) and every
 * total is the exact sum of the lines shown.
 *
 * @throws EngineInputError naming the alternative (or "model"/"demand") and the field
 */
export function computeTco(model: TcoModel, options: ComputeOptions = {}): TcoResult {
  const ctx = createContext(model, options.rates, options.assets);
  checkAlternatives(model);
  const alternatives = model.alternatives.map((a) => computeAlternative(ctx, a));
  const demand: TcoResult['demand'] = {};
  for (const key of DEMAND_KEYS) {
    const levels = ctx.demand[key];
    if (levels) demand[key] = levels.map((l) => toMoney(l));
  }
  return {
    currency: model.currency,
    minorUnits: model.minorUnits,
    months: [...ctx.labels],
    demand,
    alternatives,
    breakEven: breakEvens(
      alternatives.map((a) => ({ id: a.id, cumulative: a.cash.cumulative })),
      ctx.labels,
    ),
  };
}
