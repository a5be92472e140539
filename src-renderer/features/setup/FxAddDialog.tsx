import { useState } from 'react';
import { detectDecimalSeparator, parseMonthCell, parseRateCell } from '../../../src-shared/fx';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';

type Key = 'from' | 'to' | 'period' | 'budgetRate' | 'actualRate';

/** Add (or overwrite) one rate row; the fields are checked here first, then by the service. */
export function FxAddDialog({
  currencies,
  baseCurrency,
  defaultMonth,
  onClose,
}: {
  currencies: readonly string[];
  baseCurrency: string;
  defaultMonth: string;
  onClose: () => void;
}) {
  const other = currencies.find((c) => c !== baseCurrency) ?? baseCurrency;
  const [v, setV] = useState<Record<Key, string>>({
    from: other,
    to: baseCurrency,
    period: defaultMonth,
    budgetRate: '',
    actualRate: '',
  });
  const [local, setLocal] = useState<{ key: Key; message: string } | null>(null);
  const cmd = useCommand({ toast: false });
  const serverKey = errorField(cmd.error)?.replace(/^rates\.\d+\./, '');
  const errorAt = (k: Key) =>
    local?.key === k ? local.message : serverKey === k && cmd.error ? errorFieldMessage(cmd.error) : null;
  const options = currencies.map((c) => ({ value: c, label: c }));
  const set = (k: Key, value: string) => {
    setLocal(null);
    cmd.clearError();
    setV((d) => ({ ...d, [k]: value }));
  };

  const save = async () => {
    if (v.from === v.to) return setLocal({ key: 'to', message: 'From and To must be different currencies.' });
    const month = parseMonthCell(v.period);
    if (!month.ok) return setLocal({ key: 'period', message: `The month is ${month.reason}.` });
    const sep = detectDecimalSeparator([v.budgetRate, v.actualRate]);
    const budget = parseRateCell(v.budgetRate, sep);
    if (!budget?.ok) return setLocal({ key: 'budgetRate', message: budget ? budget.reason : 'Enter a budget rate.' });
    const actual = parseRateCell(v.actualRate, sep);
    if (actual && !actual.ok) return setLocal({ key: 'actualRate', message: actual.reason });
    const rate = {
      from: v.from,
      to: v.to,
      period: month.value,
      budgetRate: budget.value,
      actualRate: actual?.value ?? null,
    };
    if (await cmd.run('fx/save-rates', { rates: [rate] })) {
      notify('info', `Saved ${rate.from}/${rate.to} ${rate.period}.`);
      onClose();
    }
  };

  return (
    <FormDialog
      title="Add an FX rate"
      onClose={onClose}
      testId="fx-add-dialog"
      onSubmit={() => void save()}
      submitLabel="Add rate"
      submitTestId="fx-add-save"
      busy={cmd.busy}
      error={cmd.error && !serverKey ? cmd.error.message : null}
    >
      <Field label="From" error={errorAt('from')}>
        <Select testId="fx-add-from" value={v.from} options={options} onChange={(x) => set('from', x)} />
      </Field>
      <Field label="To" error={errorAt('to')}>
        <Select testId="fx-add-to" value={v.to} options={options} onChange={(x) => set('to', x)} />
      </Field>
      <Field label="Month (YYYY-MM)" error={errorAt('period')}>
        <input data-testid="fx-add-month" value={v.period} onChange={(e) => set('period', e.target.value)} />
      </Field>
      <Field label="Budget rate" error={errorAt('budgetRate')} hint={`1 ${v.from} = this many ${v.to}`}>
        <input data-testid="fx-add-budget" value={v.budgetRate} onChange={(e) => set('budgetRate', e.target.value)} />
      </Field>
      <Field label="Actual rate (optional)" error={errorAt('actualRate')}>
        <input data-testid="fx-add-actual" value={v.actualRate} onChange={(e) => set('actualRate', e.target.value)} />
      </Field>
    </FormDialog>
  );
}
