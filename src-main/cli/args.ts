import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const satisfies Options;

/**
 * Strict parse of one command's arguments; any parse problem (unknown flag, missing
 * value) becomes a UsageError naming the command, so the CLI exits 2 with a hint.
 */
export function parseCommand<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e);
    throw new UsageError(msg.charAt(0).toLowerCase() + msg.slice(1), command);
  }
}

/** A whole-number option within bounds, or undefined when absent. */
export function intOption(
  command: string,
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const s = raw.replace(/_/g, '').trim();
  if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) {
    throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, got "${raw}"`, command);
  }
  return Number(s);
}

/** Exactly one FILE positional. */
export function oneFile(command: string, positionals: string[]): string {
  if (positionals.length === 0) throw new UsageError('missing FILE argument', command);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, command);
  return positionals[0]!;
}
