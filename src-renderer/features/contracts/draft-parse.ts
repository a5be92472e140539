import { parseUserAmount } from '../../../src-shared/money';

/** Problems found before sending, keyed by the field names the service uses ("end", "escalation.percent"). */
export type FieldErrors = Record<string, string>;

/** An amount as typed ("12,500.00") → canonical Money, or an error at `field`. */
export function amountOf(text: string, field: string, errors: FieldErrors): string {
  try {
    const m = parseUserAmount(text);
    if (m !== null) return m;
    errors[field] = 'Enter an amount.';
  } catch (e) {
    errors[field] = e instanceof Error ? e.message : String(e);
  }
  return '0';
}

/** A percentage as typed ("3,5 %" is not accepted; "3.5" or "3.5 %" is) → "3.5", or an error. */
export function percentOf(text: string, field: string, errors: FieldErrors): string {
  const t = text.replace(/%\s*$/, '').trim().replace(/^\+/, '');
  if (/^-?\d+(\.\d+)?$/.test(t)) return t;
  errors[field] = t === '' ? 'Enter a percentage.' : `"${text}" is not a percentage.`;
  return '0';
}

/** An optional percentage: undefined when blank. */
export function optionalPercent(text: string, field: string, errors: FieldErrors): string | undefined {
  return text.trim() === '' ? undefined : percentOf(text, field, errors);
}

/** A whole number as typed, or undefined when blank; an error for anything else. */
export function wholeOf(text: string, field: string, errors: FieldErrors): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^-?\d{1,6}$/.test(t)) return Number(t);
  errors[field] = `"${text}" is not a whole number.`;
  return undefined;
}

/** An optional date field: undefined when blank (the shape is checked by the service). */
export function optionalDate(text: string): string | undefined {
  const t = text.trim();
  return t === '' ? undefined : t;
}

/**
 * The field a refusal names, in the form the dialog keys its errors by: zod paths
 * ("escalation.steps.0.date") become the engine's form ("escalation.steps[0].date").
 */
export function normalizeField(field: string): string {
  return field.replace(/steps\.(\d+)/g, 'steps[$1]');
}
