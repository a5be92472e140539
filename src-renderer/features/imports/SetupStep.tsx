import type { FileRef } from '../../../src-shared/ipc/files';
import {
  IMPORT_KINDS,
  type ImportFileOptions,
  type ImportKind,
  type ImportSource,
} from '../../../src-shared/model/imports';
import { Field, Select } from '../../components/Field';
import { FilePicker } from '../../components/FilePicker';

/** What the first step of the wizard collects. */
export interface SetupValue {
  kind: ImportKind;
  /** A saved source's id, or '' for a new source named `newName`. */
  sourceId: string;
  newName: string;
  file: FileRef | null;
  options: ImportFileOptions;
}

export const KIND_LABELS: Record<ImportKind, string> = {
  actuals: 'Actuals (GL export)',
  'purchase-orders': 'Purchase orders (procurement)',
  labour: 'Timesheets (employee and contractor labour)',
};

/** Step 1: what to import, from which source and file, and how its text is written. */
export function SetupStep(props: {
  value: SetupValue;
  sources: readonly ImportSource[];
  onChange: (v: SetupValue) => void;
  onRead: () => void;
  busy: boolean;
  error: string | null;
}) {
  const { value: v, onChange } = props;
  const set = (patch: Partial<SetupValue>) => onChange({ ...v, ...patch });
  const setOpt = (patch: Partial<ImportFileOptions>) => set({ options: { ...v.options, ...patch } });
  const ready = v.file !== null && (v.sourceId !== '' || v.newName.trim() !== '');
  return (
    <div className="imports-step" data-testid="imports-setup">
      <div className="imports-row">
        <Field label="Import">
          <Select
            value={v.kind}
            testId="imports-kind"
            ariaLabel="Import"
            options={IMPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            onChange={(k) => set({ kind: IMPORT_KINDS.find((x) => x === k) ?? 'actuals', sourceId: '' })}
          />
        </Field>
        <Field label="Source">
          <Select
            value={v.sourceId}
            testId="imports-source"
            ariaLabel="Source"
            none="New source…"
            options={props.sources.filter((s) => s.kind === v.kind).map((s) => ({ value: s.id, label: s.name }))}
            onChange={(id) => {
              // A saved source brings the file options it was last imported with.
              const saved = props.sources.find((s) => s.id === id)?.options;
              set({ sourceId: id, options: saved ? { ...v.options, ...saved } : v.options });
            }}
          />
        </Field>
        {v.sourceId === '' && (
          <Field label="New source name">
            <input
              data-testid="imports-source-name"
              value={v.newName}
              placeholder="e.g. SAP GL"
              onChange={(e) => set({ newName: e.target.value })}
            />
          </Field>
        )}
      </div>
      <FilePicker
        label="File (.csv or .xlsx)"
        accept=".csv,.txt,.xlsx,.xlsm"
        value={v.file}
        onChange={(file) => set({ file })}
        testId="imports-file"
      />
      <div className="imports-row">
        <Field label="Decimal separator">
          <Select
            value={v.options.decimal}
            testId="imports-decimal"
            ariaLabel="Decimal separator"
            options={[
              { value: 'point', label: 'Point (1,234.50)' },
              { value: 'comma', label: 'Comma (1.234,50)' },
            ]}
            onChange={(d) => setOpt({ decimal: d === 'comma' ? 'comma' : 'point' })}
          />
        </Field>
        <Field label="Dates">
          <Select
            value={v.options.dateOrder}
            testId="imports-dates"
            ariaLabel="Dates"
            options={[
              { value: 'ymd', label: 'Year-month-day (ISO)' },
              { value: 'dmy', label: 'Day/month/year' },
              { value: 'mdy', label: 'Month/day/year' },
            ]}
            onChange={(d) => setOpt({ dateOrder: d === 'dmy' || d === 'mdy' ? d : 'ymd' })}
          />
        </Field>
        <Field label="Delimiter (CSV)" hint="Empty: detected">
          <input
            data-testid="imports-delimiter"
            maxLength={1}
            value={v.options.delimiter ?? ''}
            onChange={(e) => setOpt({ delimiter: e.target.value || undefined })}
          />
        </Field>
        <Field label="Encoding (CSV)">
          <Select
            value={v.options.encoding ?? ''}
            testId="imports-encoding"
            ariaLabel="Encoding"
            none="Detect"
            options={['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'].map((e) => ({ value: e, label: e }))}
            onChange={(e) =>
              setOpt({
                encoding: e === 'utf-8' || e === 'utf-16le' || e === 'utf-16be' || e === 'windows-1252' ? e : undefined,
              })
            }
          />
        </Field>
      </div>
      {props.error && (
        <p className="field-error" role="alert" data-testid="imports-setup-error">
          {props.error}
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-testid="imports-read"
        disabled={!ready || props.busy}
        onClick={props.onRead}
      >
        Read file
      </button>
    </div>
  );
}
