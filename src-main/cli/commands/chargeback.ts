import { EXIT } from '../cli-error';
import type { CliIo } from '../io';

/** `outlay chargeback`: slot until its implementation lands. */
export async function runChargeback(_argv: string[], io: CliIo): Promise<number> {
  io.err('outlay chargeback: not built yet\n');
  return Promise.resolve(EXIT.badInput);
}
