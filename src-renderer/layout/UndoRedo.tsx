import { useCallback, useEffect } from 'react';
import { useQuery } from '../api/useQuery';
import { useCommand } from '../api/useCommand';

/** True when the key event belongs to a text field or a grid cell editor, not to the app. */
function isEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return target.closest('.ag-cell-inline-editing, .ag-popup-editor') !== null;
}

/**
 * Undo/Redo buttons labelled with what they will undo, and the keyboard shortcuts
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y (left to text fields while typing).
 */
export function UndoRedo() {
  const state = useQuery('journal/get-undo-state', {});
  const { run, busy } = useCommand();
  const s = state.data;

  const undo = useCallback(() => {
    if (s?.canUndo && !busy) void run('journal/undo', {});
  }, [s, busy, run]);
  const redo = useCallback(() => {
    if (s?.canRedo && !busy) void run('journal/redo', {});
  }, [s, busy, run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditingTarget(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey)) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const undoTitle = s?.undoLabel ? `Undo ${s.undoLabel}` : 'Nothing to undo';
  const redoTitle = s?.redoLabel ? `Redo ${s.redoLabel}` : 'Nothing to redo';
  return (
    <div className="undo-redo">
      <button
        type="button"
        data-testid="undo"
        disabled={!s?.canUndo || busy}
        title={`${undoTitle} (Ctrl+Z)`}
        aria-label={undoTitle}
        onClick={undo}
      >
        ↶ <span className="undo-label">{s?.undoLabel ? `Undo ${s.undoLabel}` : 'Undo'}</span>
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!s?.canRedo || busy}
        title={`${redoTitle} (Ctrl+Shift+Z)`}
        aria-label={redoTitle}
        onClick={redo}
      >
        ↷ <span className="undo-label">{s?.redoLabel ? `Redo ${s.redoLabel}` : 'Redo'}</span>
      </button>
    </div>
  );
}
