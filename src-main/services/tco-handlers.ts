import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { SavedTcoModel, TcoModel } from '../../src-shared/model';
import { findTcoModel, findTcoModelByName, listTcoModels, tcoModelRow } from '../repo/tco-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';
import { computeModel, tornadoOfModel } from './tco-engine';

type TcoHandlers = Pick<
  Handlers,
  'tco/list' | 'tco/get' | 'tco/save' | 'tco/duplicate' | 'tco/delete' | 'tco/compute' | 'tco/tornado'
>;

/** Saved TCO models: stored after the engine accepted them, computed on request. */
export function tcoHandlers(ctx: WorkbookContext): TcoHandlers {
  const requireModel = (id: string): SavedTcoModel => {
    const m = findTcoModel(ctx.db, id);
    if (!m) throw new AppError('not-found', `There is no TCO model with id "${id}".`, { id });
    return m;
  };
  const requireFreeName = (name: string, selfId: string | null): void => {
    const other = findTcoModelByName(ctx.db, name);
    if (other && other.id !== selfId) {
      throw new AppError('conflict', `A TCO model named "${other.name}" already exists.`, { field: 'name', name });
    }
  };
  const modelOf = (ref: { id?: string | undefined; model?: TcoModel | undefined }): TcoModel =>
    ref.model ?? requireModel(ref.id!).model;

  return {
    'tco/list': () => listTcoModels(ctx.db),

    'tco/get': ({ id }) => requireModel(id),

    'tco/save': (args) => {
      const existing = args.id !== undefined ? requireModel(args.id) : undefined;
      requireFreeName(args.name, existing?.id ?? null);
      // The engine is the validator: a model is stored only if it computes.
      computeModel(ctx, args.model);
      const now = ctx.now().toISOString();
      const saved: SavedTcoModel = {
        id: existing?.id ?? newId(),
        name: args.name,
        description: args.description,
        model: args.model,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      const label = existing ? `Edit TCO model "${args.name}"` : `Add TCO model "${args.name}"`;
      const { seq } = runCommand(ctx, { command: 'tco/save', label, payload: args }, (tx) => {
        if (existing) tx.update('tco_models', { id: saved.id }, tcoModelRow(saved));
        else tx.insert('tco_models', tcoModelRow(saved));
      });
      return { seq, id: saved.id };
    },

    'tco/duplicate': ({ id, name }) => {
      const source = requireModel(id);
      requireFreeName(name, null);
      const now = ctx.now().toISOString();
      const copy: SavedTcoModel = { ...source, id: newId(), name, createdAt: now, updatedAt: now };
      const label = `Duplicate TCO model "${source.name}" as "${name}"`;
      const { seq } = runCommand(ctx, { command: 'tco/duplicate', label, payload: { id, name } }, (tx) =>
        tx.insert('tco_models', tcoModelRow(copy)),
      );
      return { seq, id: copy.id };
    },

    'tco/delete': ({ id }) => {
      const m = requireModel(id);
      const { seq } = runCommand(
        ctx,
        { command: 'tco/delete', label: `Delete TCO model "${m.name}"`, payload: { id } },
        (tx) => void tx.delete('tco_models', { id }),
      );
      return { seq };
    },

    'tco/compute': (ref) => computeModel(ctx, modelOf(ref)),

    'tco/tornado': ({ metric, variationPercent, top, ...ref }) =>
      tornadoOfModel(ctx, modelOf(ref), { metric, variationPercent, top }),
  };
}
