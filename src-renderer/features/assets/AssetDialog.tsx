import { useState } from 'react';
import {
  ASSET_CLASS_IDS,
  type Asset,
  type AssetClassId,
  type CapitalizationPolicyEntry,
} from '../../../src-shared/model';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { FormDialog } from '../../components/Dialog';
import { codeOptions, Field, Select } from '../../components/Field';
import { useWorkbook } from '../../state/WorkbookContext';
import { draftFieldOf, draftToInput, type AssetDraft, type DraftErrors, type DraftField } from './asset-form';
import { DepreciationFields } from './DepreciationFields';

export interface AssetDialogProps {
  initial: AssetDraft;
  policies: readonly CapitalizationPolicyEntry[];
  onClose: () => void;
  /** Called with the saved asset (its classification decided by the service). */
  onSaved: (asset: Asset) => void;
}

/**
 * Add or edit an asset. The class policy decides CapEx or OpEx and, unless overridden
 * here, the useful life, method and convention; the service answers with the decision
 * and its rule. Anything it refuses is shown at the field it names, and nothing is saved.
 */
export function AssetDialog({ initial, policies, onClose, onSaved }: AssetDialogProps) {
  const wb = useWorkbook();
  const d = wb.dimensions;
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<DraftErrors>({});
  const cmd = useCommand({ toast: false });
  const serviceField = draftFieldOf(errorField(cmd.error));
  const errorAt = (f: DraftField): string | null =>
    local[f] ?? (cmd.error && serviceField === f ? errorFieldMessage(cmd.error) : null);
  const general = cmd.error && !serviceField ? cmd.error.message : null;
  const set = (patch: Partial<AssetDraft>) => {
    cmd.clearError();
    setLocal({});
    setDraft((x) => ({ ...x, ...patch }));
  };
  const policy = policies.find((p) => p.assetClass === draft.assetClass);
  const base = wb.info.settings.baseCurrency;
  const editing = Boolean(draft.id);

  const submit = async () => {
    const parsed = draftToInput(draft);
    if ('errors' in parsed) return setLocal(parsed.errors);
    const saved = await cmd.run('assets/save', parsed.input);
    if (!saved) return;
    notify('info', `${editing ? 'Saved' : 'Added'} ${saved.asset.code}: ${saved.asset.classificationRule}.`);
    onSaved(saved.asset);
  };
  const text = (f: 'code' | 'name' | 'description', label: string, span = false) => (
    <div className={span ? 'span-2' : undefined}>
      <Field label={label} error={errorAt(f)}>
        <input
          data-testid={`asset-${f}`}
          value={draft[f]}
          aria-invalid={errorAt(f) !== null}
          onChange={(e) => set({ [f]: e.target.value })}
        />
      </Field>
    </div>
  );
  const amount = (f: 'cost' | 'salvage' | 'bundleTotal', label: string, hint?: string) => (
    <Field label={label} error={errorAt(f)} hint={hint}>
      <input
        data-testid={`asset-${f}`}
        inputMode="decimal"
        value={draft[f]}
        aria-invalid={errorAt(f) !== null}
        onChange={(e) => set({ [f]: e.target.value })}
      />
    </Field>
  );
  const link = (
    f: 'costCenterId' | 'serviceId' | 'accountId' | 'vendorId',
    label: string,
    rows: readonly { id: string; code: string; name: string }[],
  ) => (
    <Field label={label} error={errorAt(f)}>
      <Select
        testId={`asset-${f}`}
        value={draft[f]}
        none="None"
        options={codeOptions(rows)}
        onChange={(v) => set({ [f]: v })}
      />
    </Field>
  );

  return (
    <FormDialog
      title={editing ? `Edit asset ${initial.code}` : 'Add asset'}
      onClose={onClose}
      testId="asset-dialog"
      width={640}
      onSubmit={() => void submit()}
      submitLabel={editing ? 'Save asset' : 'Add asset'}
      submitTestId="asset-save"
      busy={cmd.busy}
      formClassName="form-grid asset-form"
    >
      {text('code', 'Code')}
      {text('name', 'Name')}
      {text('description', 'Description', true)}
      <Field label="Class" error={errorAt('assetClass')}>
        <Select
          testId="asset-class"
          value={draft.assetClass}
          options={ASSET_CLASS_IDS.map((c) => ({
            value: c,
            label: policies.find((p) => p.assetClass === c)?.label ?? c,
          }))}
          onChange={(v) => set({ assetClass: ASSET_CLASS_IDS.find((c): c is AssetClassId => c === v) ?? 'server' })}
        />
      </Field>
      <Field label="In-service date" error={errorAt('inServiceDate')}>
        <input
          type="date"
          data-testid="asset-inServiceDate"
          value={draft.inServiceDate}
          onChange={(e) => set({ inServiceDate: e.target.value })}
        />
      </Field>
      {amount('cost', 'Cost (all units)')}
      {amount('salvage', 'Salvage value')}
      <Field label="Currency" error={errorAt('currency')}>
        <Select
          testId="asset-currency"
          value={draft.currency}
          options={d.currencies.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          onChange={(v) => set({ currency: v })}
        />
      </Field>
      <Field label="Quantity" error={errorAt('quantity')} hint="The per-item threshold compares cost ÷ quantity.">
        <input
          data-testid="asset-quantity"
          inputMode="numeric"
          value={draft.quantity}
          onChange={(e) => set({ quantity: e.target.value })}
        />
      </Field>
      {amount(
        'bundleTotal',
        'Bundle total (optional)',
        'The whole order, for per-bundle thresholds; empty = the cost.',
      )}
      <div />
      <DepreciationFields
        draft={draft}
        policy={policy}
        baseCurrency={base}
        baseMinorUnits={wb.minorUnits}
        set={set}
        errorAt={errorAt}
      />
      <p className="span-2 form-section">Budget links (optional)</p>
      {link('costCenterId', 'Cost center', d.costCenters)}
      {link('serviceId', 'Service', d.services)}
      {link('accountId', 'Account', d.accounts)}
      {link('vendorId', 'Vendor', d.vendors)}
      {general && (
        <p className="form-error span-2" role="alert" data-testid="asset-error">
          {general}
        </p>
      )}
      <button type="submit" hidden />
    </FormDialog>
  );
}
