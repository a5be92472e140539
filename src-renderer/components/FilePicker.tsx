import { useEffect, useId, useRef, useState } from 'react';
import { MAX_UPLOAD_BYTES, type FileRef } from '../../src-shared/ipc/files';
import { bridgeTransfersAvailable, uploadToBridge } from '../api/transport/http-transfer';
import '../styles/files.css';

export interface FilePickerProps {
  label: string;
  /** File types offered, as an <input accept> list (".xlsx,.csv"). */
  accept: string;
  value: FileRef | null;
  onChange: (ref: FileRef | null) => void;
  testId: string;
}

/** "1.4 MB", "812 KB", "96 bytes": sizes as people read them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let n = bytes / 1024;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit += 1;
  }
  return `${n >= 10 ? Math.round(n) : n.toFixed(1)} ${units[unit]}`;
}

type Upload =
  | { state: 'idle' }
  | { state: 'uploading'; name: string; size: number; sent: number }
  | { state: 'done'; name: string; size: number }
  | { state: 'failed'; message: string };

/**
 * Choose a file to read. In Electron "Choose file…" opens the native dialog and reports a
 * path; in the browser it uploads the chosen file to the bridge (with progress) and reports
 * `{ kind: 'upload' }` once it has arrived. A path on this computer can always be typed.
 */
export function FilePicker({ label, accept, value, onChange, testId }: FilePickerProps) {
  const inputId = useId();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const native = window.outlay?.pickOpenFile;

  const chooseNative = async () => {
    const path = await native?.({ accept, title: label });
    if (path) onChange({ kind: 'path', path });
  };

  const send = async (file: File) => {
    abort.current?.abort();
    if (file.size > MAX_UPLOAD_BYTES) {
      setUpload({
        state: 'failed',
        message: `${file.name} is ${formatFileSize(file.size)}; Outlay accepts files up to ${formatFileSize(MAX_UPLOAD_BYTES)}.`,
      });
      return;
    }
    const ctrl = new AbortController();
    abort.current = ctrl;
    onChange(null);
    setUpload({ state: 'uploading', name: file.name, size: file.size, sent: 0 });
    try {
      const receipt = await uploadToBridge(
        file,
        (sent) => setUpload({ state: 'uploading', name: file.name, size: file.size, sent }),
        ctrl.signal,
      );
      setUpload({ state: 'done', name: receipt.name, size: receipt.bytes });
      onChange({ kind: 'upload', uploadId: receipt.uploadId, name: receipt.name });
    } catch (e) {
      if (ctrl.signal.aborted) setUpload({ state: 'idle' });
      else setUpload({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <fieldset className="file-picker" data-testid={testId}>
      <legend>{label}</legend>
      <div className="file-picker-choose">
        {native ? (
          <button type="button" data-testid={`${testId}-choose`} onClick={() => void chooseNative()}>
            Choose file…
          </button>
        ) : (
          bridgeTransfersAvailable() && (
            <>
              <input
                id={inputId}
                type="file"
                accept={accept}
                className="file-picker-input"
                data-testid={`${testId}-choose`}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void send(file);
                }}
              />
              <label htmlFor={inputId} className="button file-picker-button">
                Choose file…
              </label>
            </>
          )
        )}
        {value?.kind === 'upload' && upload.state === 'done' && (
          <span className="file-picker-chosen" data-testid={`${testId}-chosen`}>
            {upload.name} · {formatFileSize(upload.size)}
          </span>
        )}
      </div>
      {upload.state === 'uploading' && (
        <div className="file-picker-progress" data-testid={`${testId}-upload`}>
          <progress value={upload.sent} max={Math.max(upload.size, 1)} aria-label={`Uploading ${upload.name}`} />
          <span aria-live="polite">
            Uploading {upload.name} · {formatFileSize(upload.sent)} of {formatFileSize(upload.size)}
          </span>
          <button type="button" data-testid={`${testId}-upload-cancel`} onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {upload.state === 'failed' && (
        <span className="field-error" role="alert" data-testid={`${testId}-error`}>
          {upload.message}
        </span>
      )}
      <label className="field">
        <span className="field-label">or a path on this computer</span>
        <input
          data-testid={`${testId}-path`}
          value={value?.kind === 'path' ? value.path : ''}
          placeholder="/path/to/file"
          onChange={(e) => {
            const path = e.target.value;
            if (path.trim()) setUpload({ state: 'idle' });
            onChange(path.trim() ? { kind: 'path', path } : null);
          }}
        />
      </label>
    </fieldset>
  );
}
