import type { ImportField } from '../../../src-shared/model/imports';

/** `record` with `field` set to `value`, or without it when the value is empty. */
export function withField(
  record: Partial<Record<ImportField, string>>,
  field: ImportField,
  value: string,
): Partial<Record<ImportField, string>> {
  const next = { ...record };
  if (value.trim() === '') delete next[field];
  else next[field] = value;
  return next;
}
