// Layer rules from ARCHITECTURE.md are enforced here: src-shared imports nothing app-specific,
// the engine stays pure, the renderer never reaches into src-main.
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.tmp', '.native', 'src-main/db/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src-shared/**'],
    rules: restrict([
      { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared imports nothing app-specific.' },
      { group: ['electron', 'node:*', 'fs', 'path', 'react', 'react-dom'], message: 'src-shared has no electron, node or DOM imports.' },
    ]),
  },
  {
    files: ['src-main/engine/**'],
    rules: restrict([
      { group: ['electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'node:*', 'fs', 'exceljs'], message: 'The engine is pure: no I/O.' },
      { group: ['**/db/**', '**/services/**', '**/repo/**', '**/io/**'], message: 'The engine imports only src-shared and decimal.js.' },
    ]),
  },
  {
    // ARCHITECTURE: src-main/db and src-main/repo are the only code that touches SQL.
    files: ['src-main/services/**', 'src-main/io/**', 'src-main/cli/**', 'src-main/bridge/**', 'src-main/ipc/**'],
    rules: restrict([{ group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Queries live in src-main/repo (or src-main/db).' }]),
  },
  {
    files: ['src-renderer/**'],
    rules: restrict([{ group: ['**/src-main/**', 'electron', 'better-sqlite3', 'node:*'], message: 'The renderer talks only through src-shared/ipc.' }]),
  },
);
