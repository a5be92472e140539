import type { FileRef } from '../../src-shared/ipc/files';

export interface FilePickerProps {
  label: string;
  /** File types offered, as an <input accept> list (".xlsx,.csv"). */
  accept: string;
  value: FileRef | null;
  onChange: (ref: FileRef | null) => void;
  testId: string;
}

/** Choose a file to read. (Slot: a path field until uploads and dialogs are built.) */
export function FilePicker({ label, value, onChange, testId }: FilePickerProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        data-testid={`${testId}-path`}
        value={value?.kind === 'path' ? value.path : ''}
        placeholder="/path/to/file"
        onChange={(e) => onChange(e.target.value.trim() ? { kind: 'path', path: e.target.value.trim() } : null)}
      />
    </label>
  );
}
