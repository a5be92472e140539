import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlay, tempDir } from './cli-run';

describe('outlay exit codes and messages', () => {
  let dir: string;
  let workbook: string;

  beforeAll(async () => {
    dir = tempDir();
    workbook = join(dir, 'plan.outlay');
    expect((await outlay(['new', workbook, '--user', 'Ana'])).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const oneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    return stderr.trim();
  };

  it('prints the version and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const r = await outlay(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `outlay ${pkg.version}\n` });
  });

  it('shows help for the CLI and for every command with exit 0', async () => {
    const top = await outlay(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['new', 'info', 'serve', 'journal']) {
      expect(top.stdout).toContain(`${cmd} FILE`);
      const r = await outlay([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: outlay ${cmd} FILE`));
      expect(r.stdout).toContain('--json');
    }
    expect((await outlay(['help', 'journal'])).stdout).toContain('--limit N');
  });

  it('exits 1 naming a file that does not exist', async () => {
    const missing = join(dir, 'missing.outlay');
    const r = await outlay(['info', missing]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`outlay: ${missing} does not exist`);
    expect(r.stdout).toBe('');
  });

  it('exits 1 on a file that is not a workbook and leaves it byte-for-byte unchanged', async () => {
    const notes = join(dir, 'notes.outlay');
    writeFileSync(notes, 'just some text, not SQLite\n');
    const before = readFileSync(notes);
    const r = await outlay(['journal', notes]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/^outlay: "notes\.outlay" is not an Outlay workbook/);
    expect(readFileSync(notes).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['notes.outlay', 'plan.outlay']);
    rmSync(notes);
  });

  it('exits 1 and refuses to overwrite an existing file', async () => {
    const before = readFileSync(workbook);
    const r = await outlay(['new', workbook, '--demo', '--lines', '10']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`outlay: ${workbook} already exists; outlay new never overwrites a file`);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it('exits 1 on an unknown currency and on a missing folder, writing nothing', async () => {
    const r1 = await outlay(['new', join(dir, 'x.outlay'), '--currency', 'XYZ']);
    expect(r1.code).toBe(1);
    expect(oneLine(r1.stderr)).toMatch(/^outlay: unknown currency "XYZ"/);
    const r2 = await outlay(['new', join(dir, 'no', 'such', 'x.outlay')]);
    expect(r2.code).toBe(1);
    expect(oneLine(r2.stderr)).toMatch(/^outlay: folder .* does not exist$/);
    expect(readdirSync(dir)).toEqual(['plan.outlay']);
  });

  it('exits 2 with a usage hint on an unknown command, an unknown flag or a missing argument', async () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command "frobnicate"[\s\S]*outlay --help/],
      [['info', workbook, '--verbose'], /unknown option '--verbose'[\s\S]*outlay info --help/],
      [['info'], /missing FILE argument[\s\S]*outlay info --help/],
      [['journal', workbook, '--limit', 'lots'], /--limit expects a whole number[\s\S]*outlay journal --help/],
      [['new', join(dir, 'y.outlay'), '--lines', '5'], /need --demo/],
      [
        ['new', join(dir, 'y.outlay'), '--demo', '--fy-start-month', '13'],
        /--fy-start-month expects a whole number from 1 to 12/,
      ],
      [['serve', workbook, '--port', '70000'], /--port expects/],
      [['info', workbook, 'extra'], /unexpected argument "extra"/],
    ];
    for (const [args, pattern] of cases) {
      const r = await outlay(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['plan.outlay']);
  });

  it('exits 2 without a command and prints the help on stderr only', async () => {
    const r = await outlay([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: outlay <command>');
  });
});
