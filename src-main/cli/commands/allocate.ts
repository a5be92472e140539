import { EXIT } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay allocate`: slot until its implementation lands. */
export async function runAllocate(_argv: string[], io: CliIo): Promise<number> {
  io.err('outlay allocate: not built yet\n');
  return Promise.resolve(EXIT.badInput);
}
