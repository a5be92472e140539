import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { resolveInput, writeOutput } from '../io/files';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<Handlers, 'files/describe-input' | 'files/save-workbook-copy'>;

async function sizeAndHash(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The channels of the file transfer. */
export function filesHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'files/describe-input': async ({ file }) => {
      const input = resolveInput(file);
      return { name: input.name, ...(await sizeAndHash(input.path)) };
    },
    'files/save-workbook-copy': ({ output }) => {
      if (output.kind === 'path' && resolve(output.path) === resolve(ctx.path)) {
        throw new AppError('validation', 'A copy cannot replace the open workbook itself; choose another file.', {
          field: 'output',
        });
      }
      return writeOutput(output, async (temp) => {
        ctx.db.prepare('VACUUM INTO ?').run(temp);
      });
    },
  };
}
