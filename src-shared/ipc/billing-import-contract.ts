import { z } from 'zod';
import {
  BILLING_GRAIN,
  BILLING_IMPORT_FORMATS,
  type BillingImportRecord,
  type BillingImportResult,
} from './billing-import-types';
import { zFileRef } from './files';
import { zId } from './schemas';

/** Channels of the billing-import area (issue 6); each entry: { input: zod schema, output: type }. */
export const billingImportContract = {
  /**
   * Import one cloud bill (.csv, .csv.gz, .parquet) as one undoable command. Long call:
   * reports progress (bytes read) and stops on cancel with nothing written. Refuses the whole
   * file ('validation', details naming file, row and column) when any row has a problem.
   */
  'billing/import': {
    input: z.object({
      file: zFileRef,
      format: z.enum(BILLING_IMPORT_FORMATS).default('auto'),
      grain: z.array(z.enum(BILLING_GRAIN)).max(BILLING_GRAIN.length).optional(),
    }),
    output: null as unknown as BillingImportResult,
  },
  /** Every billing import, newest first, replaced ones included (marked by `replacedBy`). */
  'billing/list-imports': {
    input: z.object({}).default({}),
    output: null as unknown as BillingImportRecord[],
  },
  /** Delete an import and its aggregates (journaled, undoable). */
  'billing/delete-import': {
    input: z.object({ id: zId }),
    output: null as unknown as { seq: number },
  },
} as const;
