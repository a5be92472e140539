import type { GridMessage } from './useCellEdits';

/** The grid's last refusal or confirmation, shown right above the cells it is about. */
export function GridMessageBar({ message, onDismiss }: { message: GridMessage | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div
      className={`grid-message grid-message-${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid={message.kind === 'error' ? 'grid-error' : 'grid-info'}
    >
      <span>{message.text}</span>
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
