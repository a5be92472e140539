import { useState } from 'react';
import type { FileRef } from '../../../src-shared/ipc/files';
import type { ImportChangesPreview } from '../../../src-shared/ipc/import-changes-contract';
import { notify } from '../../api/notifications';
import { useLongCall } from '../../api/useLongCall';
import { Dialog } from '../../components/Dialog';
import { FilePicker } from '../../components/FilePicker';
import { ProgressBar } from '../../components/ProgressBar';
import { useWorkbook } from '../../state/WorkbookContext';
import '../../styles/import-changes.css';
import { PreviewSections } from './PreviewSections';
import { applyArgs, countApplied, NO_CHOICES, unresolved, type ImportChoices } from './selection';

/**
 * File ▸ Import changes from Excel…: pick an Outlay export edited in Excel, preview what it
 * changes (cells old → new, new and deleted lines, conflicts to resolve, problems), untick
 * what to leave out, and apply it as one command the header's Undo takes back.
 */
export default function ImportChangesDialog({ onClose }: { onClose: () => void }) {
  const wb = useWorkbook();
  const [file, setFile] = useState<FileRef | null>(null);
  const [preview, setPreview] = useState<ImportChangesPreview | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const previewCall = useLongCall('excel/preview-changes');
  const applyCall = useLongCall('excel/apply-changes');

  const runPreview = async () => {
    if (!file) return;
    setPreview(null);
    setChoices(NO_CHOICES);
    applyCall.reset();
    const p = await previewCall.start({ file });
    if (p) setPreview(p);
  };
  const apply = async () => {
    if (!file || !preview) return;
    const done = await applyCall.start({ file, sha256: preview.sha256, ...applyArgs(preview, choices) });
    if (!done) return;
    const parts = [`${done.cells} cells`, `${done.added} new lines`, `${done.deleted} deleted lines`];
    notify('info', `Imported ${parts.join(', ')} from ${preview.fileName}. Undo takes it back.`);
    onClose();
  };
  const close = () => {
    previewCall.cancel();
    applyCall.cancel();
    onClose();
  };
  const error = applyCall.error ?? previewCall.error;
  const open = preview ? unresolved(preview, choices) : 0;
  const count = preview ? countApplied(preview, choices) : 0;
  const otherSelection =
    preview && (preview.scenarioId !== wb.scenarioId || preview.fiscalYear !== wb.fiscalYear)
      ? `This file is for scenario ${preview.scenarioName}, FY${preview.fiscalYear}: the changes go there, not to the scenario and year on screen.`
      : null;

  return (
    <Dialog
      title="Import changes from Excel"
      onClose={close}
      testId="import-changes-dialog"
      width={860}
      footer={
        <>
          {error && (
            <p className="form-error dialog-error" role="alert" data-testid="import-changes-error">
              {error.message}
            </p>
          )}
          {preview && open > 0 && (
            <span className="muted" data-testid="import-changes-unresolved">
              {open} conflict{open === 1 ? '' : 's'} to resolve
            </span>
          )}
          <button type="button" onClick={close}>
            Close
          </button>
          <button
            type="button"
            className="primary"
            data-testid="import-changes-apply"
            disabled={!preview || open > 0 || count === 0 || applyCall.running || previewCall.running}
            onClick={() => void apply()}
          >
            Apply {count} change{count === 1 ? '' : 's'}
          </button>
        </>
      }
    >
      <div className="import-changes-pick">
        <FilePicker
          label="Edited Outlay export (.xlsx)"
          accept=".xlsx"
          value={file}
          onChange={(f) => {
            setFile(f);
            setPreview(null);
          }}
          testId="import-changes-file"
        />
        <button
          type="button"
          data-testid="import-changes-preview-button"
          disabled={!file || previewCall.running}
          onClick={() => void runPreview()}
        >
          Preview
        </button>
      </div>
      {previewCall.running && (
        <ProgressBar
          title="Reading the file"
          progress={previewCall.progress}
          onCancel={previewCall.cancel}
          testId="import-changes-progress"
        />
      )}
      {applyCall.running && (
        <ProgressBar title="Applying" progress={applyCall.progress} testId="import-changes-apply-progress" />
      )}
      {previewCall.cancelled && !preview && <p className="muted">Preview cancelled.</p>}
      {preview && (
        <>
          <p className="muted" data-testid="import-changes-summary">
            {preview.fileName} · sheet “{preview.sheet}” · scenario {preview.scenarioName} · FY{preview.fiscalYear}
            {preview.exportedAt && ` · exported ${preview.exportedAt.slice(0, 16).replace('T', ' ')}`}
            {preview.currentSeq !== preview.exportedSeq && ' · the workbook has changed since the export'}
          </p>
          {otherSelection && (
            <p className="import-changes-warning" role="status" data-testid="import-changes-other-selection">
              {otherSelection}
            </p>
          )}
          <PreviewSections preview={preview} choices={choices} onChange={setChoices} />
        </>
      )}
    </Dialog>
  );
}
