import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import { monthLabel } from '../../../src-shared/calendar/fiscal';
import type { DriverPastePreview } from '../../../src-shared/drivers/driver-paste';
import { Dialog } from '../../components/Dialog';

/**
 * What a paste would set, before it is sent: the months and values read, and every cell
 * that could not be read with its row, column and why. Nothing is written until Apply,
 * and a paste with unreadable cells is not applied at all (fix the source and paste again).
 */
export function DriverPasteDialog({
  driverCode,
  kind,
  preview,
  hasActual,
  onApply,
  onClose,
}: {
  driverCode: string;
  kind: 'actual' | 'plan';
  preview: DriverPastePreview;
  /** Months that already have an actual value (a plan cannot go there). */
  hasActual: (m: MonthKey) => boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const blocked = kind === 'plan' ? preview.values.filter((v) => hasActual(v.month)) : [];
  const ok = preview.problems.length === 0 && blocked.length === 0 && preview.values.length > 0;
  return (
    <Dialog
      title={`Paste ${kind} values of ${driverCode}`}
      onClose={onClose}
      testId="driver-paste-dialog"
      width={520}
      footer={
        <>
          {/* Focus starts here: Apply may be disabled, and Escape must still reach the dialog. */}
          <button type="button" onClick={onClose} autoFocus data-testid="driver-paste-cancel">
            Cancel
          </button>
          <button type="button" className="primary" disabled={!ok} onClick={onApply} data-testid="driver-paste-apply">
            Apply {preview.values.length} value(s)
          </button>
        </>
      }
    >
      <p className="muted">Decimal separator read as “{preview.decimalSeparator}”.</p>
      {preview.problems.length > 0 && (
        <ul className="field-error" role="alert" data-testid="driver-paste-problems">
          {preview.problems.map((p) => (
            <li key={`${p.row}:${p.column}`}>
              Row {p.row}, column {p.column} “{p.text}”: {p.why}
            </li>
          ))}
        </ul>
      )}
      {blocked.length > 0 && (
        <p className="field-error" role="alert">
          {blocked.map((b) => monthLabel(b.month)).join(', ')} already have an actual value; a plan is for a month
          without one.
        </p>
      )}
      <table className="drivers-table" data-testid="driver-paste-preview">
        <thead>
          <tr>
            <th>Month</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {preview.values.map((v) => (
            <tr key={v.month}>
              <td>{monthLabel(v.month)}</td>
              <td className="num">{v.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
