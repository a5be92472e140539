import type { TcoAlternative, TcoModel } from '../../../src-shared/model';

/** A path into a model: keys and list indexes ("alternatives", 0, "hardware", 2, "unitCost"). */
export type Path = readonly (string | number)[];

/** The value at `path`, or undefined when any step is missing. */
export function getIn(o: unknown, path: Path): unknown {
  let v = o;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

/**
 * A copy of `o` with `value` at `path` (objects and lists copied along the path only).
 * `undefined` removes the key, and an object it leaves empty (an optional group such as
 * installed hardware with every field cleared) goes too.
 */
export function setIn<T>(o: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (Array.isArray(o)) {
    const copy = [...o];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const rec = typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : {};
  const key = String(head);
  const next = rest.length === 0 ? value : setIn(rec[key], rest, value);
  const drop = next === undefined || isEmptyObject(next);
  // Keys keep their order, so a value typed back to the saved one leaves an identical model.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k !== key) out[k] = v;
    else if (!drop) out[k] = next;
  }
  if (!(key in rec) && !drop) out[key] = next;
  return out as T;
}

/** A copy of the list at `path` with `item` appended. */
export function appendAt<T>(o: T, path: Path, item: unknown): T {
  const list = getIn(o, path);
  return setIn(o, path, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy of the list at `path` without its element `index`. */
export function removeAt<T>(o: T, path: Path, index: number): T {
  const list = getIn(o, path);
  return setIn(
    o,
    path,
    (Array.isArray(list) ? list : []).filter((_, i) => i !== index),
  );
}

/**
 * The engine's name of a field inside alternative `i`'s object: ["hardware", 0, "unitCost"] →
 * "hardware[0].unitCost", as its validation errors name it (details.field).
 */
export function fieldName(path: Path): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

/** The key an input's edit state and error are kept under: "<item>|<field>", e.g. "dc|hardware[0].unitCost". */
export const inputKey = (item: string, path: Path) => `${item}|${fieldName(path)}`;

/**
 * Text typed into a whole-number field: the number when it is one, else the text as typed
 * so the engine refuses it naming the field (the editor never guesses).
 */
export function wholeOrText(text: string): number | string {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

/** Text for an input from a model value (numbers and decimal strings as they are). */
export function asText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** True when the two models are the same inputs (a what-if with no change is no what-if). */
export function sameModel(a: TcoModel, b: TcoModel): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An id for a new alternative of `kind` that no alternative of the model uses yet. */
export function freshAlternativeId(model: TcoModel, kind: TcoAlternative['kind']): string {
  const used = new Set(model.alternatives.map((a) => a.id));
  for (let n = 1; ; n++) {
    const id = `${kind}-${n}`;
    if (!used.has(id)) return id;
  }
}
