import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src-main/services';
import { outlay, tempDir } from './cli-run';

interface Entry {
  seq: number;
  at: string;
  actor: string;
  command: string;
  label: string;
}

describe('outlay journal', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'journal.outlay');
    const r = await outlay([
      'new',
      file,
      '--demo',
      '--lines',
      '30',
      '--seed',
      '5',
      '--as-of',
      '2026-03-15',
      '--user',
      'Ana Planner',
    ]);
    expect(r.code).toBe(0);
    // Two edits through the real services, as the app would make them.
    const s = await openWorkbook(file);
    try {
      const [baseline] = (await s.call('scenario/list', {})).filter((x) => x.kind === 'baseline');
      const grid = await s.call('budget/get-grid', { scenarioId: baseline!.id, fiscalYear: 2026 });
      // A line typed by hand: driver-costed lines refuse typed amounts in their months.
      const line = grid.lines.find((l) => !l.driver)!;
      await s.call('budget/set-cells', {
        fiscalYear: 2026,
        cells: [{ lineId: line.id, month: grid.months[0]!, amount: '1234.56' }],
      });
      await s.call('scenario/rename', { id: baseline!.id, name: 'Baseline 2026' });
    } finally {
      s.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the latest entries newest first as JSON, with actor, command and label', async () => {
    const r = await outlay(['journal', file, '--json']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Entry[];
    expect(entries.map((e) => e.command)).toEqual(['scenario/rename', 'budget/set-cells', 'workbook/create']);
    expect(entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    for (const e of entries) {
      expect(e.actor).toBe('Ana Planner');
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
      expect(e.label.length).toBeGreaterThan(0);
    }
  });

  it('honours --limit', async () => {
    const r = await outlay(['journal', file, '--limit', '1', '--json']);
    expect((JSON.parse(r.stdout) as Entry[]).map((e) => e.seq)).toEqual([3]);
  });

  it('prints an aligned table by default', async () => {
    const r = await outlay(['journal', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Seq\s+At\s+Actor\s+Command\s+Label$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^\s*3\s+\S+\s+Ana Planner\s+scenario\/rename\s+\S/);
    expect(lines[4]).toMatch(/^\s*1\s+\S+\s+Ana Planner\s+workbook\/create\s+Create workbook with demo data$/);
    // Columns line up: every row has the command column at the same offset.
    const at = lines[0]!.indexOf('Command');
    for (const l of lines.slice(2)) expect(l.slice(at)).toMatch(/^(scenario|budget|workbook)\//);
  });
});
