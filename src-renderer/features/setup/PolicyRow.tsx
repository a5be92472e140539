import { useState, type ReactNode } from 'react';
import type { CapitalizationPolicyEntry } from '../../../src-shared/model';
import { errorField, errorFieldMessage } from '../../api/client';
import { notify } from '../../api/notifications';
import { useCommand } from '../../api/useCommand';
import { Select } from '../../components/Field';
import { buildPolicy, draftOf, POLICY_FIELDS, type PolicyDraft, type PolicyField } from './policy-draft';

const METHODS = [
  { value: 'straight-line', label: 'Straight line' },
  { value: 'declining-balance', label: 'Declining balance' },
  { value: 'double-declining-balance', label: 'Double declining' },
  { value: 'sum-of-the-years-digits', label: 'Sum of years’ digits' },
  { value: 'units-of-production', label: 'Units of production' },
] as const;
const CONVENTIONS = [
  { value: 'full-month', label: 'Full month' },
  { value: 'mid-month', label: 'Mid-month' },
  { value: 'half-year', label: 'Half year' },
  { value: 'next-period', label: 'Next period' },
] as const;
const pick = <V extends string>(list: readonly { value: V }[], v: string, fallback: V): V =>
  list.find((o) => o.value === v)?.value ?? fallback;

/** One asset class's rule as a row of inputs; Save sends it as one command, Reset restores the default. */
export function PolicyRow({ policy }: { policy: CapitalizationPolicyEntry }) {
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(policy));
  const [local, setLocal] = useState<{ field: PolicyField; message: string } | null>(null);
  const cmd = useCommand({ toast: false });
  const cls = policy.assetClass;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(policy));
  const serverField = errorField(cmd.error)?.replace(/^policy\./, '') ?? null;
  const errorAt = (f: PolicyField) =>
    local?.field === f
      ? local.message
      : serverField === f && cmd.error
        ? errorFieldMessage(cmd.error).replace(/^capitalization policy, [^:]+: /, '')
        : null;
  const unplaced = cmd.error && !POLICY_FIELDS.some((f) => f === serverField);
  const set = <K extends keyof PolicyDraft>(k: K, v: PolicyDraft[K]) => {
    setLocal(null);
    cmd.clearError();
    setDraft((d) => ({ ...d, [k]: v }));
  };

  const save = async () => {
    const built = buildPolicy(policy, draft);
    if (!built.ok) return setLocal({ field: built.field, message: built.message });
    if (await cmd.run('capitalization/save-policy', { policy: built.policy })) {
      notify('info', `Saved the rule for ${policy.label}. Saved assets keep their classification.`);
    }
  };
  const reset = async () => {
    if (await cmd.run('capitalization/reset-policy', { assetClass: cls })) {
      notify('info', `${policy.label} is back to the default rule.`);
    }
  };

  const cell = (f: PolicyField, input: ReactNode) => (
    <td>
      {input}
      {errorAt(f) && (
        <span className="cell-error" role="alert" data-testid={`policy-error-${cls}`}>
          {errorAt(f)}
        </span>
      )}
    </td>
  );
  const invalid = (f: PolicyField) => (errorAt(f) ? 'invalid' : undefined);
  const opex = draft.treatment === 'always-opex';

  return (
    <tr data-testid={`policy-row-${cls}`}>
      <td>
        <b>{policy.label}</b>
        <div className="muted small" data-testid={`policy-default-${cls}`}>
          {policy.isDefault ? 'default' : 'changed'}
        </div>
      </td>
      {cell(
        'treatment',
        <Select
          testId={`policy-treatment-${cls}`}
          ariaLabel={`${policy.label} treatment`}
          value={draft.treatment}
          options={[
            { value: 'threshold', label: 'CapEx from threshold' },
            { value: 'always-opex', label: 'Always OpEx' },
          ]}
          onChange={(v) => set('treatment', v === 'always-opex' ? 'always-opex' : 'threshold')}
        />,
      )}
      {cell(
        'threshold',
        <input
          className={invalid('threshold')}
          aria-label={`${policy.label} threshold`}
          data-testid={`policy-threshold-${cls}`}
          value={draft.threshold}
          disabled={opex}
          inputMode="decimal"
          onChange={(e) => set('threshold', e.target.value)}
        />,
      )}
      {cell(
        'thresholdBasis',
        <Select
          testId={`policy-basis-${cls}`}
          ariaLabel={`${policy.label} threshold applies to`}
          value={draft.thresholdBasis}
          options={[
            { value: 'per-item', label: 'Each item' },
            { value: 'per-bundle', label: 'The whole order' },
          ]}
          onChange={(v) => set('thresholdBasis', v === 'per-bundle' ? 'per-bundle' : 'per-item')}
        />,
      )}
      {cell(
        'usefulLifeMonths',
        <span className="life-inputs">
          <input
            className={`narrow ${invalid('usefulLifeMonths') ?? ''}`}
            aria-label={`${policy.label} useful life, years`}
            data-testid={`policy-life-years-${cls}`}
            value={draft.lifeYears}
            inputMode="numeric"
            onChange={(e) => set('lifeYears', e.target.value)}
          />
          y
          <input
            className={`narrow ${invalid('usefulLifeMonths') ?? ''}`}
            aria-label={`${policy.label} useful life, months`}
            data-testid={`policy-life-months-${cls}`}
            value={draft.lifeMonths}
            inputMode="numeric"
            onChange={(e) => set('lifeMonths', e.target.value)}
          />
          m
        </span>,
      )}
      {cell(
        'method',
        <Select
          testId={`policy-method-${cls}`}
          ariaLabel={`${policy.label} depreciation method`}
          value={draft.method}
          options={METHODS}
          onChange={(v) => set('method', pick(METHODS, v, draft.method))}
        />,
      )}
      {cell(
        'convention',
        <Select
          testId={`policy-convention-${cls}`}
          ariaLabel={`${policy.label} convention`}
          value={draft.convention}
          options={CONVENTIONS}
          onChange={(v) => set('convention', pick(CONVENTIONS, v, draft.convention))}
        />,
      )}
      {cell(
        'decliningBalancePercent',
        <input
          className={`narrow ${invalid('decliningBalancePercent') ?? ''}`}
          aria-label={`${policy.label} declining-balance rate, percent of straight line`}
          data-testid={`policy-db-${cls}`}
          value={draft.decliningBalancePercent}
          disabled={draft.method !== 'declining-balance'}
          inputMode="decimal"
          onChange={(e) => set('decliningBalancePercent', e.target.value)}
        />,
      )}
      <td className="policy-actions">
        <button
          type="button"
          className="primary"
          data-testid={`policy-save-${cls}`}
          disabled={!dirty || cmd.busy}
          onClick={() => void save()}
        >
          Save
        </button>
        <button
          type="button"
          data-testid={`policy-reset-${cls}`}
          disabled={policy.isDefault || cmd.busy}
          title="Go back to the default rule for this class"
          onClick={() => void reset()}
        >
          Reset to default
        </button>
        {unplaced && (
          <span className="cell-error" role="alert">
            {cmd.error?.message}
          </span>
        )}
      </td>
    </tr>
  );
}
