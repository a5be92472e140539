import { UsageError } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay import-changes FILE --from EDITED.xlsx [--apply]` (slot: filled by the work on issue 5). */
export async function runImportChanges(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('not built yet');
}
