import { useState } from 'react';
import type { BudgetLineFields, ExpenseType } from '../../../src-shared/model';
import { FormDialog } from '../../components/Dialog';
import { Field, Select, codeOptions } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';

export interface AddLineDialogProps {
  onCancel: () => void;
  /** Resolves true when the line was added (the dialog then closes). */
  onSubmit: (fields: BudgetLineFields) => Promise<boolean>;
}

/** Choose the dimensions of a new budget line; CapEx/OpEx follows the account unless changed. */
export function AddLineDialog({ onCancel, onSubmit }: AddLineDialogProps) {
  const { dimensions: d, lookups, info } = useWorkbook();
  const [fields, setFields] = useState<BudgetLineFields>({
    costCenterId: '',
    serviceId: '',
    accountId: '',
    vendorId: null,
    currency: info.settings.baseCurrency,
    expenseType: 'OpEx',
    description: '',
  });
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<BudgetLineFields>) => setFields((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const empty = (['costCenterId', 'serviceId', 'accountId'] as const).filter((k) => !fields[k]);
    if (empty.length) {
      setMissing('Choose a cost center, a service and an account.');
      return;
    }
    setBusy(true);
    const ok = await onSubmit({ ...fields, description: fields.description.trim() });
    setBusy(false);
    if (ok) onCancel();
  };

  return (
    <FormDialog
      title="Add budget line"
      onClose={onCancel}
      testId="add-line-dialog"
      width={520}
      onSubmit={() => void submit()}
      submitLabel="Add line"
      submitTestId="add-line-submit"
      busy={busy}
    >
      <Field label="Cost center" error={missing && !fields.costCenterId ? 'Required' : null}>
        <Select
          testId="add-line-cost-center"
          value={fields.costCenterId}
          none="Choose…"
          options={codeOptions(d.costCenters)}
          onChange={(v) => set({ costCenterId: v })}
        />
      </Field>
      <Field label="Service" error={missing && !fields.serviceId ? 'Required' : null}>
        <Select
          testId="add-line-service"
          value={fields.serviceId}
          none="Choose…"
          options={codeOptions(d.services)}
          onChange={(v) => set({ serviceId: v })}
        />
      </Field>
      <Field label="Account" error={missing && !fields.accountId ? 'Required' : null}>
        <Select
          testId="add-line-account"
          value={fields.accountId}
          none="Choose…"
          options={codeOptions(d.accounts)}
          onChange={(v) =>
            set({ accountId: v, expenseType: lookups.accounts.get(v)?.expenseType ?? fields.expenseType })
          }
        />
      </Field>
      <Field label="Vendor">
        <Select
          testId="add-line-vendor"
          value={fields.vendorId ?? ''}
          none="No vendor"
          options={codeOptions(d.vendors)}
          onChange={(v) => set({ vendorId: v || null })}
        />
      </Field>
      <Field label="CapEx / OpEx">
        <Select
          testId="add-line-expense-type"
          value={fields.expenseType}
          options={[
            { value: 'OpEx', label: 'OpEx' },
            { value: 'CapEx', label: 'CapEx' },
          ]}
          onChange={(v) => set({ expenseType: v as ExpenseType })}
        />
      </Field>
      <Field label="Currency">
        <Select
          testId="add-line-currency"
          value={fields.currency}
          options={d.currencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          onChange={(v) => set({ currency: v })}
        />
      </Field>
      <div className="span-2">
        <Field label="Description">
          <input
            data-testid="add-line-description"
            value={fields.description}
            maxLength={500}
            onChange={(e) => set({ description: e.target.value })}
          />
        </Field>
      </div>
      {missing && (
        <p className="form-error span-2" role="alert">
          {missing}
        </p>
      )}
      <button type="submit" hidden />
    </FormDialog>
  );
}
