import { UsageError } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay import FILE --from DATA.csv|.xlsx --kind actuals|purchase-orders|labour [options]` (slot: filled by the work on issue 5). */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  void argv;
  void io;
  throw new UsageError('not built yet');
}
