import { useMemo, useState } from 'react';
import type { CodeDimension, ImportProblem, ImportSource } from '../../../src-shared/model/imports';
import { useCommand } from '../../api/useCommand';
import { Field, Select, type Option } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';

const DIM_LABEL: Record<CodeDimension, string> = {
  costCenter: 'Cost center',
  service: 'Service',
  account: 'Account',
  vendor: 'Vendor',
  currency: 'Currency',
};

/** The unknown codes of a preview, one entry per dimension and code. */
export function unknownCodes(
  problems: readonly ImportProblem[],
): { dimension: CodeDimension; code: string; rows: number }[] {
  const seen = new Map<string, { dimension: CodeDimension; code: string; rows: number }>();
  for (const p of problems) {
    if (p.kind !== 'unknown-code' || !p.dimension) continue;
    const k = `${p.dimension}:${p.value}`;
    const hit = seen.get(k);
    if (hit) hit.rows++;
    else seen.set(k, { dimension: p.dimension, code: p.value, rows: 1 });
  }
  return [...seen.values()];
}

/**
 * The source's code translation table, and a form to translate each unknown code of the
 * preview to an Outlay code (saved with the source; the caller re-checks the rows).
 */
export function TranslationPanel(props: {
  source: ImportSource;
  problems: readonly ImportProblem[];
  onSaved: () => void;
}) {
  const wb = useWorkbook();
  const cmd = useCommand();
  const unknown = useMemo(() => unknownCodes(props.problems), [props.problems]);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const options = (dim: CodeDimension): Option[] => {
    const d = wb?.dimensions;
    if (!d) return [];
    const rows =
      dim === 'costCenter'
        ? d.costCenters
        : dim === 'service'
          ? d.services
          : dim === 'account'
            ? d.accounts
            : dim === 'vendor'
              ? d.vendors
              : [];
    if (dim === 'currency') return d.currencies.map((c) => ({ value: c.code, label: c.code }));
    return rows.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));
  };
  const save = async (dimension: CodeDimension, externalCode: string, outlayCode: string, remove = false) => {
    const done = await cmd.run('imports/set-code-map', {
      sourceId: props.source.id,
      set: remove ? [] : [{ dimension, externalCode, outlayCode }],
      remove: remove ? [{ dimension, externalCode }] : [],
    });
    if (done) props.onSaved();
  };
  return (
    <div className="imports-translations" data-testid="imports-translations">
      <h3>Code translations of {props.source.name}</h3>
      {unknown.length > 0 && (
        <table className="imports-map-table" data-testid="imports-unknown-codes">
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Code in the file</th>
              <th scope="col">Rows</th>
              <th scope="col">Outlay code</th>
              <th scope="col" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {unknown.map((u) => {
              const key = `${u.dimension}:${u.code}`;
              return (
                <tr key={key}>
                  <td>{DIM_LABEL[u.dimension]}</td>
                  <td>{u.code}</td>
                  <td>{u.rows}</td>
                  <td>
                    <Field label={`Outlay code for ${u.code}`}>
                      <Select
                        value={choice[key] ?? ''}
                        none="Choose…"
                        ariaLabel={`Outlay code for ${u.code}`}
                        testId={`imports-translate-${u.dimension}-${u.code}`}
                        options={options(u.dimension)}
                        onChange={(v) => setChoice((c) => ({ ...c, [key]: v }))}
                      />
                    </Field>
                  </td>
                  <td>
                    <button
                      type="button"
                      data-testid={`imports-translate-save-${u.dimension}-${u.code}`}
                      disabled={!choice[key] || cmd.busy}
                      onClick={() => void save(u.dimension, u.code, choice[key]!)}
                    >
                      Add translation
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {props.source.codeMaps.length > 0 ? (
        <ul className="imports-code-maps" data-testid="imports-code-maps">
          {props.source.codeMaps.map((m) => (
            <li key={`${m.dimension}:${m.externalCode}`}>
              {DIM_LABEL[m.dimension]}: {m.externalCode} → {m.outlayCode}{' '}
              <button
                type="button"
                aria-label={`Remove translation of ${m.externalCode}`}
                onClick={() => void save(m.dimension, m.externalCode, m.outlayCode, true)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No translations yet.</p>
      )}
    </div>
  );
}
