import type { TcoModel } from '../../../src-shared/model';
import type { EditorApi } from './editor-api';
import type { ListSpec } from './list-specs';
import { cellPath } from './model-fields';
import { fieldName, getIn } from './model-paths';
import { TcoField } from './TcoField';

/**
 * One list of an alternative (hardware, staff, SaaS tiers…) as a compact table: a row per
 * item, a column per input, rows added and removed in place. Amounts held in another
 * currency edit their amount; the currency stays as saved.
 */
export function TcoListTable({
  ed,
  item,
  host,
  spec,
  model,
}: {
  ed: EditorApi;
  item: string;
  /** The alternative holding the list. */
  host: unknown;
  spec: ListSpec;
  model: TcoModel;
}) {
  const list = getIn(host, spec.path);
  const rows: unknown[] = Array.isArray(list) ? list : [];
  const name = fieldName(spec.path);
  return (
    <div className="tco-list" data-testid={`tco-list-${item}-${name}`}>
      <div className="tco-list-head">
        <span className="tco-list-title">{spec.title}</span>
        <button
          type="button"
          className="link"
          onClick={() => ed.append(item, spec.path, spec.newRow(model, rows))}
          data-testid={`tco-add-${item}-${name}`}
        >
          + Add
        </button>
      </div>
      {rows.length > 0 && (
        <div className="tco-list-scroll">
          <table className="tco-list-table">
            <thead>
              <tr>
                {spec.columns.map((c) => (
                  <th key={c.field} scope="col">
                    {c.label}
                  </th>
                ))}
                <th aria-label="Remove" />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {spec.columns.map((c) => {
                    const path = cellPath(row, spec.path, i, c.field);
                    return (
                      <TcoField
                        key={c.field}
                        ed={ed}
                        item={item}
                        path={path}
                        value={getIn(host, path)}
                        label={`${spec.title} ${i + 1}: ${c.label}`}
                        spec={c}
                        cell
                      />
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${spec.title.toLowerCase()} row ${i + 1}`}
                      onClick={() => ed.remove(item, spec.path, i)}
                      data-testid={`tco-remove-${item}-${name}[${i}]`}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
