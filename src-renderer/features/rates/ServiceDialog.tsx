import { useState } from 'react';
import { BILLABLE_UNITS, UNIT_LABELS, type ChargebackService } from '../../../src-shared/model/rates';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';

const FIELDS = ['code', 'name', 'unit', 'node'];

/** Add or edit a catalogue service (code, name, billable unit, node recovered, active): one undoable command. */
export function ServiceDialog({ service, onClose }: { service: ChargebackService | null; onClose: () => void }) {
  const wb = useWorkbook();
  const [f, setF] = useState({
    code: service?.code ?? '',
    name: service?.name ?? '',
    unit: service?.unit ?? 'vcpu-month',
    node: service?.node ?? '',
    active: service?.active ?? true,
  });
  const cmd = useCommand({ toast: false });
  const field = cmd.error?.details?.field;
  const errorAt = (name: string) => (field === name ? cmd.error!.message : null);
  const other = cmd.error && !FIELDS.includes(String(field));
  const submit = async () => {
    const done = await cmd.run('rates/save-service', { ...(service ? { id: service.id } : {}), ...f });
    if (done) {
      notify('info', service ? `Service ${f.code} saved.` : `Service ${f.code} added.`);
      onClose();
    }
  };
  const nodes = wb.dimensions.services.map((s) => ({ value: `svc:${s.code}`, label: `svc:${s.code} · ${s.name}` }));
  return (
    <FormDialog
      title={service ? `Edit service ${service.code}` : 'Add service'}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Save"
      submitTestId="rates-service-save"
      busy={cmd.busy}
      testId="rates-service-dialog"
      errorTestId="rates-service-error"
      {...(other ? { error: cmd.error!.message } : {})}
    >
      <Field label="Code" error={errorAt('code')}>
        <input value={f.code} onChange={(e) => setF({ ...f, code: e.target.value })} data-testid="rates-service-code" />
      </Field>
      <Field label="Name" error={errorAt('name')}>
        <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} data-testid="rates-service-name" />
      </Field>
      <Field label="Billable unit" error={errorAt('unit')}>
        <select
          value={f.unit}
          onChange={(e) => setF({ ...f, unit: e.target.value as ChargebackService['unit'] })}
          data-testid="rates-service-unit"
        >
          {BILLABLE_UNITS.map((u) => (
            <option key={u} value={u}>
              {UNIT_LABELS[u]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Cost recovered from node"
        hint="The allocation node whose allocated cost the rate recovers: svc:, cc: or bu: and a code."
        error={errorAt('node')}
      >
        <input
          value={f.node}
          list="rates-node-options"
          onChange={(e) => setF({ ...f, node: e.target.value })}
          data-testid="rates-service-node"
        />
        <datalist id="rates-node-options">
          {nodes.map((n) => (
            <option key={n.value} value={n.value}>
              {n.label}
            </option>
          ))}
        </datalist>
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={f.active}
          onChange={(e) => setF({ ...f, active: e.target.checked })}
          data-testid="rates-service-active"
        />
        Active (priced on new rate cards)
      </label>
    </FormDialog>
  );
}
