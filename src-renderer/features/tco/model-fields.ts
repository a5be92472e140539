import type { TcoAlternative, TcoModel } from '../../../src-shared/model';

/** One editable number of a model: where it is and what it holds now. */
export interface ModelField {
  /** "model" for model-wide fields, else the alternative's id (as the engine names it in errors). */
  item: string;
  /** Dotted path inside the item: "discountRatePercent", "compute.pricePerVmMonth". */
  field: string;
  value: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const SKIP = new Set(['id', 'name', 'kind']);

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

/** The key a field's edit and error are kept under: "cloud|compute.pricePerVmMonth". */
export const fieldKey = (item: string, field: string) => `${item}|${field}`;

function scalars(o: Record<string, unknown>, prefix: string): { field: string; value: string }[] {
  return Object.entries(o).flatMap(([k, v]) => {
    if (!prefix && SKIP.has(k)) return [];
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' && DECIMAL.test(v)) return [{ field: path, value: v }];
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return scalars(v as Record<string, unknown>, path);
    return [];
  });
}

/**
 * The decimal inputs of each alternative outside its lists (facility, colocation fees,
 * cloud prices and the like), found generically so every kind gets an editor. List items
 * (hardware, staff, recurring and one-off costs) are left out: they need their own forms.
 */
export function alternativeFields(a: TcoAlternative): ModelField[] {
  return scalars(a as unknown as Record<string, unknown>, '').map((f) => ({ item: a.id, ...f }));
}

function setPath(o: unknown, path: string[], value: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined || typeof o !== 'object' || o === null) return value;
  const rec = o as Record<string, unknown>;
  return { ...rec, [head]: rest.length === 0 ? value : setPath(rec[head], rest, value) };
}

/** Whole years as typed, or null when the text is not a whole number. */
export function parseYears(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

/**
 * The model with the edits applied (keys from fieldKey). Values go in as typed: the engine
 * checks them and names the alternative and field of a bad one. Years that are not a
 * whole number are left as saved (the editor flags them itself).
 */
export function applyEdits(model: TcoModel, edits: ReadonlyMap<string, string>): TcoModel {
  let out: TcoModel = model;
  for (const [key, value] of edits) {
    const [item = '', field = ''] = key.split('|');
    if (item === 'model' && field === 'years') {
      const y = parseYears(value);
      if (y !== null) out = { ...out, years: y };
    } else if (item === 'model') {
      out = setPath(out, [field], value.trim()) as TcoModel;
    } else {
      out = {
        ...out,
        alternatives: out.alternatives.map((a) =>
          a.id === item ? (setPath(a, field.split('.'), value.trim()) as TcoAlternative) : a,
        ),
      };
    }
  }
  return out;
}

/** The keys of every field the editor shows for a model. */
export function editorKeys(model: TcoModel): Set<string> {
  return new Set([
    fieldKey('model', 'years'),
    fieldKey('model', 'discountRatePercent'),
    ...model.alternatives.flatMap((a) => alternativeFields(a).map((f) => fieldKey(f.item, f.field))),
  ]);
}

/** The saved value behind a field key, as text (undefined for a key the model lacks). */
export function savedValue(model: TcoModel, key: string): string | undefined {
  const [item, field = ''] = key.split('|');
  const host: unknown = item === 'model' ? model : model.alternatives.find((a) => a.id === item);
  const v = field
    .split('.')
    .reduce<unknown>(
      (o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined),
      host,
    );
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
