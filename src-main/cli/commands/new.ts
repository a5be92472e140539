import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { localDate } from '../../services/context';
import { DEFAULT_CURRENCIES } from '../../../src-shared/model/taxonomy';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { CancelledError, createInWorker } from '../create/run-in-worker';
import type { CreateJobInput } from '../create/create-job';

const OPTIONS = {
  ...COMMON_OPTIONS,
  demo: { type: 'boolean' },
  seed: { type: 'string' },
  lines: { type: 'string' },
  'as-of': { type: 'string' },
  currency: { type: 'string' },
  'fy-start-month': { type: 'string' },
  name: { type: 'string' },
  user: { type: 'string' },
} as const;

/** Demo sizes from this many lines get progress on stderr. */
const PROGRESS_FROM_LINES = 2000;

/** `outlay new FILE [--demo …]`: create a workbook, never overwriting, cancellable with Ctrl+C. */
export async function runNew(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('new', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.new);
    return EXIT.ok;
  }
  const file = resolve(oneFile('new', positionals));
  const seed = intOption('new', 'seed', values.seed, 0, 2 ** 32 - 1);
  const lines = intOption('new', 'lines', values.lines, 0, 1_000_000);
  const fyStartMonth = intOption('new', 'fy-start-month', values['fy-start-month'], 1, 12);
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(asOf)) {
    throw new UsageError(`--as-of expects a date YYYY-MM-DD, got "${asOf}"`, 'new');
  }
  if (!values.demo && (seed !== undefined || lines !== undefined || asOf !== undefined)) {
    throw new UsageError('--seed, --lines and --as-of need --demo', 'new');
  }
  const currency = values.currency?.trim().toUpperCase();
  if (currency !== undefined && !DEFAULT_CURRENCIES.some(([c]) => c === currency)) {
    throw new InputError(
      `unknown currency "${values.currency}"; use one of ${DEFAULT_CURRENCIES.map(([c]) => c).join(', ')}`,
    );
  }
  if (values.name !== undefined && values.name.trim() === '') throw new InputError('--name must not be empty');
  if (values.user !== undefined && values.user.trim() === '') throw new InputError('--user must not be empty');
  checkTarget(file);

  const input: CreateJobInput = {
    file,
    name: values.name?.trim(),
    baseCurrency: currency,
    fyStartMonth,
    userName: values.user?.trim(),
    demo: values.demo
      ? {
          seed: seed ?? 1,
          lines,
          asOf: asOf ?? localDate(new Date()),
          currency,
          fyStartMonth,
          name: values.name?.trim(),
          userName: values.user?.trim(),
        }
      : null,
  };
  const showProgress = Boolean(values.demo) && (lines ?? 0) >= PROGRESS_FROM_LINES;
  try {
    const summary = await createInWorker(input, io, showProgress);
    if (values.json) io.out(`${JSON.stringify(summary)}\n`);
    else {
      const what = summary.demo
        ? ` with demo data: ${summary.demo.budgetLines.toLocaleString('en-US')} budget lines in ${summary.demo.scenarios} scenarios, ${summary.demo.actuals.toLocaleString('en-US')} actuals`
        : '';
      io.out(
        `Created ${summary.file}${what} (${summary.baseCurrency}, fiscal year starts in month ${summary.fyStartMonth}).\n`,
      );
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CancelledError) {
      io.err(`outlay: ${e.message}\n`);
      return EXIT.interrupted;
    }
    throw e;
  }
}

/** Refuse early, before any work, what createWorkbook would refuse after generating. */
function checkTarget(file: string): void {
  if (existsSync(file)) throw new InputError(`${file} already exists; outlay new never overwrites a file`);
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`folder ${dir} does not exist`);
}
