import { isIsoDate } from '../../../src-shared/calendar/iso-date';
import type { AccrualPolicyId, ContractListItem } from '../../../src-shared/model';
import { notify } from '../../api/notifications';
import { FormDialog } from '../../components/Dialog';
import { Field, Select } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import { costItemInput, type CostItemDraft } from './cost-item-draft';
import { costItemEffect } from './cost-item-effect';
import { LinkFields } from './LinkFields';
import { useDraftForm } from './useDraftForm';

type TextKey = 'reference' | 'description' | 'amount' | 'paymentTerms';
type DateKey = 'invoiceDate' | 'paymentDate' | 'serviceStart' | 'serviceEnd';
const FIELDS = new Set<string>([
  'reference',
  'description',
  'amount',
  'currency',
  'expenseType',
  'invoiceDate',
  'paymentDate',
  'paymentTerms',
  'serviceStart',
  'serviceEnd',
  'contractId',
  'vendorId',
  'costCenterId',
  'serviceId',
  'accountId',
]);

/**
 * Add or edit an invoice or purchase (cost-items/save). The accrual vs cash effect of
 * what is typed is shown as it will be booked; refusals appear at the field they name.
 */
export function CostItemDialog({
  initial,
  contracts,
  policy,
  onClose,
  onSaved,
}: {
  initial: CostItemDraft;
  contracts: readonly ContractListItem[];
  policy: AccrualPolicyId;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const wb = useWorkbook();
  const { draft, setField, checked, cmd, refusal, errors } = useDraftForm(initial, (f) => FIELDS.has(f), costItemInput);
  const editing = Boolean(initial.id);

  const submit = async () => {
    const input = checked();
    if (!input) return;
    const saved = await cmd.run('cost-items/save', input);
    if (!saved) return;
    notify('info', `${input.reference || 'Invoice'} ${editing ? 'saved' : 'added'}. Undo takes it back.`);
    onSaved(saved.id);
  };
  const text = (key: TextKey, label: string, hint?: string) => (
    <Field label={label} error={errors[key]} hint={hint}>
      <input
        data-testid={`cost-item-field-${key}`}
        value={draft[key]}
        inputMode={key === 'amount' ? 'decimal' : undefined}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setField(key, e.target.value)}
      />
    </Field>
  );
  const date = (key: DateKey, label: string) => (
    <Field label={label} error={errors[key]}>
      <input
        type="date"
        data-testid={`cost-item-field-${key}`}
        value={draft[key]}
        aria-invalid={Boolean(errors[key])}
        onChange={(e) => setField(key, e.target.value)}
      />
    </Field>
  );
  const datesOk = [draft.invoiceDate, draft.serviceStart, draft.serviceEnd].every(isIsoDate);
  const preview = datesOk
    ? costItemEffect(
        {
          ...draft,
          amount: draft.amount.trim().startsWith('-') ? '-1' : '1',
          paymentDate: draft.payment === 'date' && isIsoDate(draft.paymentDate) ? draft.paymentDate : null,
          paymentTerms: draft.payment === 'terms' ? draft.paymentTerms : null,
        },
        policy,
      )
    : null;

  return (
    <FormDialog
      title={editing ? `Edit ${initial.reference || 'invoice'}` : 'Add invoice or purchase'}
      onClose={onClose}
      testId="cost-item-dialog"
      width={700}
      onSubmit={() => void submit()}
      submitLabel={editing ? 'Save' : 'Add'}
      submitTestId="cost-item-save"
      busy={cmd.busy}
      error={refusal.general}
      errorTestId="cost-item-dialog-error"
    >
      {text('reference', 'Reference', 'Invoice or PO number.')}
      {text('amount', 'Amount', 'Negative for a credit note.')}
      <div className="span-2">{text('description', 'Description')}</div>
      <Field label="Currency" error={errors.currency}>
        <Select
          testId="cost-item-field-currency"
          value={draft.currency}
          options={wb.dimensions.currencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          onChange={(v) => setField('currency', v)}
        />
      </Field>
      <Field label="CapEx / OpEx" error={errors.expenseType}>
        <Select
          testId="cost-item-field-expenseType"
          value={draft.expenseType}
          options={[
            { value: 'OpEx', label: 'OpEx' },
            { value: 'CapEx', label: 'CapEx' },
          ]}
          onChange={(v) => setField('expenseType', v === 'CapEx' ? 'CapEx' : 'OpEx')}
        />
      </Field>
      {date('invoiceDate', 'Invoice date')}
      <Field label="Payment">
        <Select
          testId="cost-item-field-payment"
          value={draft.payment}
          options={[
            { value: 'terms', label: 'Due by payment terms' },
            { value: 'date', label: 'Paid on a date' },
          ]}
          onChange={(v) => setField('payment', v === 'date' ? 'date' : 'terms')}
        />
      </Field>
      {draft.payment === 'date'
        ? date('paymentDate', 'Payment date')
        : text('paymentTerms', 'Payment terms', '"net 30", "due on receipt", "end of month + 30".')}
      <Field label="Contract" error={errors.contractId} hint="An invoice of a contract is counted by its contract.">
        <Select
          testId="cost-item-field-contractId"
          value={draft.contractId}
          none="No contract"
          options={[...contracts]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((c) => ({ value: c.id, label: `${c.code} — ${c.name}` }))}
          onChange={(v) => setField('contractId', v)}
        />
      </Field>
      {date('serviceStart', 'Service from')}
      {date('serviceEnd', 'Service to')}
      <LinkFields value={draft} onChange={setField} errors={errors} testPrefix="cost-item-field" />
      {preview && (
        <p className="cost-item-effect span-2" data-testid="cost-item-dialog-effect">
          {preview}
        </p>
      )}
      <button type="submit" hidden />
    </FormDialog>
  );
}
