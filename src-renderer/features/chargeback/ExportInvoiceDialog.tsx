import { useState } from 'react';
import type { OutputRef } from '../../../src-shared/ipc/files';
import type { InvoiceSummary } from '../../../src-shared/model/chargeback-invoices';
import { deliverOutput } from '../../api/deliver-output';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { OutputPicker } from '../../components/OutputPicker';

/** Export one invoice revision to .xlsx or PDF, to a download or a path. */
export function ExportInvoiceDialog(props: { summary: InvoiceSummary; unitCode: string; onClose: () => void }) {
  const [format, setFormat] = useState<'xlsx' | 'pdf'>('pdf');
  const [output, setOutput] = useState<OutputRef | null>(null);
  const cmd = useCommand({ toast: false });
  const name = `${props.summary.month}-${props.unitCode}-r${props.summary.revision}.${format}`;
  const submit = async () => {
    if (!output) return;
    const done = await cmd.run('chargeback/export-invoice', { invoiceId: props.summary.id, format, output });
    if (!done) return;
    try {
      await deliverOutput(done);
      notify('info', done.kind === 'path' ? `Invoice written to ${done.path}.` : `Invoice downloaded as ${done.name}.`);
      props.onClose();
    } catch (e) {
      notify('error', e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <FormDialog
      title="Export invoice"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Export"
      submitTestId="export-submit"
      busy={cmd.busy || !output}
      error={cmd.error?.message}
      errorTestId="export-error"
      testId="export-dialog"
      formClassName="form-stack"
      width={520}
    >
      <div role="radiogroup" aria-label="Format" className="resolve-kinds">
        {(['pdf', 'xlsx'] as const).map((f) => (
          <label key={f} className="resolve-kind">
            <input
              type="radio"
              name="format"
              data-testid={`export-format-${f}`}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {f === 'pdf' ? 'PDF' : 'Excel (.xlsx)'}
          </label>
        ))}
      </div>
      <OutputPicker label="Save as" defaultName={name} value={output} onChange={setOutput} testId="invoice-output" />
    </FormDialog>
  );
}
