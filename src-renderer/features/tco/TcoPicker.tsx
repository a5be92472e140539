import type { TcoModelListItem } from '../../../src-shared/model';

/** The saved models to choose from, and Duplicate / Delete / Post to budget for the chosen one. */
export function TcoPicker({
  models,
  selectedId,
  onSelect,
  onDuplicate,
  onDelete,
  onPost,
  postDisabled,
}: {
  models: readonly TcoModelListItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onPost: () => void;
  /** Why posting is not possible now (unsaved edits), or null. */
  postDisabled: string | null;
}) {
  const selected = models.find((m) => m.id === selectedId);
  return (
    <div className="panel tco-picker">
      <label className="tco-picker-label">
        <span>TCO model</span>
        <select
          value={selectedId ?? ''}
          onChange={(e) => onSelect(e.target.value)}
          aria-label="TCO model"
          data-testid="tco-model-select"
        >
          {models.length === 0 && <option value="">No TCO models in this workbook</option>}
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onDuplicate} disabled={!selected} data-testid="tco-duplicate">
        Duplicate…
      </button>
      <button type="button" className="danger" onClick={onDelete} disabled={!selected} data-testid="tco-delete">
        Delete…
      </button>
      <button
        type="button"
        onClick={onPost}
        disabled={!selected || postDisabled !== null}
        title={postDisabled ?? 'Post an alternative’s monthly cost into a scenario’s budget lines'}
        data-testid="tco-post"
      >
        Post to budget…
      </button>
      {selected && (
        <span className="muted tco-picker-meta" data-testid="tco-model-alternatives">
          {selected.alternatives.join(' · ')}
          {selected.description ? ` — ${selected.description}` : ''}
        </span>
      )}
    </div>
  );
}
