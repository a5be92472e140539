import { EXIT } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay import-billing`: slot until its implementation lands. */
export async function runImportBilling(_argv: string[], io: CliIo): Promise<number> {
  io.err('outlay import-billing: not built yet\n');
  return Promise.resolve(EXIT.badInput);
}
