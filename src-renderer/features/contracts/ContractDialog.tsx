import type { BillingFrequencyId, ExpenseType } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import { contractInput, type ContractDraft } from './contract-draft';
import { EscalationEditor } from './EscalationEditor';
import { LinkFields } from './LinkFields';
import { RenewalFields } from './RenewalFields';
import { useDraftForm } from './useDraftForm';

const FIELDS = new Set([
  'code',
  'name',
  'description',
  'currency',
  'expenseType',
  'baseAmount',
  'billing',
  'start',
  'end',
  'paymentTerms',
  'invoiceTiming',
  'prepaid',
  'vendorId',
  'costCenterId',
  'serviceId',
  'accountId',
]);
const shows = (f: string) => FIELDS.has(f) || /^(escalation|renewal)[.[]/.test(f);

const BILLING = [
  { value: 'monthly', label: 'Monthly' },
  { value: 'quarterly', label: 'Quarterly' },
  { value: 'annual', label: 'Annual' },
] satisfies { value: BillingFrequencyId; label: string }[];

/**
 * Add or edit a contract: every term of contracts/save. Amounts and numbers are checked
 * here first; the rest (dates in order, a known currency, escalation and renewal terms)
 * is the service's call, and its refusal is shown at the field it names. Nothing is
 * written until the service accepts the whole contract.
 */
export function ContractDialog({
  initial,
  onClose,
  onSaved,
}: {
  initial: ContractDraft;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const wb = useWorkbook();
  const { draft, set, setField, checked, cmd, refusal, errors } = useDraftForm(initial, shows, contractInput);
  const editing = Boolean(initial.id);

  const submit = async () => {
    const input = checked();
    if (!input) return;
    const saved = await cmd.run('contracts/save', input);
    if (!saved) return;
    notify('info', `Contract ${input.code} ${editing ? 'saved' : 'added'}. Undo takes it back.`);
    onSaved(saved.id);
  };
  const text = (key: 'code' | 'name' | 'description' | 'paymentTerms', label: string, hint?: string) => (
    <Field label={label} error={errors[key]} hint={hint}>
      <input
        data-testid={`contract-field-${key}`}
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setField(key, e.target.value)}
      />
    </Field>
  );
  const date = (key: 'start' | 'end', label: string) => (
    <Field label={label} error={errors[key]}>
      <input
        type="date"
        data-testid={`contract-field-${key}`}
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setField(key, e.target.value)}
      />
    </Field>
  );

  return (
    <FormDialog
      title={editing ? `Edit contract ${initial.code}` : 'Add contract'}
      onClose={onClose}
      testId="contract-dialog"
      width={780}
      onSubmit={() => void submit()}
      submitLabel={editing ? 'Save contract' : 'Add contract'}
      submitTestId="contract-save"
      busy={cmd.busy}
      formClassName="form-grid contract-form"
      error={refusal.general}
      errorTestId="contract-dialog-error"
    >
      {text('code', 'Code', 'Letters, digits, ".", "-" and "_", e.g. CTR-2001.')}
      {text('name', 'Name')}
      <div className="span-2">{text('description', 'Description')}</div>
      <LinkFields value={draft} onChange={setField} errors={errors} testPrefix="contract-field" />
      <Field label="Currency" error={errors.currency}>
        <Select
          testId="contract-field-currency"
          value={draft.currency}
          options={wb.dimensions.currencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          onChange={(v) => set({ currency: v })}
        />
      </Field>
      <Field label="CapEx / OpEx" error={errors.expenseType}>
        <Select
          testId="contract-field-expenseType"
          value={draft.expenseType}
          options={[
            { value: 'OpEx', label: 'OpEx' },
            { value: 'CapEx', label: 'CapEx' },
          ]}
          onChange={(v) => set({ expenseType: v === 'CapEx' ? 'CapEx' : ('OpEx' satisfies ExpenseType) })}
        />
      </Field>
      <Field
        label="Price per billing period"
        error={errors.baseAmount}
        hint="Before escalation, in the contract currency."
      >
        <input
          data-testid="contract-field-baseAmount"
          inputMode="decimal"
          value={draft.baseAmount}
          aria-invalid={Boolean(errors.baseAmount)}
          onChange={(e) => set({ baseAmount: e.target.value })}
        />
      </Field>
      <Field label="Billing" error={errors.billing}>
        <Select
          testId="contract-field-billing"
          value={draft.billing}
          options={BILLING}
          onChange={(v) => set({ billing: BILLING.find((b) => b.value === v)?.value ?? 'monthly' })}
        />
      </Field>
      {date('start', 'Start')}
      {date('end', 'End (last day of service)')}
      <EscalationEditor
        value={draft.escalation}
        errors={errors}
        onChange={(patch) => set({ escalation: { ...draft.escalation, ...patch } })}
      />
      <RenewalFields
        value={draft.renewal}
        errors={errors}
        onChange={(patch) => set({ renewal: { ...draft.renewal, ...patch } })}
      />
      {text('paymentTerms', 'Payment terms', '"net 30", "due on receipt", "end of month + 30", "net 30 EOM".')}
      <Field label="Invoiced" error={errors.invoiceTiming}>
        <Select
          testId="contract-field-invoiceTiming"
          value={draft.invoiceTiming}
          options={[
            { value: 'advance', label: 'In advance (first day of the period)' },
            { value: 'arrears', label: 'In arrears (after the period)' },
          ]}
          onChange={(v) => set({ invoiceTiming: v === 'arrears' ? 'arrears' : 'advance' })}
        />
      </Field>
      <label className="inline-check span-2">
        <input
          type="checkbox"
          data-testid="contract-field-prepaid"
          checked={draft.prepaid}
          onChange={(e) => set({ prepaid: e.target.checked })}
        />
        Prepaid: the whole term is paid up front (first day, plus payment terms)
      </label>
      <button type="submit" hidden />
    </FormDialog>
  );
}
