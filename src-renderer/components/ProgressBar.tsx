import type { Progress } from '../../src-shared/ipc/contract';
import '../styles/progress.css';

/**
 * How far a long call has got: a bar (indeterminate until the first report), "label · done
 * of total", and a Cancel button when the call can be stopped.
 */
export function ProgressBar(props: {
  /** What is running, e.g. "Recomputing the forecast". */
  title: string;
  progress: Progress | null;
  onCancel?: () => void;
  testId?: string;
}) {
  const { progress: p, testId = 'progress' } = props;
  const total = p && p.total > 0 ? p.total : null;
  const pct = total && p ? Math.min(100, Math.round((p.done / total) * 100)) : null;
  return (
    <div className="progress" data-testid={testId}>
      <div
        className={pct === null ? 'progress-track progress-indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={props.title}
        aria-valuemin={0}
        {...(total && p ? { 'aria-valuemax': total, 'aria-valuenow': p.done } : {})}
      >
        <div className="progress-fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      <span className="progress-text" data-testid={`${testId}-text`} aria-live="polite">
        {props.title}
        {p && total ? ` · ${p.done} of ${total}` : '…'}
        {p?.label ? ` · ${p.label}` : ''}
      </span>
      {props.onCancel && (
        <button type="button" data-testid={`${testId}-cancel`} onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
