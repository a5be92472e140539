import type { OutputRef } from '../../src-shared/ipc/files';

export interface OutputPickerProps {
  label: string;
  /** File name suggested to the user ("Budget FY2027.xlsx"). */
  defaultName: string;
  value: OutputRef | null;
  onChange: (ref: OutputRef | null) => void;
  testId: string;
}

/** Choose where a file the app writes goes. (Slot: a path field until downloads and dialogs are built.) */
export function OutputPicker({ label, defaultName, value, onChange, testId }: OutputPickerProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        data-testid={`${testId}-path`}
        value={value?.kind === 'path' ? value.path : ''}
        placeholder={`/path/to/${defaultName}`}
        onChange={(e) => onChange(e.target.value.trim() ? { kind: 'path', path: e.target.value.trim() } : null)}
      />
    </label>
  );
}
