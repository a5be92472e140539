import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { AccountingSummary, SummaryBy, SummaryView } from '../../../src-shared/model';
import { COMMON_OPTIONS, intOption, oneFile, parseCommand } from '../args';
import { EXIT, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

const OPTIONS = {
  ...COMMON_OPTIONS,
  fy: { type: 'string' },
  view: { type: 'string', default: 'accrual' },
  by: { type: 'string', default: 'capex-opex' },
} as const;

const VIEWS: readonly SummaryView[] = ['accrual', 'cash'];
const BYS: readonly SummaryBy[] = ['capex-opex', 'cost-center', 'tower'];

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got "${raw}"`, 'summary');
  }
  return raw as T;
}

/** `outlay summary FILE --fy 2027 --view accrual|cash --by capex-opex|cost-center|tower`. */
export async function runSummary(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('summary', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.summary);
    return EXIT.ok;
  }
  const file = oneFile('summary', positionals);
  const fiscalYear = intOption('summary', 'fy', values.fy, 1900, 2200);
  if (fiscalYear === undefined) throw new UsageError('missing --fy YEAR', 'summary');
  const view = oneOf('view', values.view, VIEWS);
  const by = oneOf('by', values.by, BYS);
  const { summary, minorUnits } = await withWorkbook(file, async (s) => {
    const summary = await s.call('accounting/summary', { fiscalYear, view, by });
    const dims = await s.call('dimensions/get-all', {});
    return { summary, minorUnits: dims.currencies.find((c) => c.code === summary.baseCurrency)?.minorUnits ?? 2 };
  });
  io.out(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, minorUnits));
  return EXIT.ok;
}

/** The text form: one row per group, one column per fiscal period, totals row and column. */
export function formatSummary(s: AccountingSummary, minorUnits: number): string {
  const m = (x: string) => exactFixed(x, minorUnits);
  const title = `${fiscalYearLabel(s.fiscalYear)} ${s.view} view by ${s.by}, ${s.baseCurrency} (budget FX rates)\n`;
  const first = s.by === 'capex-opex' ? 'Type' : s.by === 'cost-center' ? 'Cost center' : 'Tower';
  const header = [first, ...s.periods.map((p) => `P${String(p.index).padStart(2, '0')}`), 'Total'];
  const rows = s.rows.map((r) => [r.label, ...r.amounts.map(m), m(r.total)]);
  rows.push(['Total', ...s.total.amounts.map(m), m(s.total.total)]);
  const table = textTable(header, rows, ['left', ...s.periods.map(() => 'right' as const), 'right']);
  const periods = `Periods: P01 ${s.periods[0]?.start ?? ''} … P${String(s.periods.length).padStart(2, '0')} ${s.periods.at(-1)?.end ?? ''}\n`;
  const split = `CapEx ${m(s.split.CapEx)}, OpEx ${m(s.split.OpEx)}\n`;
  return `${title}${periods}\n${table}\n${split}`;
}
