import { useState } from 'react';
import {
  BILLING_IMPORT_FORMATS,
  billingGrainOf,
  type BillingImportFormat,
  type BillingImportResult as Result,
} from '../../../src-shared/ipc/billing-import-types';
import type { FileRef } from '../../../src-shared/ipc/files';
import { notify } from '../../api/notifications';
import { useLongCall } from '../../api/useLongCall';
import { Dialog } from '../../components/Dialog';
import { FilePicker } from '../../components/FilePicker';
import { ProgressBar } from '../../components/ProgressBar';
import { billingProblems } from './billing-checks';
import { BillingImportResult } from './BillingImportResult';
import { BillingGrainPicker, FULL_GRAIN, type GrainChoice } from './BillingGrainPicker';

const FORMAT_LABEL: Record<BillingImportFormat, string> = {
  auto: 'Detect from the header',
  focus: 'FOCUS 1.0–1.3',
  'aws-cur': 'AWS Cost and Usage Report (legacy)',
  'aws-cur2': 'AWS CUR 2.0',
  azure: 'Azure cost details (actual cost)',
  'azure-amortized': 'Azure cost details (amortized cost)',
  gcp: 'Google Cloud billing export',
  oci: 'Oracle Cloud cost report',
};

/**
 * Import cloud bill…: pick a .csv, .csv.gz or .parquet bill, optionally force its format
 * and choose the detail kept (by day or month, which dimensions),
 * watch it stream in (Cancel writes nothing), then see what was imported and that the file's
 * totals equal the imported ones. A refused file lists the rows and columns at fault.
 */
export function BillingImportDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<FileRef | null>(null);
  const [format, setFormat] = useState<BillingImportFormat>('auto');
  const [grain, setGrain] = useState<GrainChoice>(FULL_GRAIN);
  const [result, setResult] = useState<Result | null>(null);
  const call = useLongCall('billing/import');

  const run = async () => {
    if (!file) return;
    setResult(null);
    const done = await call.start({ file, format, grain: billingGrainOf(grain.dims, grain.byDay) });
    if (!done) return;
    setResult(done);
    notify('info', done.message);
  };
  const close = () => {
    call.cancel();
    onClose();
  };
  const { problems, count } = billingProblems(call.error?.details);

  return (
    <Dialog
      title="Import cloud bill"
      onClose={close}
      testId="billing-import-dialog"
      width={760}
      footer={
        <>
          <button type="button" onClick={close} data-testid="billing-import-close">
            Close
          </button>
          <button
            type="button"
            className="primary"
            data-testid="billing-import-run"
            disabled={!file || call.running}
            onClick={() => void run()}
          >
            Import
          </button>
        </>
      }
    >
      <div className="billing-import-pick">
        <FilePicker
          label="Cloud bill (.csv, .csv.gz, .parquet)"
          accept=".csv,.gz,.parquet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setResult(null);
          }}
          testId="billing-import-file"
        />
        <label className="billing-import-format">
          Format
          <select
            data-testid="billing-import-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as BillingImportFormat)}
          >
            {BILLING_IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BillingGrainPicker value={grain} onChange={setGrain} />
      {call.running && (
        <ProgressBar
          title="Reading the bill"
          progress={call.progress}
          onCancel={call.cancel}
          testId="billing-import-progress"
        />
      )}
      {call.cancelled && (
        <p className="muted" role="status" data-testid="billing-import-cancelled">
          Import cancelled; nothing was written.
        </p>
      )}
      {call.error && (
        <div className="form-error" role="alert" data-testid="billing-import-error">
          <p>{call.error.message}</p>
          {problems.length > 0 && (
            <table className="billing-problems" data-testid="billing-import-problems">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.row}-${p.column}`}>
                    <td className="num">{p.row}</td>
                    <td>{p.column}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {count > problems.length && (
            <p className="muted">
              {count.toLocaleString('en-US')} rows have problems; the first {problems.length} are listed.
            </p>
          )}
        </div>
      )}
      {result && <BillingImportResult result={result} />}
    </Dialog>
  );
}
