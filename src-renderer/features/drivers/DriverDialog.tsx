import { useState } from 'react';
import type { Driver } from '../../../src-shared/model/drivers';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

/** Forecast methods a driver can use after its last actual month. */
export const DRIVER_METHODS = [
  { value: 'auto', label: 'Automatic (exponential smoothing, AICc)' },
  { value: 'none', label: 'Hold the last actual' },
  { value: 'linear-trend', label: 'Linear trend' },
  { value: 'holt', label: 'Holt (trend)' },
  { value: 'holt-damped', label: 'Holt, damped trend' },
  { value: 'ses', label: 'Simple exponential smoothing' },
  { value: 'seasonal-naive', label: 'Seasonal naive' },
  { value: 'holt-winters-additive', label: 'Holt-Winters additive' },
] as const;

/** Add a driver or edit one (code, name, unit, forecast method): one undoable command. */
export function DriverDialog({
  driver,
  onClose,
  onDone,
}: {
  driver: Driver | null;
  onClose: () => void;
  onDone: (id: string) => void;
}) {
  const [f, setF] = useState({
    code: driver?.code ?? '',
    name: driver?.name ?? '',
    unit: driver?.unit ?? '',
    description: driver?.description ?? '',
    forecastMethod: driver?.forecastMethod ?? 'auto',
  });
  const cmd = useCommand({ toast: false });
  const field = cmd.error?.details?.field;
  const errorAt = (name: string) => (field === name ? cmd.error!.message : null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async () => {
    const done = await cmd.run('drivers/save', { ...(driver ? { id: driver.id } : {}), ...f });
    if (done) {
      notify('info', driver ? `Driver ${f.code} saved.` : `Driver ${f.code} added.`);
      onDone(done.id);
    }
  };
  const other = cmd.error && !['code', 'name', 'unit', 'forecastMethod'].includes(String(field));
  return (
    <FormDialog
      title={driver ? `Edit driver ${driver.code}` : 'Add driver'}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Save"
      submitTestId="driver-save"
      busy={cmd.busy}
      testId="driver-dialog"
      errorTestId="driver-dialog-error"
      {...(other ? { error: cmd.error!.message } : {})}
    >
      <Field label="Code" error={errorAt('code')}>
        <input value={f.code} onChange={set('code')} data-testid="driver-code" />
      </Field>
      <Field label="Name" error={errorAt('name')}>
        <input value={f.name} onChange={set('name')} data-testid="driver-name" />
      </Field>
      <Field label="Unit" hint="What one unit is: user, device, TB…" error={errorAt('unit')}>
        <input value={f.unit} onChange={set('unit')} data-testid="driver-unit" />
      </Field>
      <Field label="Forecast after the last actual" error={errorAt('forecastMethod')}>
        <select value={f.forecastMethod} onChange={set('forecastMethod')} data-testid="driver-method">
          {DRIVER_METHODS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
    </FormDialog>
  );
}
