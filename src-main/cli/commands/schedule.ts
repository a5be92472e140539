import type { AssetSchedule } from '../../../src-shared/model';
import type { WorkbookSession } from '../../services';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import { COMMAND_HELP } from '../help';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { keyValues, textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';

const OPTIONS = { ...COMMON_OPTIONS, asset: { type: 'string' } } as const;

/** The asset with this id, or this code (ignoring case). */
async function findAssetId(s: WorkbookSession, ref: string): Promise<string> {
  const assets = await s.call('assets/list', {});
  const hit = assets.find((a) => a.id === ref) ?? assets.find((a) => a.code.toUpperCase() === ref.toUpperCase());
  if (!hit) throw new InputError(`there is no asset with code or id "${ref}" in ${s.path}`);
  return hit.id;
}

/** `outlay schedule FILE --asset CODE_OR_ID`: an asset's depreciation schedule, period by period. */
export async function runSchedule(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('schedule', argv, OPTIONS);
  if (values.help) {
    io.out(COMMAND_HELP.schedule);
    return EXIT.ok;
  }
  const file = oneFile('schedule', positionals);
  const ref = values.asset?.trim();
  if (!ref) throw new UsageError('missing --asset CODE_OR_ID', 'schedule');
  const { schedule, minorUnits } = await withWorkbook(file, async (s) => {
    const assetId = await findAssetId(s, ref);
    const dims = await s.call('dimensions/get-all', {});
    const schedule = await s.call('assets/get-schedule', { assetId });
    return { schedule, minorUnits: dims.currencies.find((c) => c.code === schedule.currency)?.minorUnits ?? 2 };
  });
  io.out(values.json ? `${JSON.stringify(schedule, null, 2)}\n` : formatSchedule(schedule, minorUnits));
  return EXIT.ok;
}

/** The text form: a head with the asset and its classification, then one row per period and a totals row. */
export function formatSchedule(s: AssetSchedule, minorUnits: number): string {
  const m = (x: string) => exactFixed(x, minorUnits);
  const last = s.rows.at(-1);
  const head = keyValues([
    ['Asset', `${s.code} ${s.name}`],
    ['Classification', s.classificationRule],
    ['Cost', `${m(s.cost)} ${s.currency}`],
    ['Salvage', `${m(s.salvage)} ${s.currency}`],
    ['Status', s.status],
  ]);
  const rows = s.rows.map((r) => [
    r.period,
    r.start,
    r.end,
    m(r.expense),
    m(r.accumulated),
    m(r.netBookValue),
    m(r.writeOff),
    r.events.join(', '),
  ]);
  rows.push([
    'Total',
    '',
    '',
    m(s.totalExpense),
    m(last?.accumulated ?? '0'),
    m(last?.netBookValue ?? s.cost),
    m(s.totalWriteOff),
    '',
  ]);
  const table = textTable(
    ['Period', 'Start', 'End', 'Expense', 'Accumulated', 'Net book value', 'Write-off', 'Events'],
    rows,
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  return `${head}\n${table}`;
}
