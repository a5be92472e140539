import { useState } from 'react';
import type { InvoiceLine } from '../../../src-shared/model/chargeback-invoices';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

/** The business unit disputes one line of its current invoice, with a reason. */
export function RaiseDisputeDialog(props: { invoiceId: string; line: InvoiceLine; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cmd = useCommand({ toast: false });
  const submit = async () => {
    if (!reason.trim()) return setMissing(true);
    const done = await cmd.run('chargeback/raise-dispute', {
      invoiceId: props.invoiceId,
      lineKey: props.line.key,
      reason: reason.trim(),
    });
    if (done) {
      notify('info', `Dispute raised on "${props.line.description}".`);
      props.onClose();
    }
  };
  return (
    <FormDialog
      title="Dispute a line"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Raise dispute"
      submitTestId="raise-submit"
      busy={cmd.busy}
      error={cmd.error?.message}
      errorTestId="raise-error"
      testId="raise-dialog"
      formClassName="form-stack"
    >
      <p>
        <strong>{props.line.description}</strong> — {props.line.amount}
      </p>
      <Field label="Reason" error={missing ? 'Say why the line is wrong.' : null}>
        <textarea
          data-testid="raise-reason"
          rows={3}
          value={reason}
          onChange={(e) => {
            setMissing(false);
            setReason(e.target.value);
          }}
        />
      </Field>
    </FormDialog>
  );
}
