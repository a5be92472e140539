import { D, isPlainDecimal, toMoney, type Money } from '../../../src-shared/money';
import { EngineInputError } from '../errors';
import { checkAlternatives, computeAlternative } from './compute';
import { createContext } from './context';
import { decimalInput, inputError, intInput } from './inputs';
import type { TornadoEntry, TornadoMetric, TornadoResult } from './result-types';
import type { RateLookup, TcoAssetBook, TcoModel } from './types';

export type { TornadoEntry, TornadoMetric, TornadoResult };

export interface TornadoOptions {
  metric: TornadoMetric;
  /** Decimal string, percent each input is moved down and up by (default "20"), 0 < p < 100. */
  variationPercent?: string;
  /** How many inputs to return, by swing (default 3). */
  top?: number;
  rates?: RateLookup;
  assets?: ReadonlyMap<string, TcoAssetBook>;
}

type Path = (string | number)[];

// Names and codes, and amounts that are structure rather than drivers, are not varied.
const NOT_INPUTS = new Set([
  'id',
  'name',
  'currency',
  'kind',
  'category',
  'per',
  'method',
  'driver',
  'startMonth',
  'assetId',
]);

function leaves(value: unknown, path: Path, out: { path: Path; value: string }[]): void {
  if (typeof value === 'string') {
    if (isPlainDecimal(value)) out.push({ path, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => leaves(v, [...path, i], out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (!NOT_INPUTS.has(k)) leaves(v, [...path, k], out);
  }
}

/** A copy of `value` with the leaf at `path` replaced; only the objects on the path are copied. */
function withLeaf(value: unknown, path: Path, leaf: string): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withLeaf(v, rest, leaf) : v));
  const obj = value !== null && typeof value === 'object' ? value : {};
  return { ...obj, [head!]: withLeaf(Reflect.get(obj, head!), rest, leaf) };
}

/** The model with one decimal input replaced (the shape is unchanged: one string for another). */
function moved(model: TcoModel, path: Path, leaf: string): TcoModel {
  return withLeaf(model, path, leaf) as TcoModel;
}

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Tornado-chart data: moves every numeric input of the model that can change the metric
 * (the discount rate, demand, and the inputs of the alternatives the metric uses) down
 * and up by `variationPercent` % of its value, one at a time, recomputes the metric and
 * returns the `top` inputs by swing (largest first; ties by path), with low/high values.
 * Inputs whose moved value is invalid are listed in `skipped`.
 *
 * @throws EngineInputError when the model as given is invalid, the metric names an
 *   unknown alternative, or the options are out of range
 */
export function tornado(model: TcoModel, options: TornadoOptions): TornadoResult {
  const p = decimalInput(options.variationPercent ?? '20', 'tornado', 'variationPercent', { above: 0 });
  if (p.greaterThanOrEqualTo(100))
    throw inputError('tornado', 'variationPercent', `${p.toFixed()} must be below 100 %`);
  const top = intInput(options.top ?? 3, 'tornado', 'top', 1, 1000);
  const m = options.metric;
  const ids = m.kind === 'npv' ? [m.alternative] : [m.base, m.other];
  checkAlternatives(model);
  const indexes = ids.map((id) => {
    const i = model.alternatives.findIndex((a) => a.id === id);
    if (i < 0) throw inputError('tornado', 'metric', `names "${id}", which is not an alternative of the model`);
    return i;
  });

  const baseCtx = createContext(model, options.rates, options.assets);
  const baseNpvs = indexes.map((i) => computeAlternative(baseCtx, model.alternatives[i]!).npv);
  const metricOf = (npvs: readonly string[]): Money =>
    toMoney(npvs.length === 1 ? new D(npvs[0]!) : new D(npvs[1]!).minus(npvs[0]!));
  // An input of one alternative moves only that alternative's NPV; the others keep theirs.
  const evaluate = (candidate: TcoModel, path: Path): Money => {
    const ctx = createContext(candidate, options.rates, options.assets);
    const only = path[0] === 'alternatives' ? path[1] : undefined;
    return metricOf(
      indexes.map((i, k) =>
        only === undefined || only === i ? computeAlternative(ctx, candidate.alternatives[i]!).npv : baseNpvs[k]!,
      ),
    );
  };
  const baseResult = metricOf(baseNpvs);

  const found: { path: Path; value: string }[] = [];
  leaves(model.discountRatePercent, ['discountRatePercent'], found);
  leaves(model.demand, ['demand'], found);
  for (const i of new Set(indexes)) leaves(model.alternatives[i], ['alternatives', i], found);

  const entries: TornadoEntry[] = [];
  const skipped: TornadoResult['skipped'] = [];
  for (const { path, value } of found) {
    const base = new D(value);
    const low = toMoney(base.times(new D(1).minus(p.div(100))));
    const high = toMoney(base.times(new D(1).plus(p.div(100))));
    const text = pathText(path);
    try {
      const lowResult = evaluate(moved(model, path, low), path);
      const highResult = evaluate(moved(model, path, high), path);
      entries.push({
        path: text,
        label: labelOf(model, path),
        base: value,
        low,
        high,
        lowResult,
        highResult,
        swing: toMoney(new D(highResult).minus(lowResult).abs()),
      });
    } catch (e) {
      if (!(e instanceof EngineInputError)) throw e;
      skipped.push({ path: text, message: e.message });
    }
  }
  entries.sort((a, b) => new D(b.swing).comparedTo(a.swing) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { baseResult, entries: entries.slice(0, top), skipped };
}

function labelOf(model: TcoModel, path: Path): string {
  if (path[0] === 'alternatives') {
    const alt = model.alternatives[Number(path[1])];
    return `${alt?.id ?? '?'}: ${pathText(path.slice(2))}`;
  }
  if (path[0] === 'demand') return `demand: ${pathText(path.slice(1))}`;
  return `model: ${pathText(path)}`;
}
