import { z } from 'zod';
import type { TcoPosting } from '../model';
import { zId, zMonth } from './schemas';

/** Where and how a TCO alternative is posted (see TcoPostingTarget). */
export const zTcoPostingArgs = z.object({
  modelId: zId,
  alternativeId: z.string().min(1).max(64),
  scenarioId: zId,
  view: z.enum(['cash', 'pnl']).default('cash'),
  costCenterId: zId,
  serviceId: zId,
  accountIdCapex: zId.optional(),
  accountIdOpex: zId,
  vendorId: zId.optional(),
  fromMonth: zMonth.optional(),
  /** Compute what would be posted without writing anything. */
  dryRun: z.boolean().default(false),
});

/**
 * Posting forecasts and TCO results into a scenario's budget lines. Every posting is one
 * journaled, undoable command; each line it creates carries a budget_line_sources row, so
 * posting the same source again replaces those lines' amounts instead of adding lines.
 */
export const postingContract = {
  /**
   * Posts one alternative of a saved TCO model: one budget line per cost category of the
   * view ("TCO <model> · <alternative> · <category>"), in the model currency, CapEx for
   * hardware, depreciation and write-offs and OpEx for the rest. The lines' total equals
   * the alternative's total of the view over the posted months, to the minor unit.
   * 'validation' errors name the field (an unknown dimension, a model month out of range).
   */
  'posting/post-tco': { input: zTcoPostingArgs, output: null as unknown as TcoPosting },
} as const;
