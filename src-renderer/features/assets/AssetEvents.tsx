import { useState } from 'react';
import type { Asset, AssetEventRecord } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { ConfirmDialog } from '../../components/Dialog';
import { describeEvent } from './event-form';
import { EventDialog } from './EventDialog';

/** The asset's disposal, impairments and changes of estimate, with add and remove. */
export function AssetEvents({ asset, minorUnits }: { asset: Asset; minorUnits: number }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AssetEventRecord | null>(null);
  const cmd = useCommand();
  const events = [...asset.events].sort((a, b) => a.date.localeCompare(b.date));

  const remove = async (e: AssetEventRecord) => {
    setRemoving(null);
    const done = await cmd.run('assets/delete-event', { eventId: e.id });
    if (done) notify('info', `Removed the ${e.kind} of ${asset.code} on ${e.date}. Undo brings it back.`);
  };

  return (
    <div className="asset-events" data-testid="asset-events">
      <div className="toolbar">
        <h3>Events</h3>
        <div className="toolbar-spacer" />
        <button type="button" data-testid="asset-event-add" onClick={() => setAdding(true)}>
          + Add event
        </button>
      </div>
      {events.length === 0 ? (
        <p className="muted small">No disposal, impairment or change of estimate.</p>
      ) : (
        <table className="table">
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-testid="asset-event" data-event-id={e.id} data-kind={e.kind}>
                <td className="nowrap">{e.date}</td>
                <td>
                  {describeEvent(e, minorUnits)}
                  {e.note && <div className="muted small">{e.note}</div>}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Remove the ${e.kind} on ${e.date}`}
                    data-testid="asset-event-delete"
                    disabled={cmd.busy}
                    onClick={() => setRemoving(e)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && <EventDialog asset={asset} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title="Remove event"
          danger
          confirmLabel="Remove"
          message={`Remove the ${describeEvent(removing, minorUnits).toLowerCase()} of ${asset.code} on ${removing.date}? The schedule is recalculated without it.`}
          onCancel={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        />
      )}
    </div>
  );
}
