import { useState } from 'react';
import type { ChargebackUnit, DisputeView, InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { parseResolution, type ResolutionDraft, type ResolutionKind } from './resolution-form';

const KINDS: { kind: ResolutionKind; label: string; hint: string }[] = [
  { kind: 'credit', label: 'Credit', hint: 'A credit line on the next revision' },
  { kind: 'move', label: 'Move cost', hint: 'Part of an allocated shared cost goes to another unit' },
  { kind: 'retag', label: 'Re-tag usage', hint: 'Consumed units belonged to another unit' },
  { kind: 'reject', label: 'Reject', hint: 'The line stands; no new revision' },
];

/**
 * Settle a dispute: credit, move a shared cost, re-tag usage (each issues new revisions) or
 * reject. Field problems show at the field; the service's refusals beside the buttons.
 */
export function ResolveDisputeDialog(props: {
  dispute: DisputeView;
  line: InvoiceLine | undefined;
  units: readonly ChargebackUnit[];
  onClose: () => void;
  onResolved: (newInvoiceId: string | null) => void;
}) {
  const { dispute, line } = props;
  const [draft, setDraft] = useState<ResolutionDraft>({ kind: 'credit', amount: '', toDepartmentId: '', note: '' });
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const cmd = useCommand({ toast: false });
  const set = (patch: Partial<ResolutionDraft>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const allowed = (k: ResolutionKind) =>
    (k !== 'move' || line?.kind === 'shared') && (k !== 'retag' || line?.kind === 'service');
  const submit = async () => {
    const parsed = parseResolution(draft);
    if (!parsed.ok) return setProblem(parsed);
    const done = await cmd.run('chargeback/resolve-dispute', { disputeId: dispute.id, resolution: parsed.value });
    if (!done) return;
    const mine = done.invoices.find((i) => i.summary.departmentId === dispute.departmentId);
    notify(
      'info',
      mine ? `Reissued as revision ${mine.summary.revision} (total ${mine.summary.total}).` : 'Dispute rejected.',
    );
    props.onResolved(mine?.summary.id ?? null);
  };
  const fieldError = (f: string) => (problem?.field === f ? problem.message : null);
  const others = props.units.filter((u) => u.departmentId !== dispute.departmentId);
  return (
    <FormDialog
      title="Resolve dispute"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Resolve"
      submitTestId="resolve-submit"
      busy={cmd.busy}
      error={cmd.error?.message}
      errorTestId="resolve-error"
      testId="resolve-dialog"
      formClassName="form-stack"
      width={520}
    >
      <p>
        <strong>{line?.description ?? dispute.lineKey}</strong> — disputed: {dispute.reason}
      </p>
      <div role="radiogroup" aria-label="Resolution" className="resolve-kinds">
        {KINDS.filter((k) => allowed(k.kind)).map((k) => (
          <label key={k.kind} className="resolve-kind" title={k.hint}>
            <input
              type="radio"
              name="resolution"
              data-testid={`resolve-kind-${k.kind}`}
              checked={draft.kind === k.kind}
              onChange={() => set({ kind: k.kind })}
            />
            {k.label}
          </label>
        ))}
      </div>
      {draft.kind !== 'reject' && (
        <Field
          label={draft.kind === 'retag' ? `Quantity (${line?.unit ?? 'units'})` : 'Amount'}
          error={fieldError('amount')}
        >
          <input data-testid="resolve-amount" value={draft.amount} onChange={(e) => set({ amount: e.target.value })} />
        </Field>
      )}
      {(draft.kind === 'move' || draft.kind === 'retag') && (
        <Field label="To business unit" error={fieldError('toDepartmentId')}>
          <Select
            testId="resolve-to"
            ariaLabel="To business unit"
            value={draft.toDepartmentId}
            none="Choose…"
            options={others.map((u) => ({ value: u.departmentId, label: `${u.code} — ${u.name}` }))}
            onChange={(v) => set({ toDepartmentId: v })}
          />
        </Field>
      )}
      <Field label={draft.kind === 'reject' ? 'Why it is rejected' : 'Note (optional)'} error={fieldError('note')}>
        <input data-testid="resolve-note" value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
    </FormDialog>
  );
}
