import { z } from 'zod';
import {
  ALL_IMPORT_FIELDS,
  CODE_DIMENSIONS,
  IMPORT_KINDS,
  type ImportApplyResult,
  type ImportBatch,
  type ImportPreview,
  type ImportSource,
  type InspectResult,
  type LabourEntryRow,
  type PurchaseOrderRow,
} from '../model/imports';
import { zFileRef } from './files';
import { zId, zMonth } from './schemas';

const zKind = z.enum(IMPORT_KINDS);
const zField = z.enum(ALL_IMPORT_FIELDS);
const zDimension = z.enum(CODE_DIMENSIONS);

/** Column → field mapping of a sheet (see ImportMapping). */
export const zImportMapping = z.object({
  sheet: z.string().max(255).optional(),
  headerRow: z.number().int().min(1).max(1_048_576),
  columns: z.partialRecord(zField, z.string().max(255)),
  defaults: z.partialRecord(zField, z.string().max(255)).default({}),
});

/** How a file's text is read (see ImportFileOptions). */
export const zImportOptions = z.object({
  delimiter: z.string().min(1).max(1).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  decimal: z.enum(['point', 'comma']),
  dateOrder: z.enum(['ymd', 'dmy', 'mdy']),
});

const zScan = {
  file: zFileRef,
  kind: zKind,
  sourceId: zId.optional(),
  mapping: zImportMapping,
  options: zImportOptions,
  /** Rows the preview counted: gives progress a total. */
  expectedRows: z.number().int().min(0).optional(),
};

/** Mapped imports of actuals, purchase orders and contractor labour from other systems' files. */
export const mappedImportContract = {
  /**
   * Look into a file: sheets, header row (guessed unless given), columns with sample values
   * and a suggested mapping (the source's saved mapping first, then header names).
   */
  'imports/inspect': {
    input: z.object({
      file: zFileRef,
      kind: zKind,
      sourceId: zId.optional(),
      sheet: z.string().max(255).optional(),
      headerRow: z.number().int().min(1).max(1_048_576).optional(),
      options: zImportOptions.partial().optional(),
    }),
    output: null as unknown as InspectResult,
  },
  /**
   * Check every row of the file with the mapping (nothing written): each problem with row and
   * column, and control totals per currency (file total = imported + left out + imported before).
   * Reports progress; stops with 'cancelled'.
   */
  'imports/preview': {
    input: z.object({ ...zScan, problemLimit: z.number().int().min(1).max(100_000).optional() }),
    output: null as unknown as ImportPreview,
  },
  /**
   * Import the valid rows and a batch record as one undoable command. Refuses ('validation')
   * when rows have problems unless `onlyValid`, and ('conflict') when the file's hash or the
   * mapping no longer match `expect` (the preview's). Rows imported before are skipped.
   */
  'imports/apply': {
    input: z.object({
      ...zScan,
      onlyValid: z.boolean().default(false),
      expect: z.object({ sha256: z.string().max(64), mappingKey: z.string().max(64) }).optional(),
    }),
    output: null as unknown as ImportApplyResult,
  },
  /** Saved sources (of one kind when given) with their mappings and code translations. */
  'imports/list-sources': {
    input: z.object({ kind: zKind.optional() }),
    output: null as unknown as ImportSource[],
  },
  /** Create a source (no id) or rename it and save its mapping and options; undoable. */
  'imports/save-source': {
    input: z.object({
      id: zId.optional(),
      kind: zKind,
      name: z.string().min(1).max(120),
      mapping: zImportMapping.optional(),
      options: zImportOptions.optional(),
    }),
    output: null as unknown as ImportSource,
  },
  /** Delete a source and its translations; undoable. */
  'imports/delete-source': {
    input: z.object({ id: zId }),
    output: null as unknown as { ok: true },
  },
  /** Add, change or remove a source's code translations (external code → Outlay code); undoable. */
  'imports/set-code-map': {
    input: z.object({
      sourceId: zId,
      set: z
        .array(
          z.object({
            dimension: zDimension,
            externalCode: z.string().trim().min(1).max(120),
            outlayCode: z.string().trim().min(1).max(120),
          }),
        )
        .max(10_000)
        .default([]),
      remove: z
        .array(z.object({ dimension: zDimension, externalCode: z.string().min(1).max(120) }))
        .max(10_000)
        .default([]),
    }),
    output: null as unknown as ImportSource,
  },
  /** Past imports, newest first. */
  'imports/list-batches': {
    input: z.object({ kind: zKind.optional() }),
    output: null as unknown as ImportBatch[],
  },
  /** Imported purchase order lines. */
  'imports/list-purchase-orders': {
    input: z.object({}),
    output: null as unknown as PurchaseOrderRow[],
  },
  /** Imported labour entries. */
  'imports/list-labour': {
    input: z.object({}),
    output: null as unknown as LabourEntryRow[],
  },
  /** Months closed for imports, ascending. */
  'imports/list-closed-periods': {
    input: z.object({}),
    output: null as unknown as string[],
  },
  /** Close or reopen a month for imports; undoable. Returns the closed months. */
  'imports/set-period-closed': {
    input: z.object({ month: zMonth, closed: z.boolean() }),
    output: null as unknown as string[],
  },
} as const;
