import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fiscalYearMonths } from '../../src-shared/calendar/fiscal';
import type { RunContext } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { FileRef } from '../../src-shared/ipc/files';
import type { ImportChangesPreview } from '../../src-shared/ipc/import-changes-contract';
import { diffExport, type Diff, type WorkbookLine } from '../engine/roundtrip/diff';
import type { Codes } from '../engine/roundtrip/new-line';
import type { ExportedFile } from '../engine/roundtrip/types';
import { META_KEYS } from '../io/excel/layout';
import { readExport } from '../io/excel-roundtrip/read-export';
import { resolveInput } from '../io/files';
import { openXlsx } from '../io/read/xlsx-guard';
import { listAccounts, listCostCenters, listServices, listVendors } from '../repo/dimensions-repo';
import { findScenario } from '../repo/scenarios-repo';
import { listCurrencies, readSettings, readWorkbookId } from '../repo/settings-repo';
import type { WorkbookContext } from './context';

/** An edited export read and compared with the workbook: what preview shows and apply writes. */
export interface LoadedImport {
  preview: ImportChangesPreview;
  diff: Diff;
  file: ExportedFile;
}

const byCode = <T extends { code: string }, V>(rows: readonly T[], value: (r: T) => V) =>
  new Map(rows.map((r) => [r.code.toUpperCase(), value(r)]));

/**
 * Read the file behind `ref` and compare it with the workbook (see diffExport).
 * @throws AppError 'validation' for a file that is not an export of this workbook, or whose
 *         scenario or fiscal year no longer matches; 'cancelled' when run's signal aborts
 */
export async function loadImport(ctx: WorkbookContext, ref: FileRef, run?: RunContext): Promise<LoadedImport> {
  const input = resolveInput(ref);
  const sha256 = createHash('sha256').update(readFileSync(input.path)).digest('hex');
  run?.progress(0, 1, 'Opening the file');
  const wb = await openXlsx(input.path).catch((e: unknown) => {
    // The guard names hostile files itself; whatever else the parser trips on is still the file's fault.
    if (e instanceof AppError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('validation', `${input.name} could not be read as an Excel workbook (.xlsx): ${why}`, {
      field: 'file',
    });
  });
  if (run?.signal?.aborted) throw new AppError('cancelled', 'Reading the file was cancelled; nothing was written.');
  const file = await readExport(wb, input.name, {
    onProgress: (done, total) => run?.progress(done, total, 'Reading rows'),
    signal: run?.signal,
  });
  const meta = (k: string) => file.meta.get(k) ?? '';
  const settings = readSettings(ctx.orm);
  if (meta(META_KEYS.workbookId) !== readWorkbookId(ctx.orm)) {
    throw new AppError(
      'validation',
      `${input.name} was exported from another workbook ("${meta(META_KEYS.workbookName)}"), not from this one ("${settings.name}"): ` +
        'its Line IDs mean nothing here. Open the workbook it came from, or use a mapped import for data from elsewhere.',
      { field: 'file', workbookId: meta(META_KEYS.workbookId) },
    );
  }
  const scenarioId = meta(META_KEYS.scenarioId);
  const scenario = findScenario(ctx.orm, scenarioId);
  if (!scenario) {
    throw new AppError(
      'validation',
      `${input.name} was exported from scenario "${meta(META_KEYS.scenarioName)}", which no longer exists in this workbook.`,
      { field: 'file', scenarioId },
    );
  }
  const fiscalYear = Number(meta(META_KEYS.fiscalYear));
  const months = Number.isInteger(fiscalYear) ? fiscalYearMonths(fiscalYear, settings.fyStartMonth) : [];
  if (months.join(',') !== file.months.join(',')) {
    throw new AppError(
      'validation',
      `${input.name} holds the months ${file.months[0]} to ${file.months.at(-1)} as FY${meta(META_KEYS.fiscalYear)}, ` +
        "but this workbook's fiscal year now starts in another month; export again.",
      { field: 'file' },
    );
  }

  const currencies = new Map(listCurrencies(ctx.orm).map((c) => [c.code, c.minorUnits]));
  const ccs = listCostCenters(ctx.orm);
  const services = listServices(ctx.orm);
  const accounts = listAccounts(ctx.orm);
  const vendors = listVendors(ctx.orm);
  const codeOf = new Map<string, string>([...ccs, ...services, ...accounts, ...vendors].map((r) => [r.id, r.code]));
  const lines = new Map<string, WorkbookLine>();
  for (const l of ctx.budget.gridOfScenario(scenarioId, months)) {
    const dims = [l.costCenterId, l.serviceId, l.accountId, ...(l.vendorId ? [l.vendorId] : [])];
    const codes = dims.map((id) => codeOf.get(id) ?? id).join(' · ');
    lines.set(l.id, {
      id: l.id,
      label: l.description ? `${codes} — ${l.description}` : codes,
      currency: l.currency,
      minorUnits: currencies.get(l.currency) ?? 2,
      amounts: l.amounts,
      texts: {
        costCenter: codeOf.get(l.costCenterId) ?? '',
        service: codeOf.get(l.serviceId) ?? '',
        account: codeOf.get(l.accountId) ?? '',
        vendor: l.vendorId ? (codeOf.get(l.vendorId) ?? '') : '',
        description: l.description,
        expenseType: l.expenseType,
        currency: l.currency,
      },
      ...(l.driver ? { driver: l.driver } : {}),
    });
  }
  const codes: Codes = {
    costCenters: byCode(ccs, (r) => r.id),
    services: byCode(services, (r) => r.id),
    accounts: byCode(accounts, (r) => ({ id: r.id, expenseType: r.expenseType })),
    vendors: byCode(vendors, (r) => r.id),
    currencies,
  };
  const diff = diffExport({ file, lines, codes, baseCurrency: settings.baseCurrency });
  const preview: ImportChangesPreview = {
    fileName: input.name,
    sha256,
    sheet: file.sheet,
    workbookName: settings.name,
    scenarioId,
    scenarioName: scenario.name,
    fiscalYear,
    months,
    exportedAt: meta(META_KEYS.exportedAt),
    exportedSeq: Number(meta(META_KEYS.journalSeq)) || 0,
    currentSeq: ctx.journal.lastSeq(),
    ...diff,
  };
  return { preview, diff, file };
}
