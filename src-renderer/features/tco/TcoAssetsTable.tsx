import type { Asset, DecommissionedAssetResult, SaasAlternative } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import type { EditorApi } from './editor-api';
import { cellPath } from './model-fields';
import { getIn } from './model-paths';
import { TcoField } from './TcoField';

/**
 * The register assets a SaaS alternative retires: picked from the workbook's capitalised
 * assets, each with its monthly maintenance, and the net book value the engine writes off
 * for it in the decommissioning month (from the last computation).
 */
export function TcoAssetsTable({
  ed,
  alt,
  register,
  retired,
  minorUnits,
}: {
  ed: EditorApi;
  alt: SaasAlternative;
  register: readonly Asset[];
  retired: readonly DecommissionedAssetResult[] | undefined;
  minorUnits: number;
}) {
  const rows = alt.assets ?? [];
  const capex = register.filter((a) => a.expenseType === 'CapEx');
  const options = capex.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }));
  const used = new Set(rows.map((r) => r.assetId));
  const next = capex.find((a) => !used.has(a.id));
  return (
    <div className="tco-list" data-testid={`tco-list-${alt.id}-assets`}>
      <div className="tco-list-head">
        <span className="tco-list-title">Retired register assets</span>
        <button
          type="button"
          className="link"
          disabled={!next}
          onClick={() => next && ed.append(alt.id, ['assets'], { assetId: next.id })}
          data-testid={`tco-add-${alt.id}-assets`}
        >
          + Add
        </button>
      </div>
      {rows.length > 0 && (
        <table className="tco-list-table">
          <thead>
            <tr>
              <th scope="col">Asset</th>
              <th scope="col">Maintenance / month</th>
              <th scope="col">NBV written off</th>
              <th aria-label="Remove" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const maintenance = cellPath(row, ['assets'], i, 'maintenanceMonthly');
              const written = retired?.find((r) => r.assetId === row.assetId);
              return (
                <tr key={i}>
                  <TcoField
                    ed={ed}
                    item={alt.id}
                    path={['assets', i, 'assetId']}
                    value={row.assetId}
                    label={`Retired asset ${i + 1}`}
                    spec={{ type: 'select', options }}
                    cell
                  />
                  <TcoField
                    ed={ed}
                    item={alt.id}
                    path={maintenance}
                    value={getIn(alt, maintenance)}
                    label={`Retired asset ${i + 1}: maintenance per month`}
                    spec={{ type: 'money', optional: true }}
                    cell
                  />
                  <td className="num" data-testid={`tco-writeoff-${alt.id}-${i}`}>
                    {written ? formatMoney(written.writeOff, minorUnits) : '–'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove retired asset ${i + 1}`}
                      onClick={() => ed.remove(alt.id, ['assets'], i)}
                      data-testid={`tco-remove-${alt.id}-assets[${i}]`}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
