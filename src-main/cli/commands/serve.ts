import { resolve } from 'node:path';
import { serveWorkbook, type ServeHandle } from '../../bridge/serve';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, InputError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { checkExisting } from '../workbook-file';

const OPTIONS = { ...COMMON_OPTIONS, port: { type: 'string' } } as const;

/**
 * `outlay serve FILE [--port P]`: serve the app for one workbook on 127.0.0.1 until
 * SIGINT/SIGTERM, then stop the bridge and close the workbook cleanly.
 */
export async function runServe(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('serve', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.serve);
    return EXIT.ok;
  }
  const file = checkExisting(oneFile('serve', positionals));
  const port = intOption('serve', 'port', values.port, 0, 65535);

  let handle: ServeHandle;
  try {
    handle = await serveWorkbook({ file, port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new InputError(`port ${port} on 127.0.0.1 is already in use`);
    throw e;
  }
  if (values.json) {
    io.out(`${JSON.stringify({ url: handle.url, port: handle.port, file: resolve(handle.file) })}\n`);
  } else {
    io.out(`Serving ${handle.file}\nOpen ${handle.url}\nPress Ctrl+C to stop.\n`);
  }

  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', () => done('SIGINT'));
    process.once('SIGTERM', () => done('SIGTERM'));
  });
  await handle.close();
  if (!values.json) io.err(`Stopped (${signal}); ${handle.file} closed.\n`);
  return EXIT.ok;
}
