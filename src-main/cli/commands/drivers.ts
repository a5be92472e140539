import { UsageError } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay drivers`: not built yet. */
export async function runDrivers(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('outlay drivers is not available yet.');
}
