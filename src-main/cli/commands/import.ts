import { resolve } from 'node:path';
import {
  ALL_IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportField,
  type ImportFileOptions,
  type ImportKind,
  type ImportMapping,
  type ImportPreview,
} from '../../../src-shared/model/imports';
import type { WorkbookSession } from '../../services';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import { interruptible } from '../interruptible';
import type { CliIo } from '../io';
import { textTable } from '../text-table';
import { checkExisting, withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  kind: { type: 'string' },
  source: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  map: { type: 'string', multiple: true },
  default: { type: 'string', multiple: true },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  decimal: { type: 'string' },
  dates: { type: 'string' },
  'only-valid': { type: 'boolean' },
  apply: { type: 'boolean' },
} as const;

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
/** Problems printed in the text report (all are in --json). */
const SHOWN_PROBLEMS = 50;
const ANNOUNCE_AFTER_MS = 500;

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  const hit = allowed.find((a) => a === raw.trim().toLowerCase());
  if (hit === undefined) throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got "${raw}"`, 'import');
  return hit;
}

/** "field=Header text" pairs of --map / --default. */
function pairs(flag: string, raw: readonly string[] | undefined): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const p of raw ?? []) {
    const eq = p.indexOf('=');
    const field = ALL_IMPORT_FIELDS.find((f) => f === p.slice(0, Math.max(eq, 0)).trim());
    if (eq < 0 || field === undefined) {
      throw new UsageError(
        `--${flag} expects field=value with a field of ${ALL_IMPORT_FIELDS.join(', ')}, got "${p}"`,
        'import',
      );
    }
    out[field] = p.slice(eq + 1);
  }
  return out;
}

/**
 * `outlay import FILE --from DATA.csv|.xlsx --kind actuals|purchase-orders|labour [options]`:
 * maps the file's columns (suggested from headers and the saved source, overridden with --map),
 * prints the validation report and control totals, and with --apply imports the valid rows
 * as one undoable command (rows with problems only with --only-valid). Ctrl+C stops cleanly.
 */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('import', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.import);
    return EXIT.ok;
  }
  const file = oneFile('import', positionals);
  if (!values.from) throw new UsageError('missing --from DATA.csv|.xlsx', 'import');
  const kind = oneOf('kind', values.kind, IMPORT_KINDS);
  if (!kind) throw new UsageError(`missing --kind (${IMPORT_KINDS.join(', ')})`, 'import');
  const data = checkExisting(values.from);
  const headerRow = intOption('import', 'header-row', values['header-row'], 1, 1_048_576);
  const decimal = oneOf('decimal', values.decimal, ['point', 'comma'] as const);
  const dateOrder = oneOf('dates', values.dates, ['ymd', 'dmy', 'mdy'] as const);
  const encoding = oneOf('encoding', values.encoding, ENCODINGS);
  const delimiter = values.delimiter === '\\t' || values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1)
    throw new UsageError('--delimiter expects one character', 'import');
  const overrides = pairs('map', values.map);
  const defaults = pairs('default', values.default);

  return interruptible(
    io,
    {
      count: (p) => `${p.label ?? 'Rows'}: ${p.done} of ${p.total || '?'}`,
      announceAfterMs: ANNOUNCE_AFTER_MS,
    },
    (long) =>
      withWorkbook(file, async (s) => {
        const source = values.source?.trim()
          ? (await s.call('imports/list-sources', { kind })).find(
              (x) => x.name.toUpperCase() === values.source!.trim().toUpperCase(),
            )
          : undefined;
        const partial: Partial<ImportFileOptions> = {
          ...(decimal ? { decimal } : {}),
          ...(dateOrder ? { dateOrder } : {}),
          ...(encoding ? { encoding } : {}),
          ...(delimiter ? { delimiter } : {}),
        };
        const fileRef = { kind: 'path' as const, path: resolve(data) };
        const seen = await s.call('imports/inspect', {
          file: fileRef,
          kind,
          ...(source ? { sourceId: source.id } : {}),
          ...(values.sheet ? { sheet: values.sheet } : {}),
          ...(headerRow ? { headerRow } : {}),
          options: partial,
        });
        const mapping: ImportMapping = {
          ...seen.suggested,
          columns: { ...seen.suggested.columns, ...overrides },
          defaults: { ...seen.suggested.defaults, ...defaults },
        };
        const options = seen.options;
        const scan = { file: fileRef, kind, mapping, options, ...(source ? { sourceId: source.id } : {}) };
        const preview = await s.call('imports/preview', scan, long.call);
        long.clearLine();
        if (!values.apply) {
          io.out(
            values.json
              ? `${JSON.stringify({ mapping, options, preview }, null, 2)}\n`
              : report(kind, mapping, preview),
          );
          return preview.leftOutCount > 0 ? EXIT.badInput : EXIT.ok;
        }
        if (preview.leftOutCount > 0 && !values['only-valid']) {
          if (!values.json) io.out(report(kind, mapping, preview));
          throw new InputError(
            `${preview.leftOutCount} rows have problems; nothing imported (fix them, or add --only-valid to leave them out)`,
          );
        }
        // A new --source is created only now, so a refused import leaves nothing behind.
        const sourceId = source?.id ?? (await createSource(s, values.source, kind));
        const result = await s.call(
          'imports/apply',
          {
            ...scan,
            ...(sourceId ? { sourceId } : {}),
            onlyValid: true,
            expectedRows: preview.rowCount,
            expect: { sha256: preview.sha256, mappingKey: preview.mappingKey },
          },
          long.call,
        );
        long.clearLine();
        io.out(
          values.json
            ? `${JSON.stringify({ mapping, options, preview, result }, null, 2)}\n`
            : `${report(kind, mapping, preview)}${result.message}\n`,
        );
        return EXIT.ok;
      }),
  );
}

/** The id of a new source named `name` (none when no name was given). */
async function createSource(
  s: WorkbookSession,
  name: string | undefined,
  kind: ImportKind,
): Promise<string | undefined> {
  if (!name?.trim()) return undefined;
  return (await s.call('imports/save-source', { kind, name: name.trim() })).id;
}

function report(kind: ImportKind, mapping: ImportMapping, p: ImportPreview): string {
  const cols = Object.entries(mapping.columns).map(([f, h]) => [f, h ?? '']);
  const out: string[] = [
    `${p.fileName} (${kind}, header row ${mapping.headerRow}${mapping.sheet ? `, sheet "${mapping.sheet}"` : ''})\n`,
    textTable(['Field', 'Column'], cols, ['left', 'left']),
    `\nRows: ${p.rowCount}  valid: ${p.validCount}  left out: ${p.leftOutCount}  imported before: ${p.alreadyImportedCount}\n`,
  ];
  if (p.sameFileImported) out.push('This file was imported before.\n');
  out.push(
    '\n',
    textTable(
      ['Currency', 'File total', 'To import', 'Left out', 'Imported before'],
      p.totals.map((t) => [t.currency, t.fileTotal, t.importTotal, t.leftOutTotal, t.alreadyImportedTotal]),
      ['left', 'right', 'right', 'right', 'right'],
    ),
  );
  const shown = p.problems.filter((x) => x.kind !== 'already-imported').slice(0, SHOWN_PROBLEMS);
  if (shown.length > 0) {
    out.push(
      '\nProblems:\n',
      textTable(
        ['Row', 'Column', 'Problem'],
        shown.map((x) => [String(x.row), x.letter ? `${x.letter} ${x.column}` : '', x.message]),
        ['right', 'left', 'left'],
      ),
    );
    if (p.problemCount > shown.length) out.push(`… and more (${p.problemCount} problems in all; --json lists them)\n`);
  }
  return out.join('');
}
