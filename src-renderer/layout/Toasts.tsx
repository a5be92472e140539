import { dismiss, useNotices } from '../api/notifications';

/** Errors and confirmations from calls, stacked at the bottom right. */
export function Toasts() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="toasts">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`toast toast-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`toast-${n.kind}`}
        >
          <span className="toast-text">{n.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
