import { resolve } from 'node:path';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import { EXPORT_SHEET_CHOICES, type ExportSheetChoice } from '../../../src-shared/ipc/excel-export-contract';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { findScenario } from '../find-scenario';
import { interruptible } from '../interruptible';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: 'string', short: 'o' },
  scenario: { type: 'string' },
  fy: { type: 'string' },
  sheets: { type: 'string', default: 'budget,summary' },
  basis: { type: 'string', default: 'accrual' },
} as const;

/** Runs shorter than this print nothing but their result. */
const ANNOUNCE_AFTER_MS = 300;

function sheetList(raw: string): ExportSheetChoice[] {
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--sheets expects a comma-separated list of sheets', 'export');
  return names.map((n) => {
    const hit = EXPORT_SHEET_CHOICES.find((c) => c === n);
    if (!hit)
      throw new UsageError(`--sheets: unknown sheet "${n}"; choose from ${EXPORT_SHEET_CHOICES.join(', ')}`, 'export');
    return hit;
  });
}

/**
 * `outlay export FILE --out OUT.xlsx [--scenario S] [--fy 2027] [--sheets …]`: the budget of
 * a scenario and fiscal year as an .xlsx with live formulas. Progress on stderr; Ctrl+C stops
 * the export and leaves no output file.
 */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('export', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.export);
    return EXIT.ok;
  }
  const file = oneFile('export', positionals);
  if (!values.out?.trim()) throw new UsageError('missing --out OUT.xlsx', 'export');
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError('--out must name an .xlsx file', 'export');
  const out = resolve(values.out);
  const fy = intOption('export', 'fy', values.fy, 1900, 2200);
  const sheets = sheetList(values.sheets);
  const ref = values.scenario?.trim();
  if (ref === '') throw new UsageError('--scenario expects a scenario name or id', 'export');
  const basis = values.basis === 'cash' ? 'cash' : values.basis === 'accrual' ? 'accrual' : null;
  if (!basis) throw new UsageError(`--basis expects accrual or cash, got "${values.basis}"`, 'export');

  return interruptible(
    io,
    {
      announce: () => `Exporting to ${out} (Ctrl+C to stop)…`,
      count: (p) => `${p.label ?? 'Working'}: ${p.done} of ${p.total}`,
      announceAfterMs: ANNOUNCE_AFTER_MS,
      cancelled: 'no file was written',
    },
    async (long) => {
      const { r, scenario, fiscalYear, units } = await withWorkbook(file, async (s) => {
        const scenario = await findScenario(s, ref);
        const fiscalYear = fy ?? (await s.call('workbook/get-info', {})).currentFiscalYear;
        const r = await s.call(
          'excel/export',
          { scenarioId: scenario.id, fiscalYear, sheets, basis, output: { kind: 'path', path: out } },
          long.call,
        );
        const dims = await s.call('dimensions/get-all', {});
        const units = dims.currencies.find((c) => c.code === r.baseCurrency)?.minorUnits ?? 2;
        return { r, scenario, fiscalYear, units };
      });
      long.clearLine();
      if (values.json) {
        io.out(`${JSON.stringify(r, null, 2)}\n`);
      } else {
        io.out(
          `Exported ${r.lines} budget lines of ${scenario.name}, ${fiscalYearLabel(fiscalYear)} to ${r.output.kind === 'path' ? r.output.path : out}\n` +
            `Sheets: ${r.sheets.join(', ')}; total ${exactFixed(r.total, units)} ${r.baseCurrency}\n`,
        );
      }
      return EXIT.ok;
    },
  );
}
