import { readFileSync } from 'node:fs';
import { AppError } from '../../src-shared/ipc/errors';
import { EXIT, InputError, UsageError } from './cli-error';
import { COMMAND_HELP, COMMANDS, TOP_HELP, usageHint, type CommandName } from './help';
import { processIo, type CliIo } from './io';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `--help` and `--version` should not pay for SQLite and the bridge.
const HANDLERS: Record<CommandName, () => Promise<Command>> = {
  new: async () => (await import('./commands/new')).runNew,
  info: async () => (await import('./commands/info')).runInfo,
  serve: async () => (await import('./commands/serve')).runServe,
  journal: async () => (await import('./commands/journal')).runJournal,
  schedule: async () => (await import('./commands/schedule')).runSchedule,
  summary: async () => (await import('./commands/summary')).runSummary,
  tco: async () => (await import('./commands/tco')).runTco,
  'forecast-series': async () => (await import('./commands/forecast-series')).runForecastSeries,
  forecast: async () => (await import('./commands/forecast')).runForecast,
  drivers: async () => (await import('./commands/drivers')).runDrivers,
  post: async () => (await import('./commands/post')).runPost,
  export: async () => (await import('./commands/export')).runExport,
  'import-changes': async () => (await import('./commands/import-changes')).runImportChanges,
  import: async () => (await import('./commands/import')).runImport,
  'import-billing': async () => (await import('./commands/import-billing')).runImportBilling,
  allocate: async () => (await import('./commands/allocate')).runAllocate,
  chargeback: async () => (await import('./commands/chargeback')).runChargeback,
};

/** Version from package.json (the CLI runs from source, so it is always beside it). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Run the `outlay` command line and return its exit code: 0 success, 1 bad input (one
 * line on stderr naming the problem), 2 usage error (with a hint), 130 interrupted.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic !== undefined) return runCli([topic, '--help'], io);
      // Without a command it is a usage error: help goes to stderr so scripts see nothing on stdout.
      if (first === undefined) {
        io.err(TOP_HELP);
        return EXIT.usage;
      }
      io.out(TOP_HELP);
      return EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      io.out(`outlay ${cliVersion()}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"`);
    if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`unknown command "${first}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(COMMAND_HELP[first as CommandName]);
      return EXIT.ok;
    }
    const run = await HANDLERS[first as CommandName]();
    return await run(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

/** Print an error as the CLI's one-line message and pick the exit code. */
export function reportError(e: unknown, io: CliIo): number {
  if (e instanceof UsageError) {
    io.err(`outlay: ${oneLine(e.message)}\n${usageHint(e.command)}\n`);
    return EXIT.usage;
  }
  if (e instanceof InputError || e instanceof AppError) {
    io.err(`outlay: ${oneLine(e.message)}\n`);
    return EXIT.badInput;
  }
  // A failure nobody anticipated is still reported in one line; set OUTLAY_DEBUG for the stack.
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(`outlay: ${oneLine(err.message)}\n`);
  if (process.env.OUTLAY_DEBUG) io.err(`${err.stack ?? ''}\n`);
  return EXIT.badInput;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
