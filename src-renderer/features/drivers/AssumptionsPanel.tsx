import { useState } from 'react';
import type { Driver, DriverAssumption } from '../../../src-shared/model/drivers';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';

interface Draft {
  id?: string;
  driverId: string;
  fromMonth: string;
  annualGrowth: string;
  note: string;
}

/** One assumption as an editable row; saving or deleting it is one undoable command. */
function AssumptionRow({
  draft: initial,
  drivers,
  scenarioId,
  testId,
}: {
  draft: Draft;
  drivers: readonly Driver[];
  scenarioId: string;
  testId: string;
}) {
  const [d, setD] = useState(initial);
  const cmd = useCommand({ toast: false });
  const isNew = d.id === undefined;
  const save = async () => {
    const done = await cmd.run('drivers/save-assumption', { ...d, scenarioId });
    if (done && isNew) {
      notify('info', 'Growth assumption added; driver-based lines recomputed.');
      setD(initial);
    }
  };
  const remove = async () => {
    if (d.id) await cmd.run('drivers/delete-assumption', { id: d.id });
  };
  const field = cmd.error?.details?.field;
  return (
    <>
      <tr data-testid={testId}>
        <td>
          <select
            aria-label="Driver"
            value={d.driverId}
            onChange={(e) => setD({ ...d, driverId: e.target.value })}
            data-testid={`${testId}-driver`}
          >
            {drivers.map((x) => (
              <option key={x.id} value={x.id}>
                {x.code}
              </option>
            ))}
          </select>
        </td>
        <td>
          <input
            type="month"
            aria-label="From month"
            value={d.fromMonth}
            aria-invalid={field === 'fromMonth'}
            onChange={(e) => setD({ ...d, fromMonth: e.target.value })}
            data-testid={`${testId}-from`}
          />
        </td>
        <td>
          <input
            aria-label="Annual growth %"
            className="num"
            value={d.annualGrowth}
            aria-invalid={field === 'annualGrowth'}
            onChange={(e) => setD({ ...d, annualGrowth: e.target.value })}
            data-testid={`${testId}-growth`}
          />
        </td>
        <td>
          <input aria-label="Note" value={d.note} onChange={(e) => setD({ ...d, note: e.target.value })} />
        </td>
        <td className="actions">
          <button type="button" disabled={cmd.busy} onClick={() => void save()} data-testid={`${testId}-save`}>
            {isNew ? 'Add' : 'Save'}
          </button>
          {!isNew && (
            <button type="button" disabled={cmd.busy} onClick={() => void remove()} data-testid={`${testId}-delete`}>
              Delete
            </button>
          )}
        </td>
      </tr>
      {cmd.error && (
        <tr>
          <td colSpan={5} className="field-error" role="alert" data-testid={`${testId}-error`}>
            {cmd.error.message}
          </td>
        </tr>
      )}
    </>
  );
}

/** The current scenario's growth assumptions: scenarios differ only in these, and lines recompute on every change. */
export function AssumptionsPanel({
  assumptions,
  drivers,
  scenarioId,
  firstMonth,
}: {
  assumptions: readonly DriverAssumption[];
  drivers: readonly Driver[];
  scenarioId: string;
  firstMonth: string;
}) {
  const blank: Draft = { driverId: drivers[0]?.id ?? '', fromMonth: firstMonth, annualGrowth: '', note: '' };
  return (
    <section className="panel" aria-label="Growth assumptions" data-testid="driver-assumptions">
      <h3>Growth assumptions of this scenario</h3>
      <table className="drivers-table">
        <thead>
          <tr>
            <th>Driver</th>
            <th>From</th>
            <th>% a year</th>
            <th>Note</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {assumptions.map((a) => (
            <AssumptionRow
              key={`${a.id}:${a.fromMonth}:${a.annualGrowth}:${a.driverId}:${a.note}`}
              draft={a}
              drivers={drivers}
              scenarioId={scenarioId}
              testId={`assumption-${a.id}`}
            />
          ))}
          {drivers.length > 0 && (
            <AssumptionRow
              key={`new:${firstMonth}:${drivers[0]?.id}`}
              draft={blank}
              drivers={drivers}
              scenarioId={scenarioId}
              testId="assumption-new"
            />
          )}
        </tbody>
      </table>
      <p className="muted">Compounded monthly: +8 % a year from a month has grown exactly 8 % twelve months later.</p>
    </section>
  );
}
