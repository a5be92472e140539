import { UsageError } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay post`: not built yet. */
export async function runPost(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('outlay post is not available yet.');
}
