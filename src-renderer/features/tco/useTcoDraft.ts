import { useState } from 'react';
import type { AlternativeKind, SavedTcoModel, TcoModel } from '../../../src-shared/model';
import type { EditorApi } from './editor-api';
import { appendAt, freshAlternativeId, getIn, removeAt, sameModel, setIn, type Path } from './model-paths';
import { newAlternative } from './templates';

/** Where an item's inputs live in the model: "model" at its root, "demand" under demand, an alternative at its index. */
function basePath(model: TcoModel, item: string): Path {
  if (item === 'model') return [];
  if (item === 'demand') return ['demand'];
  const i = model.alternatives.findIndex((a) => a.id === item);
  return ['alternatives', i];
}

/**
 * The unsaved what-if of one saved model: the whole model as edited (lists included),
 * dirty while it differs from the saved one; choosing another model starts afresh.
 */
export function useTcoDraft(current: SavedTcoModel | undefined) {
  const [state, setState] = useState<{ id: string; model: TcoModel } | null>(null);
  const draft = current && state?.id === current.id ? state.model : current?.model;
  const dirty = !!current && !!draft && !sameModel(draft, current.model);

  const update = (fn: (m: TcoModel) => TcoModel) => {
    if (!current || !draft) return;
    setState({ id: current.id, model: fn(draft) });
  };

  const ed: Omit<EditorApi, 'errorAt'> = {
    edited: (item, path) => {
      if (!current || !draft) return false;
      const at = (m: TcoModel) => {
        const base = basePath(m, item);
        return base.includes(-1) ? undefined : getIn(m, [...base, ...path]);
      };
      return JSON.stringify(at(draft)) !== JSON.stringify(at(current.model));
    },
    set: (item, path, value) => update((m) => setIn(m, [...basePath(m, item), ...path], value)),
    append: (item, path, row) => update((m) => appendAt(m, [...basePath(m, item), ...path], row)),
    remove: (item, path, index) => update((m) => removeAt(m, [...basePath(m, item), ...path], index)),
  };

  return {
    draft,
    dirty,
    ed,
    reset: () => setState(null),
    addAlternative: (kind: AlternativeKind) =>
      update((m) => ({ ...m, alternatives: [...m.alternatives, newAlternative(kind, freshAlternativeId(m, kind))] })),
    removeAlternative: (id: string) =>
      update((m) => ({ ...m, alternatives: m.alternatives.filter((a) => a.id !== id) })),
  };
}
