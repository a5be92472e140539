import type { ChannelArgs, RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { ApplyChangesResult } from '../../src-shared/ipc/import-changes-contract';
import { BUDGET_AMOUNT_COLUMNS } from '../repo/budget-repo';
import { budgetLineRow } from '../repo/rows';
import { readSettings } from '../repo/settings-repo';
import { writeAmounts } from './budget-cells';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { ensureFiscalYearsAndDrivers } from './driver-costs';
import { newId } from './ids';
import { loadImport } from './import-changes-load';
import { deleteLineDependents } from './line-dependents';

type Args = ChannelArgs<'excel/apply-changes'>;

/** The accepted subset of `all` (all of them when `keys` is omitted); unknown keys refuse the apply. */
function pick<T>(all: readonly T[], keyOf: (t: T) => string, keys: readonly string[] | undefined, what: string): T[] {
  if (keys === undefined) return [...all];
  const byKey = new Map(all.map((t) => [keyOf(t), t]));
  const missing = keys.find((k) => !byKey.has(k));
  if (missing !== undefined) {
    throw new AppError(
      'conflict',
      `The ${what} "${missing}" is no longer proposed: the workbook changed since the preview. Preview the file again.`,
      { field: 'accept', key: missing },
    );
  }
  return keys.map((k) => byKey.get(k)!);
}

/**
 * `excel/apply-changes`: read the file again, check it is the one previewed, and write the
 * accepted changes, new lines and deletions and the resolved conflicts as one command.
 */
export async function applyImportChanges(
  ctx: WorkbookContext,
  args: Args,
  run?: RunContext,
): Promise<ApplyChangesResult> {
  const { preview, diff } = await loadImport(ctx, args.file, run);
  if (preview.sha256 !== args.sha256) {
    throw new AppError(
      'conflict',
      `${preview.fileName} changed since it was previewed (its SHA-256 differs); preview it again before applying.`,
      { field: 'file' },
    );
  }
  const unresolved = diff.conflicts.filter((c) => args.resolutions[c.key] === undefined);
  if (unresolved.length > 0) {
    const first = unresolved[0]!;
    throw new AppError(
      'validation',
      `${unresolved.length} conflicting cell${unresolved.length === 1 ? '' : 's'} must be resolved first (Excel or Outlay), ` +
        `e.g. ${first.label}, ${first.month}: Excel ${first.excel}, Outlay ${first.outlay}.`,
      { field: 'resolutions', keys: unresolved.map((c) => c.key) },
    );
  }
  const cells = [
    ...pick(diff.changes, (c) => c.key, args.accept.cells, 'change').map((c) => ({
      lineId: c.lineId,
      month: c.month,
      amount: c.to,
    })),
    ...diff.conflicts
      .filter((c) => args.resolutions[c.key] === 'excel')
      .map((c) => ({ lineId: c.lineId, month: c.month, amount: c.excel })),
  ];
  const added = pick(diff.newLines, (l) => l.key, args.accept.newLines, 'new line');
  const deleted = pick(diff.deletedLines, (l) => l.lineId, args.accept.deletedLines, 'deleted line');
  const result = { cells: cells.length, added: added.length, deleted: deleted.length };
  if (cells.length + added.length + deleted.length === 0) return { seq: ctx.journal.lastSeq(), ...result };
  if (run?.signal?.aborted)
    throw new AppError('cancelled', 'Importing the changes was cancelled; nothing was written.');
  run?.progress(1, 1, 'Writing the changes');

  const fyStart = readSettings(ctx.orm).fyStartMonth;
  const payload = {
    fileName: preview.fileName,
    sha256: preview.sha256,
    scenarioId: preview.scenarioId,
    fiscalYear: preview.fiscalYear,
    accept: args.accept,
    resolutions: args.resolutions,
  };
  const label = `Import changes from ${preview.fileName}`;
  const { seq } = runCommand(ctx, { command: 'excel/apply-changes', label, payload }, (tx) => {
    const lineIds = [...new Set(cells.map((c) => c.lineId))];
    writeAmounts(tx, ctx.budget.allAmountsOfLines(lineIds), cells);
    let position = ctx.budget.maxPosition(preview.scenarioId);
    for (const line of added) {
      const id = newId();
      tx.insert('budget_lines', budgetLineRow({ ...line.fields, id, scenarioId: preview.scenarioId }, ++position));
      const amounts = preview.months
        .map((month, i) => [id, month, line.amounts[i]!])
        .filter(([, , amount]) => amount !== '0');
      tx.insertRows('budget_amounts', BUDGET_AMOUNT_COLUMNS, amounts);
    }
    const gone = deleted.map((l) => l.lineId);
    deleteLineDependents(tx, gone);
    tx.deleteRows(
      'budget_amounts',
      ['line_id'],
      gone.map((id) => [id]),
    );
    tx.deleteRows(
      'budget_lines',
      ['id'],
      gone.map((id) => [id]),
    );
    ensureFiscalYearsAndDrivers(ctx, tx, [preview.fiscalYear], fyStart);
  });
  return { seq, ...result };
}
