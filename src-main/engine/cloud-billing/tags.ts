/**
 * Tag hygiene: tag keys are matched after normalisation (case, whitespace, `-`, `_`, `.`,
 * `:` ignored, so `CostCenter`, `cost-center` and ` cost center` are one key), aliases join
 * spellings normalisation cannot (`costcentre`), and value tables map what owners typed onto
 * the canonical values. A selected key with no value is untagged (null).
 */

export interface TagRules {
  /** Canonical key → other spellings of it. */
  aliases?: Readonly<Record<string, readonly string[]>>;
  /** Canonical key → (value as typed → canonical value); matched on trimmed, lower-case values. */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Spellings of common allocation keys seen in real tagging policies. */
export const DEFAULT_TAG_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CostCenter: ['costcentre', 'cost-centre', 'cost_centre', 'cc', 'costcode'],
  Environment: ['env', 'stage'],
  Application: ['app', 'application-name', 'appname'],
  Owner: ['owner-email', 'owneremail', 'contact'],
};

/** A key reduced to what distinguishes it: lower case without whitespace and separators. */
export function tagToken(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.:/]+/g, '');
}

/** Maps raw tag keys and values of a file onto the selected canonical keys. */
export class TagNormalizer {
  private readonly keyOf = new Map<string, string>();
  private readonly valueOf = new Map<string, Map<string, string>>();

  /** `selected`: the canonical keys to keep, in the order aggregates list them. */
  constructor(
    readonly selected: readonly string[],
    rules: TagRules = {},
  ) {
    const aliases = { ...DEFAULT_TAG_ALIASES, ...rules.aliases };
    for (const key of selected) {
      this.keyOf.set(tagToken(key), key);
      for (const [canonical, spellings] of Object.entries(aliases)) {
        if (tagToken(canonical) !== tagToken(key)) continue;
        for (const s of spellings) this.keyOf.set(tagToken(s), key);
      }
      const table = rules.values?.[key];
      if (table) this.valueOf.set(key, new Map(Object.entries(table).map(([v, to]) => [v.trim().toLowerCase(), to])));
    }
  }

  /** Raw keys seen, resolved once each (a bill repeats a handful of spellings millions of times). */
  private readonly rawKeys = new Map<string, string | null>();

  /** The selected key a raw key stands for, or undefined when it is not selected. */
  key(raw: string): string | undefined {
    let hit = this.rawKeys.get(raw);
    if (hit === undefined) {
      hit = this.keyOf.get(tagToken(raw)) ?? null;
      if (this.rawKeys.size < 10_000) this.rawKeys.set(raw, hit);
    }
    return hit ?? undefined;
  }

  /** A raw value as the canonical one: mapped through the key's table, else trimmed; '' → null. */
  value(key: string, raw: unknown): string | null {
    if (raw === null || raw === undefined) return null;
    const text = (typeof raw === 'string' ? raw : JSON.stringify(raw)).trim();
    if (text === '') return null;
    return this.valueOf.get(key)?.get(text.toLowerCase()) ?? text;
  }
}

/**
 * Tags of a JSON cell: a JSON object (FOCUS `Tags`, CUR 2.0 `resource_tags`) or Azure's
 * brace-less list (`"CostCenter": "1234","env": "prod"`). Null/empty cells have no tags;
 * anything else that is not an object throws (the caller names row and column).
 */
export function parseTagCell(text: string): Record<string, unknown> {
  const t = text.trim();
  if (t === '' || t === 'NULL' || t === 'null' || t === '{}') return {};
  const parsed: unknown = JSON.parse(t.startsWith('{') ? t : `{${t}}`);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SyntaxError('not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
