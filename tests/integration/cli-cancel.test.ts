import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, tempDir, waitFor } from './cli-run';

describe('outlay new, interrupted', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows progress for a large demo and leaves nothing behind when cancelled with Ctrl+C while writing', async () => {
    const file = join(dir, 'large.outlay');
    const child = start(['new', file, '--demo', '--lines', '50000', '--as-of', '2026-03-15']);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Writing large\.outlay/, 60_000);
    // Let the writer get going so there is a half-built temporary file to clean up.
    await new Promise((r) => setTimeout(r, 1500));
    expect(readdirSync(dir).some((n) => n.endsWith('.creating') || n.endsWith('.creating-wal'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Generated 100,000 budget lines/);
    expect(stderr).toMatch(/outlay: cancelled; no workbook was written/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 90_000);
});
