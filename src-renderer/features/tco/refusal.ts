import type { ApiCallError } from '../../api/client';

/** A refusal split into what belongs at an editor field and what does not. */
export interface RefusalPlace {
  /** Field key → message, for a refusal naming a field the editor shows. */
  fields: Map<string, string>;
  /** The message of a refusal about anything else. */
  other: string | null;
}

/**
 * Where to show a refusal: the engine names the alternative (or "model") as `details.item`
 * and the input as `details.field`; when the editor shows that input the message goes there.
 */
export function refusalAt(e: ApiCallError | null, shown: ReadonlySet<string>): RefusalPlace {
  if (!e) return { fields: new Map(), other: null };
  const { item, field } = e.details ?? {};
  if (typeof item === 'string' && typeof field === 'string') {
    const key = `${item}|${field}`;
    if (shown.has(key)) return { fields: new Map([[key, e.message]]), other: null };
  }
  return { fields: new Map(), other: e.message };
}
