import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MAX_RECENT = 10;

/**
 * The recently opened workbooks, newest first, kept in a small JSON file in the user
 * data folder. Files that no longer exist are dropped when the list is read.
 */
export class RecentFiles {
  constructor(private readonly file: string) {}

  list(): string[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { files?: unknown };
      if (!Array.isArray(parsed.files)) return [];
      return parsed.files.filter((f): f is string => typeof f === 'string' && existsSync(f)).slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }

  /** Moves `path` to the top; returns the new list. */
  remember(path: string): string[] {
    const abs = resolve(path);
    const files = [abs, ...this.list().filter((f) => f !== abs)].slice(0, MAX_RECENT);
    this.write(files);
    return files;
  }

  clear(): void {
    this.write([]);
  }

  private write(files: string[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves a half-written list.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ files }, null, 2));
    renameSync(tmp, this.file);
  }
}
