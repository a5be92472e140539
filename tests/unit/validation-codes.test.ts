import { describe, expect, it } from 'vitest';
import { checkCodeFormat, checkCodeUnique, codeKey } from '../../src-shared/validation/codes';

describe('cost-object code format', () => {
  it('accepts letters, digits, dots, dashes and underscores after a letter or digit', () => {
    for (const code of ['CC-100', 'a', '9', 'SVC.HOST_01', 'X'.repeat(32)])
      expect(checkCodeFormat(code), code).toBeNull();
  });

  it('names the code and the problem when it is refused', () => {
    expect(checkCodeFormat('', 'Vendor code')).toEqual({ field: 'code', message: 'Vendor code is empty' });
    expect(checkCodeFormat('CC-100 ')?.message).toBe('Code "CC-100 " has leading or trailing spaces');
    expect(checkCodeFormat(' CC-100')?.message).toMatch(/leading or trailing spaces/);
    expect(checkCodeFormat('X'.repeat(33))?.message).toMatch(/longer than 32 characters/);
    for (const code of ['CC 100', '-CC', '.CC', 'CC/1', 'Ä1', 'CC\t1']) {
      expect(checkCodeFormat(code)?.message, code).toMatch(/may contain only letters, digits/);
    }
  });
});

describe('cost-object code uniqueness', () => {
  const existing = [
    { id: '1', code: 'CC-100' },
    { id: '2', code: 'cc-200' },
  ];

  it('treats codes that differ only in case as the same code and says so', () => {
    expect(codeKey('cc-100')).toBe(codeKey('CC-100'));
    expect(checkCodeUnique('cc-100', existing, null)?.message).toBe(
      'Code "cc-100" differs only in case from existing "CC-100"',
    );
    expect(checkCodeUnique('CC-100', existing, null)?.message).toBe('Code "CC-100" is already used');
  });

  it('lets a row keep or recase its own code', () => {
    expect(checkCodeUnique('CC-100', existing, '1')).toBeNull();
    expect(checkCodeUnique('CC-200', existing, '2')).toBeNull();
    expect(checkCodeUnique('CC-300', existing, null)).toBeNull();
  });
});
