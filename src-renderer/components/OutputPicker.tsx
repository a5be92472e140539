import { useEffect, useRef, useState } from 'react';
import type { OutputRef } from '../../src-shared/ipc/files';
import { bridgeTransfersAvailable } from '../api/transport/http-transfer';
import '../styles/files.css';

export interface OutputPickerProps {
  label: string;
  /** File name suggested to the user ("Budget FY2027.xlsx"). */
  defaultName: string;
  value: OutputRef | null;
  onChange: (ref: OutputRef | null) => void;
  testId: string;
}

/**
 * Choose where a file the app writes goes. In the browser the default is a download under
 * an editable name (deliverOutput saves it once written); in Electron "Choose where to save…"
 * opens the native dialog. A path on this computer can always be typed instead.
 */
export function OutputPicker({ label, defaultName, value, onChange, testId }: OutputPickerProps) {
  const canDownload = bridgeTransfersAvailable();
  const native = window.outlay?.pickSaveFile;
  const [name, setName] = useState(defaultName);
  const nameEdited = useRef(false);
  const report = useRef(onChange);
  report.current = onChange;

  // A download needs no further choice: offer it as the answer from the start, and follow a
  // changing suggestion (another year, another scenario) until the user edits the name.
  useEffect(() => {
    if (!canDownload || nameEdited.current) return;
    setName(defaultName);
    if (value === null || value.kind === 'download') report.current({ kind: 'download', name: defaultName });
    // `value` is read, not watched: a path the user typed must not be replaced by a new suggestion.
  }, [canDownload, defaultName]);

  const chooseNative = async () => {
    const path = await native?.({ defaultName, title: label });
    if (path) onChange({ kind: 'path', path });
  };

  const usingPath = value?.kind === 'path';
  return (
    <fieldset className="output-picker" data-testid={testId}>
      <legend>{label}</legend>
      {canDownload && (
        <label className={usingPath ? 'field output-picker-inactive' : 'field'}>
          <span className="field-label">Download as</span>
          <input
            data-testid={`${testId}-name`}
            value={name}
            onChange={(e) => {
              nameEdited.current = true;
              setName(e.target.value);
              const trimmed = e.target.value.trim();
              onChange(trimmed ? { kind: 'download', name: trimmed } : null);
            }}
          />
        </label>
      )}
      <div className="output-picker-row">
        <label className={canDownload && !usingPath ? 'field output-picker-inactive' : 'field'}>
          <span className="field-label">{canDownload ? 'or a path on this computer' : 'Save to'}</span>
          <input
            data-testid={`${testId}-path`}
            value={usingPath ? value.path : ''}
            placeholder={`/path/to/${defaultName}`}
            onChange={(e) => {
              const path = e.target.value;
              if (path.trim()) onChange({ kind: 'path', path });
              else onChange(canDownload && name.trim() ? { kind: 'download', name: name.trim() } : null);
            }}
          />
        </label>
        {native && (
          <button type="button" data-testid={`${testId}-choose`} onClick={() => void chooseNative()}>
            Choose where to save…
          </button>
        )}
      </div>
    </fieldset>
  );
}
