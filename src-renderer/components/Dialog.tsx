import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned under the body. */
  footer?: ReactNode;
  testId?: string;
  width?: number;
}

/** A modal dialog: Escape closes it, focus starts on its first field. */
export function Dialog({ title, onClose, children, footer, testId, width = 440 }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button.primary');
    first?.focus();
  }, []);
  // Escape closes the topmost dialog wherever focus is: a button that disables itself while
  // a command runs drops focus to the page, and Escape must still work then.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const open = document.querySelectorAll('.modal');
      if (open[open.length - 1] !== ref.current) return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        style={{ width }}
      >
        <div className="modal-title">{title}</div>
        <div className="modal-body">{children}</div>
        {footer && <div className="modal-footer">{footer}</div>}
      </div>
    </div>
  );
}

export interface ConfirmProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
}

/** Ask before something that is hard to see undone (deletes). */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, danger }: ConfirmProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'primary danger' : 'primary'}
            data-testid="confirm-ok"
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}

export interface FormDialogProps {
  title: string;
  onClose: () => void;
  /** Runs on the save button and on Enter in a field. */
  onSubmit: () => void;
  submitLabel: string;
  submitTestId: string;
  /** While a command runs the save button is disabled. */
  busy: boolean;
  children: ReactNode;
  /** A refusal the form cannot show at a field, next to the buttons. */
  error?: ReactNode;
  errorTestId?: string;
  /** Layout of the fields (default 'form-grid'). */
  formClassName?: string;
  testId?: string;
  width?: number;
}

/** A dialog holding one form: Cancel and a save button under it, and a refusal beside them. */
export function FormDialog(p: FormDialogProps) {
  return (
    <Dialog
      title={p.title}
      onClose={p.onClose}
      {...(p.testId !== undefined ? { testId: p.testId } : {})}
      {...(p.width !== undefined ? { width: p.width } : {})}
      footer={
        <>
          {p.error && (
            <p className="form-error dialog-error" role="alert" data-testid={p.errorTestId}>
              {p.error}
            </p>
          )}
          <button type="button" onClick={p.onClose}>
            Cancel
          </button>
          <button type="button" className="primary" data-testid={p.submitTestId} disabled={p.busy} onClick={p.onSubmit}>
            {p.submitLabel}
          </button>
        </>
      }
    >
      <form
        className={p.formClassName ?? 'form-grid'}
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        {p.children}
      </form>
    </Dialog>
  );
}
