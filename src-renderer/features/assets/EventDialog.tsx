import { useState } from 'react';
import type { Asset, AssetEventKind } from '../../../src-shared/model';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { localToday } from './asset-form';
import { draftToEvent, emptyEventDraft, eventFieldOf, type EventDraft, type EventField } from './event-form';
import { EVENT_LABELS } from './labels';

const KINDS: readonly AssetEventKind[] = ['disposal', 'impairment', 'life-change'];

/**
 * Add a disposal, an impairment or a change of estimate. The service recalculates the
 * schedule with the event before saving; what it refuses (a date before the in-service
 * date, an impairment above the net book value…) is shown at the field it names.
 */
export function EventDialog({ asset, onClose }: { asset: Asset; onClose: () => void }) {
  const [d, setD] = useState<EventDraft>(() => emptyEventDraft(localToday()));
  const [local, setLocal] = useState<{ field: EventField; message: string } | null>(null);
  const cmd = useCommand({ toast: false });
  const serviceField = eventFieldOf(errorField(cmd.error));
  const errorAt = (f: EventField): string | null => {
    if (local?.field === f) return local.message;
    return cmd.error && serviceField === f ? errorFieldMessage(cmd.error) : null;
  };
  const general = cmd.error && !serviceField ? cmd.error.message : null;
  const set = (patch: Partial<EventDraft>) => {
    cmd.clearError();
    setLocal(null);
    setD((x) => ({ ...x, ...patch }));
  };

  const submit = async () => {
    const parsed = draftToEvent(d);
    if ('field' in parsed) return setLocal(parsed);
    const done = await cmd.run('assets/add-event', { assetId: asset.id, event: parsed.event });
    if (done) {
      notify('info', `${EVENT_LABELS[d.kind]} of ${asset.code} on ${d.date} added. Undo removes it.`);
      onClose();
    }
  };
  const lifeField: EventField = d.lifeMode === 'total' ? 'usefulLifeMonths' : 'remainingLifeMonths';

  return (
    <FormDialog
      title={`Add an event to ${asset.code}`}
      onClose={onClose}
      testId="asset-event-dialog"
      width={460}
      onSubmit={() => void submit()}
      submitLabel="Add event"
      submitTestId="asset-event-submit"
      busy={cmd.busy}
      formClassName="form-stack"
    >
      <Field label="Kind" error={errorAt('kind')}>
        <Select
          testId="asset-event-kind"
          value={d.kind}
          options={KINDS.map((k) => ({ value: k, label: EVENT_LABELS[k] }))}
          onChange={(v) => set({ kind: KINDS.find((k) => k === v) ?? 'disposal' })}
        />
      </Field>
      <Field label="Date" error={errorAt('date')} hint={`In service since ${asset.inServiceDate}.`}>
        <input
          type="date"
          data-testid="asset-event-date"
          value={d.date}
          onChange={(e) => set({ date: e.target.value })}
        />
      </Field>
      {d.kind === 'impairment' && (
        <Field label={`Impairment loss (${asset.currency})`} error={errorAt('amount')}>
          <input
            data-testid="asset-event-amount"
            inputMode="decimal"
            value={d.amount}
            onChange={(e) => set({ amount: e.target.value })}
          />
        </Field>
      )}
      {d.kind === 'life-change' && (
        <>
          <Field
            label="Revise"
            hint="A new total useful life from the in-service date, or the months left from this period on."
          >
            <Select
              testId="asset-event-life-mode"
              value={d.lifeMode}
              options={[
                { value: 'total', label: 'Total useful life (months)' },
                { value: 'remaining', label: 'Remaining life (months)' },
              ]}
              onChange={(v) => set({ lifeMode: v === 'remaining' ? 'remaining' : 'total' })}
            />
          </Field>
          <Field label="Months" error={errorAt(lifeField)} hint="Leave empty to change only the salvage.">
            <input
              data-testid="asset-event-life"
              inputMode="numeric"
              value={d.lifeMonths}
              onChange={(e) => set({ lifeMonths: e.target.value })}
            />
          </Field>
          <Field label={`New salvage (${asset.currency})`} error={errorAt('salvage')} hint="Empty keeps the salvage.">
            <input
              data-testid="asset-event-salvage"
              inputMode="decimal"
              value={d.salvage}
              onChange={(e) => set({ salvage: e.target.value })}
            />
          </Field>
        </>
      )}
      <Field label="Note" error={errorAt('note')}>
        <input
          data-testid="asset-event-note"
          maxLength={500}
          value={d.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </Field>
      {general && (
        <p className="form-error" role="alert" data-testid="asset-event-error">
          {general}
        </p>
      )}
      <button type="submit" hidden />
    </FormDialog>
  );
}
