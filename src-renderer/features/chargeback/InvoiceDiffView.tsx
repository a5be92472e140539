import type { InvoiceDiff } from '../../../src-shared/model/chargeback-invoices';
import { formatMoney } from '../../../src-shared/money';

/** What changed from the previous revision: added, removed and changed lines, and the total. */
export function InvoiceDiffView(props: { diff: InvoiceDiff; revision: number; minorUnits: number }) {
  const m = (x: string) => formatMoney(x, props.minorUnits);
  const { diff } = props;
  return (
    <section className="invoice-diff" data-testid="invoice-diff" aria-label="Changes from the previous revision">
      <h3>
        Changes from revision {props.revision - 1}: total {diff.totalChange.startsWith('-') ? '' : '+'}
        {m(diff.totalChange)}
      </h3>
      <ul>
        {diff.added.map((l) => (
          <li key={`a-${l.key}`} className="diff-added" data-testid="diff-added">
            Added: {l.description} {m(l.amount)}
          </li>
        ))}
        {diff.removed.map((l) => (
          <li key={`r-${l.key}`} className="diff-removed" data-testid="diff-removed">
            Removed: {l.description} {m(l.amount)}
          </li>
        ))}
        {diff.changed.map((c) => (
          <li key={`c-${c.key}`} className="diff-changed" data-testid="diff-changed">
            Changed: {c.after.description} {m(c.before.amount)} → {m(c.after.amount)}
            {c.before.quantity !== c.after.quantity && ` (quantity ${c.before.quantity} → ${c.after.quantity})`}
          </li>
        ))}
        {diff.added.length + diff.removed.length + diff.changed.length === 0 && <li>No line changed.</li>}
      </ul>
    </section>
  );
}
