import { fiscalYearOf } from '../../src-shared/calendar/fiscal';
import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import {
  CAPEX_CATEGORIES,
  TCO_CATEGORIES,
  type BudgetLine,
  type SavedTcoModel,
  type TcoCategory,
  type TcoPostedLine,
  type TcoPosting,
} from '../../src-shared/model';
import { sumMoney } from '../../src-shared/money';
import { lineSourceRow, linesPostedFrom, type LineSource } from '../repo/line-sources-repo';
import { budgetLineRow } from '../repo/rows';
import { findScenario } from '../repo/scenarios-repo';
import { readSettings } from '../repo/settings-repo';
import { findTcoModel } from '../repo/tco-repo';
import { writeAmounts } from './budget-cells';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';
import { deleteLineDependents } from './line-dependents';
import { ensureFiscalYearsAndDrivers } from './driver-costs';
import { computeModel } from './tco-engine';
import { requireRef } from './validate';

export type PostTcoArgs = ChannelArgs<'posting/post-tco'>;

/** The detail of a TCO line's source row: the view and category it holds ("cash:staff"). */
const detailOf = (view: string, category: TcoCategory) => `${view}:${category}`;
const categoryOfDetail = (detail: string) => detail.slice(detail.indexOf(':') + 1);

/** "cloud-compute" → "Cloud compute". */
function categoryLabel(c: TcoCategory): string {
  const words = c.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function refuse(field: string, message: string): never {
  throw new AppError('validation', `${field}: ${message}`, { field });
}

function checkTarget(ctx: WorkbookContext, args: PostTcoArgs): SavedTcoModel {
  const saved = findTcoModel(ctx.db, args.modelId);
  if (!saved) refuse('modelId', `there is no TCO model with id "${args.modelId}".`);
  if (!findScenario(ctx.orm, args.scenarioId))
    refuse('scenarioId', `there is no scenario with id "${args.scenarioId}".`);
  requireRef(ctx, 'cost_centers', args.costCenterId, 'costCenterId', 'cost center');
  requireRef(ctx, 'services', args.serviceId, 'serviceId', 'service');
  requireRef(ctx, 'accounts', args.accountIdOpex, 'accountIdOpex', 'account');
  if (args.accountIdCapex !== undefined) requireRef(ctx, 'accounts', args.accountIdCapex, 'accountIdCapex', 'account');
  if (args.vendorId !== undefined) requireRef(ctx, 'vendors', args.vendorId, 'vendorId', 'vendor');
  return saved;
}

/**
 * What posting an alternative writes: one line per category of the view with any cost in
 * the posted months, matched by category to the lines an earlier posting of the same ref
 * left in the scenario (their amounts are replaced; lines of categories without cost now
 * are removed). Nothing is written here.
 */
export function planTcoPosting(
  ctx: WorkbookContext,
  args: PostTcoArgs,
): { posting: TcoPosting; saved: SavedTcoModel; altName: string; existing: LineSource[] } {
  const saved = checkTarget(ctx, args);
  const result = computeModel(ctx, saved.model);
  const alt = result.alternatives.find((a) => a.id === args.alternativeId);
  if (!alt) {
    const ids = result.alternatives.map((a) => a.id).join(', ');
    refuse('alternativeId', `"${args.alternativeId}" is not an alternative of "${saved.name}" (${ids}).`);
  }
  const from = args.fromMonth === undefined ? 0 : result.months.indexOf(args.fromMonth);
  if (from < 0) {
    refuse(
      'fromMonth',
      `${args.fromMonth} is not a month of the model (${result.months[0]} … ${result.months.at(-1)}).`,
    );
  }
  const ref = `${saved.id}/${alt.id}`;
  const existing = linesPostedFrom(ctx.db, args.scenarioId, 'tco', ref);
  const byCategory = new Map(existing.map((s) => [categoryOfDetail(s.detail), s.lineId]));
  const view = alt[args.view];
  const lines: TcoPostedLine[] = [];
  for (const category of TCO_CATEGORIES) {
    const amounts = view.byCategory[category]?.slice(from);
    if (!amounts || amounts.every((a) => a === '0')) continue;
    const capex = CAPEX_CATEGORIES.has(category);
    lines.push({
      category,
      expenseType: capex ? 'CapEx' : 'OpEx',
      accountId: (capex ? args.accountIdCapex : undefined) ?? args.accountIdOpex,
      description: `TCO ${saved.name} · ${alt.name} · ${categoryLabel(category)}`,
      lineId: byCategory.get(category) ?? null,
      amounts,
      total: sumMoney(amounts),
    });
  }
  const kept = new Set(lines.map((l) => l.lineId));
  const posting: TcoPosting = {
    seq: null,
    ref,
    currency: result.currency,
    months: result.months.slice(from),
    lines,
    removedLineIds: existing.filter((s) => !kept.has(s.lineId)).map((s) => s.lineId),
    total: sumMoney(view.total.slice(from)),
  };
  return { posting, saved, altName: alt.name, existing };
}

/**
 * posting/post-tco: posts (or with dryRun only plans) one alternative's monthly cost into
 * a scenario's budget lines as one journaled command. See planTcoPosting for the lines.
 */
export function postTco(ctx: WorkbookContext, args: PostTcoArgs): TcoPosting {
  const { posting, saved, altName, existing } = planTcoPosting(ctx, args);
  if (args.dryRun) return posting;
  const fyStart = readSettings(ctx.orm).fyStartMonth;
  const postedAt = ctx.now().toISOString();
  const positions = new Map(existing.map((s) => [s.lineId, s.position]));
  const label = `Post TCO "${saved.name}" · ${altName} (${args.view === 'pnl' ? 'P&L' : 'cash'}) to the budget`;
  const { seq } = runCommand(ctx, { command: 'posting/post-tco', label, payload: args }, (tx) => {
    let next = ctx.budget.maxPosition(args.scenarioId);
    const cells: { lineId: string; month: string; amount: string }[] = [];
    for (const l of posting.lines) {
      const id = l.lineId ?? newId();
      const line: BudgetLine = {
        id,
        scenarioId: args.scenarioId,
        costCenterId: args.costCenterId,
        serviceId: args.serviceId,
        accountId: l.accountId,
        vendorId: args.vendorId ?? null,
        currency: posting.currency,
        expenseType: l.expenseType,
        description: l.description,
      };
      const source = lineSourceRow({
        lineId: id,
        kind: 'tco',
        ref: posting.ref,
        detail: detailOf(args.view, l.category),
        postedAt,
      });
      if (l.lineId) {
        tx.update('budget_lines', { id }, budgetLineRow(line, positions.get(id)!));
        tx.update('budget_line_sources', { line_id: id }, source);
      } else {
        tx.insert('budget_lines', budgetLineRow(line, ++next));
        tx.insert('budget_line_sources', source);
        l.lineId = id;
      }
      posting.months.forEach((month, i) => cells.push({ lineId: id, month, amount: l.amounts[i]! }));
    }
    const replaced = posting.lines.map((l) => l.lineId!);
    const have = ctx.budget.allAmountsOfLines(replaced);
    // Months of an earlier posting outside this one are cleared: the line holds this posting only.
    const posted = new Set(cells.map((c) => `${c.lineId} ${c.month}`));
    for (const [lineId, month] of have) {
      if (!posted.has(`${lineId} ${month}`)) cells.push({ lineId, month, amount: '0' });
    }
    writeAmounts(tx, have, cells);
    const removed = posting.removedLineIds.map((id) => [id]);
    deleteLineDependents(tx, posting.removedLineIds);
    tx.deleteRows('budget_amounts', ['line_id'], removed);
    tx.deleteRows('budget_lines', ['id'], removed);
    const years = new Set(cells.filter((c) => c.amount !== '0').map((c) => fiscalYearOf(c.month, fyStart)));
    ensureFiscalYearsAndDrivers(ctx, tx, years, fyStart);
  });
  return { ...posting, seq };
}
