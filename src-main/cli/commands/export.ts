import { UsageError } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay export FILE --out OUT.xlsx [options]` (slot: filled by the work on issue 5). */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('not built yet');
}
