import { resolve } from 'node:path';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { withWorkbook } from '../workbook-file';
import { formatApplied, formatPreview } from './import-changes-format';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  apply: { type: 'boolean' },
  take: { type: 'string' },
} as const;

/** Runs shorter than this print nothing but their result. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * `outlay import-changes FILE --from EDITED.xlsx [--apply] [--take excel|outlay] [--json]`:
 * preview what an edited Outlay export would change in FILE, and with --apply write all of
 * it as one undoable command. Conflicts refuse --apply unless --take says which side wins.
 * Ctrl+C stops the run with exit 130, having written nothing.
 */
export async function runImportChanges(argv: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommand('import-changes', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP['import-changes']);
    return EXIT.ok;
  }
  const file = oneFile('import-changes', positionals);
  const from = values.from?.trim();
  if (!from) throw new UsageError('say which edited export to read: --from EDITED.xlsx', 'import-changes');
  const take = values.take?.trim();
  if (take !== undefined && take !== 'excel' && take !== 'outlay') {
    throw new UsageError(`--take expects excel or outlay, got "${values.take}"`, 'import-changes');
  }
  const ref = { kind: 'path' as const, path: resolve(from) };
  return interruptible(
    io,
    {
      signal,
      announce: (p) => `Reading ${p.total} rows of ${from} (Ctrl+C to stop)…`,
      count: (p) => `${p.done} of ${p.total} rows`,
      announceAfterMs: ANNOUNCE_AFTER_MS,
    },
    async (long) => {
      const { preview, applied, units } = await withWorkbook(file, async (s) => {
        const preview = await s.call('excel/preview-changes', { file: ref }, long.call);
        const dims = await s.call('dimensions/get-all', {});
        const units = new Map(dims.currencies.map((c) => [c.code, c.minorUnits]));
        if (!values.apply) return { preview, applied: null, units };
        if (preview.conflicts.length > 0 && !take) {
          throw new InputError(
            `${preview.conflicts.length} cell(s) were changed both in Outlay and in Excel since the export; ` +
              'nothing was written. Say which side wins with --take excel or --take outlay.',
          );
        }
        const side: 'excel' | 'outlay' = take === 'outlay' ? 'outlay' : 'excel';
        const resolutions = Object.fromEntries(preview.conflicts.map((c) => [c.key, side]));
        const applied = await s.call(
          'excel/apply-changes',
          { file: ref, sha256: preview.sha256, resolutions },
          long.call,
        );
        return { preview, applied, units };
      });
      long.clearLine();
      if (values.json) io.out(`${JSON.stringify(applied ? { preview, applied } : preview, null, 2)}\n`);
      else {
        io.out(formatPreview(preview, (c) => units.get(c) ?? 2));
        io.out(
          applied ? `\n${formatApplied(applied, preview.fileName)}` : '\nNothing written (add --apply to apply).\n',
        );
      }
      return EXIT.ok;
    },
  );
}
