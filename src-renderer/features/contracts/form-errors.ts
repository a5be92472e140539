import { ApiCallError, errorMessage } from '../../api/client';
import { normalizeField, type FieldErrors } from './draft-parse';

/**
 * The message to show under a field for a refusal: the service's text from the field's
 * name on ("contract CTR-9: Contract 3f…: end 2025-01-01 is before the start 2026-01-01"
 * → "2025-01-01 is before the start 2026-01-01"), or the whole text when it does not say.
 */
export function messageAtField(message: string, field: string): string {
  const marker = `: ${field} `;
  const i = message.lastIndexOf(marker);
  if (i < 0) return message;
  const rest = message.slice(i + marker.length).trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Split a refusal into errors at the fields the form shows and a general message for the
 * rest. `shows(field)` tells whether the form has a place for a field such as "end" or
 * "escalation.steps[1].date".
 */
export function refusalErrors(
  e: unknown,
  shows: (field: string) => boolean,
): { fields: FieldErrors; general: string | null } {
  if (e == null) return { fields: {}, general: null };
  if (!(e instanceof ApiCallError)) return { fields: {}, general: errorMessage(e) };
  const d = e.details ?? {};
  const first = Array.isArray(d.issues)
    ? (d.issues[0] as { path?: unknown; message?: unknown } | undefined)
    : undefined;
  const raw = typeof d.field === 'string' ? d.field : typeof first?.path === 'string' ? first.path : null;
  const field = raw === null ? null : normalizeField(raw);
  if (field === null || !shows(field)) return { fields: {}, general: e.message };
  const message =
    e.code === 'bad-request' && typeof first?.message === 'string'
      ? first.message
      : messageAtField(e.message, raw ?? field);
  return { fields: { [field]: message }, general: null };
}

/** The first error at `key` or inside it ("escalation.values" holds "escalation.values.2026"). */
export function errorAt(errors: FieldErrors, key: string): string | null {
  for (const [k, v] of Object.entries(errors)) {
    if (k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`)) return v;
  }
  return null;
}
