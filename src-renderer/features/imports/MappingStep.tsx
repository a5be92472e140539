import { useState } from 'react';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportKind,
  type ImportMapping,
  type InspectResult,
} from '../../../src-shared/model/imports';
import { Field, Select } from '../../components/Field';
import { withField } from './mapping-edit';

/** Step 2: sheet and header row, then a column (and an optional default) for each field. */
export function MappingStep(props: {
  kind: ImportKind;
  inspect: InspectResult;
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
  /** Read the file again for another sheet (header row guessed) or header row. */
  onReinspect: (sheet: string, headerRow?: number) => void;
  onCheck: () => void;
  busy: boolean;
}) {
  const { inspect, mapping } = props;
  const sheet = inspect.sheets.find((s) => s.name === inspect.sheet);
  const columns = sheet?.columns ?? [];
  const [headerRow, setHeaderRow] = useState(String(mapping.headerRow));
  const setColumn = (f: ImportField, header: string) =>
    props.onMapping({ ...mapping, columns: withField(mapping.columns, f, header) });
  const setDefault = (f: ImportField, value: string) =>
    props.onMapping({ ...mapping, defaults: withField(mapping.defaults, f, value) });
  return (
    <div className="imports-step" data-testid="imports-mapping">
      <p className="muted">
        {inspect.fileName}
        {inspect.csv
          ? ` · CSV, "${inspect.csv.delimiter === '\t' ? 'tab' : inspect.csv.delimiter}" delimited, ${inspect.csv.encoding}`
          : ' · Excel workbook'}
      </p>
      <div className="imports-row">
        {inspect.fileKind === 'xlsx' && (
          <Field label="Sheet">
            <Select
              value={inspect.sheet}
              testId="imports-sheet"
              ariaLabel="Sheet"
              options={inspect.sheets.map((s) => ({ value: s.name, label: s.name }))}
              onChange={(s) => props.onReinspect(s)}
            />
          </Field>
        )}
        <Field label="Header row">
          <input
            data-testid="imports-header-row"
            inputMode="numeric"
            value={headerRow}
            onChange={(e) => setHeaderRow(e.target.value)}
            onBlur={() => {
              const n = Number(headerRow);
              if (Number.isInteger(n) && n >= 1 && n !== mapping.headerRow) props.onReinspect(inspect.sheet, n);
            }}
          />
        </Field>
      </div>
      <table className="imports-map-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column</th>
            <th scope="col">Sample values</th>
            <th scope="col">Default when empty</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS[props.kind].map((spec) => {
            const header = mapping.columns[spec.field] ?? '';
            const col = columns.find((c) => c.header === header);
            return (
              <tr key={spec.field}>
                <th scope="row">
                  {spec.label}
                  {spec.required === 'yes' && (
                    <span className="imports-required" title="Required">
                      {' '}
                      *
                    </span>
                  )}
                </th>
                <td>
                  <Select
                    value={header}
                    testId={`imports-map-${spec.field}`}
                    ariaLabel={`Column for ${spec.label}`}
                    none="(not mapped)"
                    options={columns
                      .filter((c) => c.header !== '')
                      .map((c) => ({ value: c.header, label: `${c.letter} · ${c.header}` }))}
                    onChange={(h) => setColumn(spec.field, h)}
                  />
                </td>
                <td className="muted imports-samples" data-testid={`imports-samples-${spec.field}`}>
                  {col?.samples.join(' · ') ?? ''}
                </td>
                <td>
                  <input
                    aria-label={`Default for ${spec.label}`}
                    data-testid={`imports-default-${spec.field}`}
                    value={mapping.defaults[spec.field] ?? ''}
                    onChange={(e) => setDefault(spec.field, e.target.value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="primary"
        data-testid="imports-check"
        disabled={props.busy}
        onClick={props.onCheck}
      >
        Check rows
      </button>
    </div>
  );
}
