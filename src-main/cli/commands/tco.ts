import type { DemandKey, TcoModelListItem, TcoResult } from '../../../src-shared/model';
import type { WorkbookSession } from '../../services';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { keyValues, textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { TCO_HELP } from './tco-help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  model: { type: 'string' },
  list: { type: 'boolean' },
} as const;

const UNIT_LABEL: Record<DemandKey, string> = { vms: 'VM', storageTb: 'TB', users: 'user' };

/** The saved model with this id or name (ignoring case); InputError for none. */
async function findModel(s: WorkbookSession, ref: string): Promise<TcoModelListItem> {
  const models = await s.call('tco/list', {});
  const hit = models.find((m) => m.id === ref) ?? models.find((m) => m.name.toUpperCase() === ref.toUpperCase());
  if (!hit) throw new InputError(`there is no TCO model named or with id "${ref}" in ${s.path}`);
  return hit;
}

/** `outlay tco FILE --model NAME|ID [--json]` or `outlay tco FILE --list [--json]`. */
export async function runTco(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('tco', argv, OPTIONS);
  if (values.help) {
    io.out(TCO_HELP);
    return EXIT.ok;
  }
  const file = oneFile('tco', positionals);
  const ref = values.model?.trim();
  if (values.list && ref !== undefined) throw new UsageError('give either --model or --list, not both', 'tco');
  if (!values.list && !ref) throw new UsageError('missing --model NAME (or --list)', 'tco');
  if (values.list) {
    const models = await withWorkbook(file, (s) => s.call('tco/list', {}));
    io.out(values.json ? `${JSON.stringify(models, null, 2)}\n` : formatList(models));
    return EXIT.ok;
  }
  const { name, result, discountRate } = await withWorkbook(file, async (s) => {
    const item = await findModel(s, ref!);
    const saved = await s.call('tco/get', { id: item.id });
    return {
      name: item.name,
      result: await s.call('tco/compute', { id: item.id }),
      discountRate: saved.model.discountRatePercent,
    };
  });
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatTco(name, discountRate, result));
  return EXIT.ok;
}

function formatList(models: readonly TcoModelListItem[]): string {
  if (models.length === 0) return 'No saved TCO models.\n';
  return textTable(
    ['Model', 'Alternatives', 'Updated'],
    models.map((m) => [m.name, m.alternatives.join(', '), m.updatedAt.slice(0, 10)]),
    ['left', 'left', 'left'],
  );
}

/**
 * The text form: per alternative a table of model years (cash and P&L with running
 * totals, cash cost per unit of each driver) and its totals and NPV; then the
 * break-even month of every pair on cumulative cash.
 */
export function formatTco(name: string, discountRatePercent: string, r: TcoResult): string {
  const m = (x: string) => exactFixed(x, r.minorUnits);
  const years = r.months.length / 12;
  const drivers = (Object.keys(r.demand) as DemandKey[]).filter((k) => r.demand[k]);
  const title =
    `TCO model "${name}": ${r.currency}, ${years} years from ${r.months[0]}, ` +
    `NPV of cash costs at ${discountRatePercent} % a year\n`;
  const blocks = r.alternatives.map((a) => {
    const header = [
      'Year',
      'From',
      'Cash',
      'Cumulative cash',
      'P&L',
      'Cumulative P&L',
      ...drivers.map((k) => `Cash per ${UNIT_LABEL[k]}`),
    ];
    const rows = a.years.map((y) => [
      String(y.year),
      y.firstMonth,
      m(y.cash.total),
      m(y.cash.cumulative),
      m(y.pnl.total),
      m(y.pnl.cumulative),
      ...drivers.map((k) => {
        const u = y.cash.perUnit[k];
        return u === null || u === undefined ? '-' : m(u);
      }),
    ]);
    const align = header.map((_, i) => (i < 2 ? ('left' as const) : ('right' as const)));
    const totals = keyValues([
      ['Total cash', m(a.totalCash)],
      ['Total P&L', m(a.totalPnl)],
      ['NBV at the horizon', m(a.nbvAtHorizon)],
      ['NPV (cash)', m(a.npv)],
    ]);
    return `${a.name} [${a.id}, ${a.kind}]\n${textTable(header, rows, align)}${totals}`;
  });
  const names = new Map(r.alternatives.map((a) => [a.id, a.name]));
  const breakEven = r.breakEven.map((b) => {
    const when = b.month === null ? 'not within the horizon' : `from month ${b.month} (${b.monthLabel})`;
    return `  ${names.get(b.cheaper)} cheaper than ${names.get(b.than)}: ${when}\n`;
  });
  return `${title}\n${blocks.join('\n')}\nBreak-even on cumulative cash:\n${breakEven.join('')}`;
}
