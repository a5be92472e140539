import type { JournalEntry } from '../../../src-shared/model';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

const OPTIONS = { ...COMMON_OPTIONS, limit: { type: 'string' } } as const;

/** `outlay journal FILE [--limit N]`: the latest journal entries, newest first. */
export async function runJournal(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('journal', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.journal);
    return EXIT.ok;
  }
  const file = oneFile('journal', positionals);
  const limit = intOption('journal', 'limit', values.limit, 1, 1000) ?? 20;
  const entries = await withWorkbook(file, (s) => s.call('journal/list', { limit }));
  if (values.json) {
    // Row images can be large; scripts that need them read the workbook itself.
    const slim = entries.map(({ seq, at, actor, command, label, kind, targetSeq }) => ({
      seq,
      at,
      actor,
      command,
      label,
      kind,
      targetSeq,
    }));
    io.out(`${JSON.stringify(slim, null, 2)}\n`);
  } else io.out(formatJournal(entries));
  return EXIT.ok;
}

export function formatJournal(entries: readonly JournalEntry[]): string {
  if (entries.length === 0) return 'The journal is empty.\n';
  return textTable(
    ['Seq', 'At', 'Actor', 'Command', 'Label'],
    entries.map((e) => [String(e.seq), e.at, e.actor, e.command, e.label]),
    ['right', 'left', 'left', 'left', 'left'],
  );
}
