import type { Dimensions } from '../../../src-shared/ipc/contract';
import type { TcoPosting } from '../../../src-shared/model';
import type { WorkbookSession } from '../../services';
import { COMMON_OPTIONS, oneFile, parseCommand } from '../args';
import { EXIT, InputError, UsageError } from '../cli-error';
import type { CliIo } from '../io';
import { exactFixed } from '../money-text';
import { keyValues, textTable } from '../text-table';
import { withWorkbook } from '../workbook-file';
import { POST_ALL_HELP } from './post-help';
import { runPostForecast } from './post-forecast';

const OPTIONS = {
  ...COMMON_OPTIONS,
  tco: { type: 'string' },
  alternative: { type: 'string' },
  scenario: { type: 'string' },
  'cost-center': { type: 'string' },
  service: { type: 'string' },
  account: { type: 'string' },
  'capex-account': { type: 'string' },
  vendor: { type: 'string' },
  view: { type: 'string' },
  from: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseCommand<typeof OPTIONS>>['values'];

/** A required option's trimmed value; UsageError naming it when absent or blank. */
function required(values: Values, name: keyof Values & string, what: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`missing --${name} ${what}`, 'post');
  return v.trim();
}

/** The row of a dimension list with this id, code or name (ignoring case); InputError for none. */
function pick<T extends { id: string; code?: string; name: string }>(rows: readonly T[], ref: string, what: string): T {
  const up = ref.toUpperCase();
  const hit =
    rows.find((r) => r.id === ref) ??
    rows.find((r) => r.code?.toUpperCase() === up) ??
    rows.find((r) => r.name.toUpperCase() === up);
  if (!hit) throw new InputError(`there is no ${what} with code, name or id "${ref}"`);
  return hit;
}

async function scenarioId(s: WorkbookSession, ref: string): Promise<string> {
  return pick(await s.call('scenario/list', {}), ref, 'scenario').id;
}

/**
 * `outlay post FILE --tco MODEL --alternative ALT …`: one alternative of a saved TCO model
 * into a scenario's budget lines (see posting/post-tco), or its preview with --dry-run.
 */
async function postTcoCli(
  file: string,
  values: Values,
): Promise<TcoPosting & { modelName: string; minorUnits: number }> {
  const view = values.view?.trim() ?? 'cash';
  if (view !== 'cash' && view !== 'pnl') throw new UsageError(`--view must be cash or pnl, not "${view}"`, 'post');
  const model = required(values, 'tco', 'MODEL');
  const alternative = required(values, 'alternative', 'ALTERNATIVE (id or name)');
  const scenario = required(values, 'scenario', 'SCENARIO');
  const costCenter = required(values, 'cost-center', 'COST_CENTER');
  const service = required(values, 'service', 'SERVICE');
  const account = required(values, 'account', 'ACCOUNT');
  return withWorkbook(file, async (s) => {
    const item = pick(await s.call('tco/list', {}), model, 'TCO model');
    const saved = await s.call('tco/get', { id: item.id });
    const alt = pick(
      saved.model.alternatives.map((a) => ({ ...a, code: a.id })),
      alternative,
      `alternative of "${item.name}"`,
    );
    const dims: Dimensions = await s.call('dimensions/get-all', {});
    const capex = values['capex-account']?.trim();
    const vendor = values.vendor?.trim();
    const posting = await s.call('posting/post-tco', {
      modelId: item.id,
      alternativeId: alt.id,
      scenarioId: await scenarioId(s, scenario),
      view,
      costCenterId: pick(dims.costCenters, costCenter, 'cost center').id,
      serviceId: pick(dims.services, service, 'service').id,
      accountIdOpex: pick(dims.accounts, account, 'account').id,
      ...(capex ? { accountIdCapex: pick(dims.accounts, capex, 'account').id } : {}),
      ...(vendor ? { vendorId: pick(dims.vendors, vendor, 'vendor').id } : {}),
      ...(values.from ? { fromMonth: values.from.trim() } : {}),
      dryRun: values['dry-run'] ?? false,
    });
    return { ...posting, modelName: item.name, minorUnits: saved.model.minorUnits };
  });
}

/** The text form: one row per line (category, CapEx/OpEx, new or replaced, total), then the totals. */
export function formatPosting(p: TcoPosting & { modelName: string }, minorUnits: number): string {
  const m = (x: string) => exactFixed(x, minorUnits);
  const head = p.seq === null ? 'Would post' : 'Posted';
  const title = `${head} TCO "${p.modelName}" (${p.ref}) into ${p.lines.length} budget lines, ${p.currency}, ${p.months[0]} … ${p.months.at(-1)}\n`;
  const rows = p.lines.map((l) => [l.description, l.expenseType, l.lineId === null ? 'new' : 'replaced', m(l.total)]);
  const table = textTable(['Line', 'Type', 'Line is', 'Total'], rows, ['left', 'left', 'left', 'right']);
  const totals = keyValues([
    ['Total', m(p.total)],
    ['Lines removed', String(p.removedLineIds.length)],
    ...(p.seq === null ? [] : ([['Journal seq', String(p.seq)]] as const)),
  ]);
  return `${title}${table}${totals}`;
}

/** `outlay post FILE --tco MODEL …`; one branch per kind of source (TCO now, forecasts later). */
export async function runPost(argv: string[], io: CliIo): Promise<number> {
  // A forecast posting has options of its own; it parses them itself.
  if (argv.includes('--forecast')) return runPostForecast(argv, io);
  const { values, positionals } = parseCommand('post', argv, OPTIONS);
  if (values.help) {
    io.out(POST_ALL_HELP);
    return EXIT.ok;
  }
  const file = oneFile('post', positionals);
  if (values.tco !== undefined) {
    const { minorUnits, ...posting } = await postTcoCli(file, values);
    io.out(values.json ? `${JSON.stringify(posting, null, 2)}\n` : formatPosting(posting, minorUnits));
    return EXIT.ok;
  }
  throw new UsageError('say what to post: --tco MODEL or --forecast', 'post');
}
