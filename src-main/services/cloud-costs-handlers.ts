import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { DEFAULT_TAG_ALIASES } from '../engine/cloud-billing/tags';
import { commitmentExists, readTagRules } from '../repo/cloud-costs-repo';
import { commitmentsView } from './cloud-commitments';
import { tagHygieneReport } from './cloud-tag-hygiene';
import {
  deleteTagAlias,
  deleteTagKey,
  deleteTagValue,
  saveTagAlias,
  saveTagKey,
  saveTagValue,
} from './cloud-tag-rules';
import { cloudTotals } from './cloud-totals';
import { runCommand } from './command';
import type { WorkbookContext } from './context';

type SliceHandlers = Pick<
  Handlers,
  | 'cloud/totals'
  | 'cloud/get-tag-rules'
  | 'cloud/save-tag-key'
  | 'cloud/delete-tag-key'
  | 'cloud/save-tag-alias'
  | 'cloud/delete-tag-alias'
  | 'cloud/save-tag-value'
  | 'cloud/delete-tag-value'
  | 'cloud/tag-hygiene'
  | 'cloud/commitments'
  | 'cloud/save-commitment-term'
  | 'cloud/delete-commitment-term'
>;

/** The channels of the cloud-costs area. */
export function cloudCostsHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'cloud/totals': (args) => cloudTotals(ctx.db, args),
    'cloud/get-tag-rules': () => ({
      ...readTagRules(ctx.db),
      builtInAliases: Object.entries(DEFAULT_TAG_ALIASES).flatMap(([canonicalKey, spellings]) =>
        spellings.map((alias) => ({ alias, canonicalKey })),
      ),
    }),
    'cloud/save-tag-key': (args) => ({ seq: saveTagKey(ctx, args).seq }),
    'cloud/delete-tag-key': (args) => ({ seq: deleteTagKey(ctx, args).seq }),
    'cloud/save-tag-alias': (args) => ({ seq: saveTagAlias(ctx, args).seq }),
    'cloud/delete-tag-alias': (args) => ({ seq: deleteTagAlias(ctx, args).seq }),
    'cloud/save-tag-value': (args) => ({ seq: saveTagValue(ctx, args).seq }),
    'cloud/delete-tag-value': (args) => ({ seq: deleteTagValue(ctx, args).seq }),
    'cloud/tag-hygiene': (args) => tagHygieneReport(ctx.db, args),
    'cloud/commitments': () => commitmentsView(ctx.db),
    'cloud/save-commitment-term': ({ commitmentDiscountId: id, start, end }) => {
      if (!commitmentExists(ctx.db, id)) {
        throw new AppError('not-found', `There is no commitment "${id}" in the imported bills.`, {
          field: 'commitmentDiscountId',
        });
      }
      if (!(end > start)) {
        throw new AppError('validation', `Commitment ${id}: the term must end after it starts (${start} … ${end}).`, {
          item: id,
          field: 'end',
        });
      }
      const key = { commitment_discount_id: id };
      const existing = ctx.writer.get('commitment_terms', key);
      const label = `Term of commitment ${id}`;
      const { seq } = runCommand(
        ctx,
        { command: 'cloud/save-commitment-term', label, payload: { id, start, end } },
        (tx) => {
          if (existing) tx.update('commitment_terms', key, { start, end });
          else tx.insert('commitment_terms', { ...key, start, end });
        },
      );
      return { seq };
    },
    'cloud/delete-commitment-term': ({ commitmentDiscountId: id }) => {
      const key = { commitment_discount_id: id };
      if (!ctx.writer.get('commitment_terms', key)) {
        throw new AppError('not-found', `Commitment ${id} has no term.`, { field: 'commitmentDiscountId' });
      }
      const label = `Remove term of commitment ${id}`;
      const { seq } = runCommand(ctx, { command: 'cloud/delete-commitment-term', label, payload: { id } }, (tx) => {
        tx.delete('commitment_terms', key);
      });
      return { seq };
    },
  };
}
