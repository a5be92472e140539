import { DEMAND_KEYS, type TcoAlternative, type TcoModel } from '../../../src-shared/model';
import { commonLists, TIERS, type ListSpec } from './list-specs';
import { getIn, inputKey, type Path } from './model-paths';

/** One single-value input of an alternative outside its lists. */
export interface ScalarField {
  /** Path inside the alternative: ["compute", "pricePerVmMonth"], ["facility", "pricePerKwh", "amount"]. */
  path: Path;
  /** Dotted, for labels: "compute.pricePerVmMonth". */
  field: string;
  whole: boolean;
}

/** Keys that name or type things rather than hold inputs; lists and groups edited elsewhere. */
const NOT_SCALAR = new Set(['id', 'name', 'kind', 'currency', 'legacy', 'assets']);
/** Whole-number fields outside lists. */
const WHOLE = new Set(['goLiveMonth', 'dualRunningMonths']);

/** Units and acronyms as finance and data-center people write them. */
const WORDS: Record<string, string> = {
  pue: 'PUE',
  kwh: 'kWh',
  kw: 'kW',
  vm: 'VM',
  vms: 'VMs',
  tb: 'TB',
  gb: 'GB',
  fte: 'FTE',
  percent: '%',
  saas: 'SaaS',
  erp: 'ERP',
};

/**
 * A field's path as a label: "facility.pricePerKwh" → "Facility › price per kWh",
 * "subscription.escalationPercent" → "Subscription › escalation %".
 */
export function fieldLabel(path: string): string {
  const label = path
    .split('.')
    .filter((s) => s !== 'amount')
    .map((segment) =>
      segment
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(' ')
        .map((w) => WORDS[w] ?? w)
        .join(' '),
    )
    .join(' › ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The single-value inputs of an object (an alternative, or its legacy system under
 * `prefix`), found generically so every kind gets an editor: strings and numbers, inside
 * groups (facility, compute prices…) too; an amount in another currency edits its amount.
 */
export function scalarFields(o: unknown, prefix: Path = []): ScalarField[] {
  if (typeof o !== 'object' || o === null) return [];
  return Object.entries(o).flatMap(([k, v]): ScalarField[] => {
    if (NOT_SCALAR.has(k) || Array.isArray(v)) return [];
    const path = [...prefix, k];
    if (typeof v === 'string' || typeof v === 'number') {
      return [{ path, field: path.join('.'), whole: WHOLE.has(k) }];
    }
    return scalarFields(v, path);
  });
}

/** The lists an alternative shows as tables (hardware, recurring, staff, one-offs, tiers, legacy's). */
export function listsOf(a: TcoAlternative): ListSpec[] {
  switch (a.kind) {
    case 'data-center':
    case 'colocation':
      return commonLists([], true);
    case 'cloud':
      return commonLists([], false);
    case 'saas':
      return [TIERS, ...commonLists([], false), ...(a.legacy ? commonLists(['legacy'], true) : [])];
  }
}

/** The path a list cell edits: the column's field, and its amount when the value is { amount, currency }. */
export function cellPath(row: unknown, listPath: Path, index: number, field: string): Path {
  const path = [...listPath, index, ...field.split('.')];
  const v = getIn(row, field.split('.'));
  return typeof v === 'object' && v !== null ? [...path, 'amount'] : path;
}

/** The keys of every input the editor shows for a model, so a refusal naming one goes there. */
export function editorKeys(model: TcoModel): Set<string> {
  const keys = new Set(['model|years', 'model|discountRatePercent', 'model|startMonth']);
  for (const k of DEMAND_KEYS) {
    keys.add(`demand|${k}.start`);
    keys.add(`demand|${k}.growthPercent`);
  }
  for (const a of model.alternatives) {
    keys.add(inputKey(a.id, ['name']));
    for (const f of [...scalarFields(a), ...scalarFields(a.kind === 'saas' ? a.legacy : undefined, ['legacy'])]) {
      keys.add(inputKey(a.id, f.path));
    }
    for (const spec of listsOf(a)) {
      const rows = getIn(a, spec.path);
      (Array.isArray(rows) ? rows : []).forEach((row, i) => {
        for (const c of spec.columns) keys.add(inputKey(a.id, cellPath(row, spec.path, i, c.field)));
      });
    }
    if (a.kind === 'saas') {
      (a.assets ?? []).forEach((r, i) => {
        keys.add(inputKey(a.id, ['assets', i, 'assetId']));
        keys.add(inputKey(a.id, cellPath(r, ['assets'], i, 'maintenanceMonthly')));
      });
    }
  }
  return keys;
}
