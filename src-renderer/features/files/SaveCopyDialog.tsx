import { useState } from 'react';
import type { OutputRef } from '../../../src-shared/ipc/files';
import { errorMessage } from '../../api/client';
import { deliverOutput } from '../../api/deliver-output';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { Dialog } from '../../components/Dialog';
import { OutputPicker } from '../../components/OutputPicker';
import { useWorkbook } from '../../state/WorkbookContext';

/** "…/Plan 2027.outlay" → "Plan 2027 copy.outlay" */
export function copyName(workbookPath: string): string {
  const file = workbookPath.split(/[/\\]/).pop() ?? 'Workbook.outlay';
  const stem = file.replace(/\.outlay$/i, '') || 'Workbook';
  return `${stem} copy.outlay`;
}

/**
 * File → Save a copy…: a consistent snapshot of the open workbook, downloaded in the browser
 * or written to a path, for a backup or to e-mail. The open workbook stays the one in use.
 */
export default function SaveCopyDialog({ onClose }: { onClose: () => void }) {
  const wb = useWorkbook();
  const cmd = useCommand({ toast: false });
  const [output, setOutput] = useState<OutputRef | null>(null);
  const [delivering, setDelivering] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    if (!output) return;
    setFailure(null);
    const done = await cmd.run('files/save-workbook-copy', { output });
    if (!done) return;
    setDelivering(true);
    try {
      await deliverOutput(done);
    } catch (e) {
      setFailure(errorMessage(e));
      return;
    } finally {
      setDelivering(false);
    }
    notify('info', done.kind === 'path' ? `Saved a copy as ${done.path}.` : `Downloaded ${done.name}.`);
    onClose();
  };

  const busy = cmd.busy || delivering;
  const error = failure ?? cmd.error?.message ?? null;
  return (
    <Dialog
      title="Save a copy of the workbook"
      onClose={onClose}
      testId="save-copy-dialog"
      width={480}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            data-testid="save-copy-confirm"
            disabled={!output || busy}
            onClick={() => void save()}
          >
            {busy ? 'Saving…' : 'Save copy'}
          </button>
        </>
      }
    >
      <OutputPicker
        label="Copy"
        defaultName={copyName(wb.info.path)}
        value={output}
        onChange={setOutput}
        testId="save-copy-output"
      />
      {error && (
        <p className="form-error" role="alert" data-testid="save-copy-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
