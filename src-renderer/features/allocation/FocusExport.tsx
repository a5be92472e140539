import { useState } from 'react';
import type { OutputRef } from '../../../src-shared/ipc/files';
import { deliverOutput } from '../../api/deliver-output';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { OutputPicker } from '../../components/OutputPicker';

/** Write the month's stored run as FOCUS rows (CSV) for other FinOps tools. */
export function FocusExport({ runId, period }: { runId: string; period: string }) {
  const { run, busy } = useCommand();
  const [output, setOutput] = useState<OutputRef | null>(null);
  const exportNow = async () => {
    if (!output) return;
    const r = await run('allocation/export-focus', { runId, output });
    if (!r) return;
    await deliverOutput(r.output);
    notify('info', `Wrote ${r.rows} FOCUS row(s) of ${period}.`);
  };
  return (
    <div className="allocation-form-row" data-testid="allocation-focus-export">
      <OutputPicker
        label="FOCUS export of the allocated costs"
        defaultName={`allocated-${period}.csv`}
        value={output}
        onChange={setOutput}
        testId="allocation-focus-output"
      />
      <button
        type="button"
        data-testid="allocation-focus-write"
        disabled={busy || !output}
        onClick={() => void exportNow()}
      >
        Export FOCUS CSV
      </button>
    </div>
  );
}
