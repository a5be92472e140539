import { DEMAND_KEYS, type DemandKey, type TcoModel } from '../../../src-shared/model';
import type { EditorApi } from './editor-api';
import { NEW_DRIVER } from './templates';
import { TcoField } from './TcoField';

const LABEL: Record<DemandKey, string> = { vms: 'VMs', storageTb: 'Storage (TB)', users: 'Users' };

/** The demand every alternative meets: a start level and growth per driver; drivers added and removed. */
export function TcoDemandEditor({ ed, model }: { ed: EditorApi; model: TcoModel }) {
  const demand = model.demand ?? {};
  const present = DEMAND_KEYS.filter((k) => demand[k]);
  const missing = DEMAND_KEYS.filter((k) => !demand[k]);
  return (
    <fieldset className="tco-inputs-group" data-testid="tco-demand">
      <legend>Demand</legend>
      <table className="tco-list-table">
        <thead>
          <tr>
            <th scope="col">Driver</th>
            <th scope="col">Year 1</th>
            <th scope="col">Growth %/yr</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {present.map((k) => (
            <tr key={k}>
              <th scope="row">{LABEL[k]}</th>
              <TcoField
                ed={ed}
                item="demand"
                path={[k, 'start']}
                value={demand[k]!.start}
                label={`${LABEL[k]} in year 1`}
                spec={{ type: 'decimal' }}
                cell
              />
              <TcoField
                ed={ed}
                item="demand"
                path={[k, 'growthPercent']}
                value={demand[k]!.growthPercent}
                label={`${LABEL[k]} growth % per year`}
                spec={{ type: 'decimal' }}
                cell
              />
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove driver ${LABEL[k]}`}
                  onClick={() => ed.set('demand', [k], undefined)}
                  data-testid={`tco-remove-demand-${k}`}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <div className="tco-add-row">
          {missing.map((k) => (
            <button
              key={k}
              type="button"
              className="link"
              onClick={() => ed.set('demand', [k], { ...NEW_DRIVER })}
              data-testid={`tco-add-demand-${k}`}
            >
              + {LABEL[k]}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
