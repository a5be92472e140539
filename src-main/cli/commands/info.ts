import { fiscalYearLabel, fiscalYearMonths, monthLabel } from '../../../src-shared/calendar/fiscal';
import { DEFAULT_CURRENCIES } from '../../../src-shared/model/taxonomy';
import { formatMoney, type Money } from '../../../src-shared/money';
import type { WorkbookInfo } from '../../../src-shared/ipc/contract';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { keyValues, textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

/** `outlay info FILE`: schema, settings, row counts and exact totals per scenario and fiscal year. */
export async function runInfo(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('info', argv, COMMON_OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.info);
    return EXIT.ok;
  }
  const file = oneFile('info', positionals);
  const info = await withWorkbook(file, (s) => s.call('workbook/get-info', {}));
  io.out(values.json ? `${JSON.stringify(info, null, 2)}\n` : formatInfo(info));
  return EXIT.ok;
}

/** The text form of `outlay info`: money stays the exact decimal string the workbook holds. */
export function formatInfo(info: WorkbookInfo): string {
  const s = info.settings;
  const months = fiscalYearMonths(info.currentFiscalYear, s.fyStartMonth);
  const head = keyValues([
    ['File', info.path],
    ['Name', s.name],
    ['Schema version', String(info.schemaVersion)],
    ['Base currency', s.baseCurrency],
    [
      'Fiscal year',
      `starts in ${MONTH_NAMES[s.fyStartMonth - 1]}; current ${fiscalYearLabel(info.currentFiscalYear)} = ${monthLabel(months[0]!)} – ${monthLabel(months[11]!)}`,
    ],
    ['Fiscal years', info.fiscalYears.length ? info.fiscalYears.map(fiscalYearLabel).join(', ') : '(none)'],
    ['User', s.userName],
  ]);
  const counts = textTable(
    ['Table', 'Rows'],
    Object.entries(info.counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([t, n]) => [t, String(n)]),
    ['left', 'right'],
  );
  // Lines in other currencies are not converted (no FX rates): they get their own column.
  const others = [...new Set(info.totals.flatMap((t) => Object.keys(t.byCurrency ?? {})))]
    .filter((c) => c !== s.baseCurrency)
    .sort();
  const totals = info.totals.length
    ? textTable(
        ['Scenario', 'Fiscal year', `Budget (${s.baseCurrency})`, ...others.map((c) => `Lines in ${c}`)],
        info.totals.map((t) => [
          t.scenarioName,
          fiscalYearLabel(t.fiscalYear),
          exactDisplay(t.total, s.baseCurrency),
          ...others.map((c) => (t.byCurrency?.[c] ? exactDisplay(t.byCurrency[c], c) : '')),
        ]),
        ['left', 'left', 'right', ...others.map(() => 'right' as const)],
      )
    : 'No budget amounts yet.\n';
  return `${head}\n${counts}\n${totals}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Thousands separators and the currency's decimals, but never rounded: more decimals are kept. */
function exactDisplay(m: Money, currency: string): string {
  const minor = DEFAULT_CURRENCIES.find(([c]) => c === currency)?.[2] ?? 2;
  const decimals = m.split('.')[1]?.length ?? 0;
  return formatMoney(m, Math.max(minor, decimals), { parens: false });
}
