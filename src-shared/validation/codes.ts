/**
 * Naming standard for cost-object codes (cost centers, services, accounts, vendors,
 * departments): 1–32 characters, starting with a letter or digit, then letters, digits,
 * ".", "-" or "_". No spaces anywhere, so no trailing spaces either. Uniqueness is
 * case-insensitive: "cc-100" and "CC-100" are the same code.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export type CodeProblem = { field: 'code'; message: string };

export function checkCodeFormat(code: string, what = 'Code'): CodeProblem | null {
  if (code.length === 0) return { field: 'code', message: `${what} is empty` };
  if (code !== code.trim()) return { field: 'code', message: `${what} "${code}" has leading or trailing spaces` };
  if (code.length > 32) return { field: 'code', message: `${what} "${code}" is longer than 32 characters` };
  if (!CODE_PATTERN.test(code))
    return {
      field: 'code',
      message: `${what} "${code}" may contain only letters, digits, ".", "-" and "_" and must start with a letter or digit`,
    };
  return null;
}

/** Key under which codes are unique: case-insensitive. */
export function codeKey(code: string): string {
  return code.toUpperCase();
}

/**
 * Check a code against the existing ones (excluding the row being edited).
 * Returns a message naming the clash, e.g. a case-only duplicate.
 */
export function checkCodeUnique(
  code: string,
  existing: Iterable<{ id: string; code: string }>,
  selfId: string | null,
  what = 'Code',
): CodeProblem | null {
  const key = codeKey(code);
  for (const e of existing) {
    if (e.id === selfId) continue;
    if (codeKey(e.code) === key) {
      return e.code === code
        ? { field: 'code', message: `${what} "${code}" is already used` }
        : { field: 'code', message: `${what} "${code}" differs only in case from existing "${e.code}"` };
    }
  }
  return null;
}
