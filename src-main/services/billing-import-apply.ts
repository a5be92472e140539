import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef } from '../../src-shared/ipc/files';
import type {
  BillingCurrencyTotals,
  BillingGrain,
  BillingImportFormat,
  BillingImportResult,
} from '../../src-shared/ipc/billing-import-types';
import { resolveInput } from '../io/files';
import {
  AGGREGATE_COLUMNS,
  billingTagSetup,
  COMMITMENT_COLUMNS,
  importHasRows,
  importsHolding,
  intactImportBySha,
  listBillingImports,
  ratedCurrencyMonths,
  storedBillingTotals,
} from '../repo/billing-repo';
import { engineFormat, readBill, storedFormat } from './billing-import-read';
import { DEFAULT_BILLING_GRAIN, fullGrain, planBillingImport } from './billing-import-rows';
import { runCommand } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { newId } from './ids';

export interface ImportBillingArgs {
  file: FileRef;
  format?: BillingImportFormat;
  grain?: readonly BillingGrain[];
}

const sameTotals = (a: BillingCurrencyTotals[], b: BillingCurrencyTotals[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Import one cloud bill as ONE journaled, undoable command "Import cloud bill NAME": the
 * import row, its aggregates at the grain (plus the workbook's tag keys) and, when the file
 * has ListCost, its rows at the commitment grain. Data already held for the same billing
 * period, provider and billing account is deleted first (tracked, so Undo restores it) and an
 * import left with nothing is marked replaced. The same file (SHA-256) already imported with
 * none of its data replaced since is not imported again: the result says so and nothing is
 * written; once a later bill replaced part of it, importing it again restores it.
 * @throws AppError 'validation' (naming file, row and column) when any row has a problem or
 *   the file is unreadable; 'cancelled' when `run.signal` aborts. Either way nothing is written.
 */
export async function importBilling(
  ctx: WorkbookContext,
  args: ImportBillingArgs,
  run?: RunContext,
): Promise<BillingImportResult> {
  const file = resolveInput(args.file);
  const chosen = args.format ?? 'auto';
  const settings = currentSettings(ctx);
  const { tagKeys, rules } = billingTagSetup(ctx.db);
  const rated = ratedCurrencyMonths(ctx.db, settings.baseCurrency);
  const grain = fullGrain(args.grain ?? DEFAULT_BILLING_GRAIN);
  const read = await readBill(
    file,
    {
      ...engineFormat(chosen),
      grain,
      tagKeys,
      tagRules: rules,
      commitments: true,
      hasRate: (currency, month) => currency === settings.baseCurrency || rated.has(`${currency}|${month}`),
    },
    run,
  );
  const format = storedFormat(read.format, chosen);
  const importId = newId();
  const plan = planBillingImport(read, {
    importId,
    fileName: file.name,
    sha256: read.sha256,
    format,
    grain,
    tagKeys,
    at: ctx.now(),
    by: settings.userName,
  });
  const { fileTotals, periods } = plan;
  const base = { fileName: file.name, sha256: read.sha256, format, rows: read.rows, periods, fileTotals };

  const same = intactImportBySha(ctx.db, read.sha256);
  if (same) {
    const storedTotals = storedBillingTotals(ctx.db, same.id);
    return {
      ...base,
      seq: null,
      importId: same.id,
      aggregates: same.aggregateCount,
      commitments: 0,
      replaced: [],
      storedTotals,
      totalsMatch: sameTotals(fileTotals, storedTotals),
      alreadyImported: true,
      message: `${file.name} was already imported on ${same.importedAt.slice(0, 10)} by ${same.importedBy}; nothing was written.`,
    };
  }

  const { aggregates, commitments, keys: keyList } = plan;
  const before = new Map(listBillingImports(ctx.db).map((i) => [i.id, i]));
  const touched = importsHolding(ctx.db, keyList);
  if (run?.signal?.aborted) throw new AppError('cancelled', `${file.name}: import cancelled; nothing was written`);
  run?.progress(1, 1, 'Writing aggregates');

  const replaced: BillingImportResult['replaced'] = [];
  const { seq } = runCommand(
    ctx,
    {
      command: 'billing/import',
      label: `Import cloud bill ${file.name}`,
      payload: { file: file.name, sha256: read.sha256, format, grain, tagKeys, rows: read.rows },
    },
    (tx) => {
      tx.insert('billing_imports', plan.importRow);
      const match = ['billing_period', 'provider', 'billing_account'];
      tx.deleteRows('billing_aggregates', match, keyList);
      tx.deleteRows('billing_commitments', match, keyList);
      for (const id of touched) {
        const fullyReplaced = !importHasRows(ctx.db, id);
        if (fullyReplaced) tx.update('billing_imports', { id }, { replaced_by: importId });
        replaced.push({ id, fileName: before.get(id)?.fileName ?? id, fullyReplaced });
      }
      tx.insertRows('billing_aggregates', AGGREGATE_COLUMNS, aggregates);
      tx.insertRows('billing_commitments', COMMITMENT_COLUMNS, commitments);
    },
  );
  const storedTotals = storedBillingTotals(ctx.db, importId);
  const totalsMatch = sameTotals(fileTotals, storedTotals);
  const replacedText = replaced.length > 0 ? `; replaced ${replaced.map((r) => r.fileName).join(', ')}` : '';
  return {
    ...base,
    seq,
    importId,
    aggregates: aggregates.length,
    commitments: commitments.length,
    replaced,
    storedTotals,
    totalsMatch,
    alreadyImported: false,
    message: `Imported ${read.rows} rows of ${file.name} into ${aggregates.length} aggregates (${periods.join(', ') || 'no periods'})${replacedText}.`,
  };
}
