import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef } from '../../src-shared/ipc/files';
import type {
  BillingCurrencyTotals,
  BillingGrain,
  BillingImportFormat,
  BillingImportResult,
} from '../../src-shared/ipc/billing-import-types';
import type { BillingAggregate, CommitmentAggregate, GrainDimension, MeasureSums } from '../engine/cloud-billing';
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
  type BillingKey,
} from '../repo/billing-repo';
import { currencyTotals, engineFormat, readBill, storedFormat } from './billing-import-read';
import { runCommand } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { newId } from './ids';

/** The grain an import aggregates at unless told otherwise (plus the workbook's tag keys). */
export const DEFAULT_BILLING_GRAIN: readonly BillingGrain[] = [
  'billingPeriod',
  'chargeMonth',
  'provider',
  'billingAccount',
  'subAccount',
  'service',
  'region',
  'resourceType',
  'chargeCategory',
  'commitmentDiscount',
];

/** Always in the grain: the replacement key (period, provider, account) and a charge month. */
const REQUIRED_GRAIN: readonly GrainDimension[] = ['billingPeriod', 'provider', 'billingAccount'];

export interface ImportBillingArgs {
  file: FileRef;
  format?: BillingImportFormat;
  grain?: readonly BillingGrain[];
}

function fullGrain(grain: readonly BillingGrain[]): GrainDimension[] {
  const set = new Set<GrainDimension>([...REQUIRED_GRAIN, ...grain]);
  if (!set.has('chargeDay')) set.add('chargeMonth');
  return [...set];
}

/**
 * A required measure the file lacks takes the other's value (Azure actual-cost exports have
 * no amortized cost, amortized ones no invoice cost), so both bases always have a figure.
 */
function bothBases(s: MeasureSums): { billed: string; effective: string } {
  return { billed: s.BilledCost ?? s.EffectiveCost ?? '0', effective: s.EffectiveCost ?? s.BilledCost ?? '0' };
}

function filledTotals(totals: BillingCurrencyTotals[], s: { billed: boolean; effective: boolean }) {
  return totals.map((t) => ({
    ...t,
    billedCost: s.billed ? t.billedCost : t.effectiveCost,
    effectiveCost: s.effective ? t.effectiveCost : t.billedCost,
  }));
}

const keyText = (v: string | null | undefined): string => v ?? '';

function aggregateRow(a: BillingAggregate, importId: string, at: number): unknown[] {
  const { billed, effective } = bothBases(a.sums);
  const k = a.key;
  return [
    newId(at),
    importId,
    keyText(k.billingPeriod).slice(0, 7),
    k.chargeDay ?? keyText(k.chargeMonth),
    keyText(k.provider),
    keyText(k.billingAccount),
    k.subAccount ?? null,
    k.service ?? null,
    k.region ?? null,
    k.resourceType ?? null,
    k.chargeCategory ?? null,
    k.commitmentDiscount ?? null,
    JSON.stringify(a.tags),
    a.currency,
    billed,
    effective,
    a.sums.ListCost ?? null,
    a.sums.ContractedCost ?? null,
    a.rows,
  ];
}

function commitmentRow(c: CommitmentAggregate, importId: string, at: number): unknown[] {
  const { billed, effective } = bothBases(c.sums);
  const k = c.key;
  return [
    newId(at),
    importId,
    k.billingPeriod,
    k.chargeMonth,
    keyText(k.provider),
    keyText(k.billingAccount),
    k.commitmentDiscountId,
    k.commitmentDiscountType,
    k.commitmentDiscountStatus,
    keyText(k.chargeCategory),
    k.pricingCategory,
    c.currency,
    billed,
    effective,
    c.sums.ListCost ?? '0',
    c.sums.ContractedCost ?? null,
    c.rows,
  ];
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
  const present = { billed: read.measures.includes('BilledCost'), effective: read.measures.includes('EffectiveCost') };
  const fileTotals = filledTotals(currencyTotals(read.totals), present);
  const periods = [...new Set(read.aggregates.map((a) => keyText(a.key.billingPeriod).slice(0, 7)))].sort();
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

  const importId = newId();
  const at = ctx.now().getTime();
  const aggregates = read.aggregates.map((a) => aggregateRow(a, importId, at));
  // Commitment figures need ListCost (savings vs on-demand); a file without it has none to store.
  const commitments = read.measures.includes('ListCost')
    ? (read.commitments ?? []).map((c) => commitmentRow(c, importId, at))
    : [];
  const keys = new Map<string, BillingKey>();
  for (const r of [...aggregates, ...commitments]) {
    const key: BillingKey = [r[2] as string, r[4] as string, r[5] as string];
    keys.set(key.join('\u001f'), key);
  }
  const keyList = [...keys.values()];
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
      tx.insert('billing_imports', {
        id: importId,
        file_name: file.name,
        sha256: read.sha256,
        format,
        grain: JSON.stringify(grain),
        tag_keys: JSON.stringify(tagKeys),
        row_count: read.rows,
        aggregate_count: aggregates.length,
        totals: JSON.stringify(fileTotals),
        periods: JSON.stringify(periods),
        imported_at: ctx.now().toISOString(),
        imported_by: settings.userName,
        replaced_by: null,
      });
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
