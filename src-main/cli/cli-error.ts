/** Exit codes of the `outlay` command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, interrupted: 130 } as const;

/** The command line itself is wrong (unknown command or flag, missing argument): exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to hint at; null for the top level. */
    readonly command: string | null = null,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command line is fine but its input is not (missing file, not a workbook, refused): exit 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
