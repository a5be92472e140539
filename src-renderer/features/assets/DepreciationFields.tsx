import {
  DEPRECIATION_CONVENTION_IDS,
  DEPRECIATION_METHOD_IDS,
  type CapitalizationPolicyEntry,
} from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { Field, Select } from '../../components/Field';
import type { AssetDraft, DraftField } from './asset-form';
import { CONVENTION_LABELS, describeLife, labelOptions, METHOD_LABELS } from './labels';

export interface DepreciationFieldsProps {
  draft: AssetDraft;
  policy: CapitalizationPolicyEntry | undefined;
  baseCurrency: string;
  baseMinorUnits: number;
  set: (patch: Partial<AssetDraft>) => void;
  errorAt: (f: DraftField) => string | null;
}

/** What the class policy decides, in words: threshold and the depreciation it gives. */
export function policyText(p: CapitalizationPolicyEntry, baseCurrency: string, minorUnits: number): string {
  const dep = `${describeLife(p.usefulLifeMonths)} ${METHOD_LABELS[p.method].toLowerCase()}${
    p.decliningBalancePercent !== null ? ` ${p.decliningBalancePercent} %` : ''
  }, ${CONVENTION_LABELS[p.convention].toLowerCase()} convention`;
  if (p.treatment === 'always-opex') return `Policy for ${p.label}: always OpEx (expensed when in service).`;
  const basis = p.thresholdBasis === 'per-bundle' ? 'per bundle' : 'per item';
  return `Policy for ${p.label}: CapEx from ${formatMoney(p.threshold, minorUnits)} ${baseCurrency} ${basis}, else OpEx; ${dep}.`;
}

/**
 * Useful life, method and convention: empty follows the class policy (shown as the
 * placeholder), a value overrides it for this asset. Units of production asks for the
 * expected units and the units used per fiscal period.
 */
export function DepreciationFields({
  draft,
  policy,
  baseCurrency,
  baseMinorUnits,
  set,
  errorAt,
}: DepreciationFieldsProps) {
  const method = draft.method || policy?.method;
  const declining = method === 'declining-balance';
  const policyMethod = policy ? METHOD_LABELS[policy.method] : 'policy';
  const policyConvention = policy ? CONVENTION_LABELS[policy.convention] : 'policy';
  return (
    <>
      <p className="span-2 policy-note" data-testid="asset-policy">
        {policy ? policyText(policy, baseCurrency, baseMinorUnits) : 'Loading the class policy…'}
      </p>
      <Field
        label="Useful life (months)"
        error={errorAt('usefulLifeMonths')}
        hint={
          policy
            ? `Empty: ${policy.usefulLifeMonths} (${describeLife(policy.usefulLifeMonths)}) from the policy.`
            : null
        }
      >
        <input
          data-testid="asset-life"
          inputMode="numeric"
          placeholder={policy ? String(policy.usefulLifeMonths) : ''}
          value={draft.usefulLifeMonths}
          onChange={(e) => set({ usefulLifeMonths: e.target.value })}
        />
      </Field>
      <Field label="Method" error={errorAt('method')}>
        <Select
          testId="asset-method"
          value={draft.method}
          none={`As the policy: ${policyMethod}`}
          options={labelOptions(DEPRECIATION_METHOD_IDS, METHOD_LABELS)}
          onChange={(v) => set({ method: DEPRECIATION_METHOD_IDS.find((m) => m === v) ?? '' })}
        />
      </Field>
      <Field label="Convention" error={errorAt('convention')}>
        <Select
          testId="asset-convention"
          value={draft.convention}
          none={`As the policy: ${policyConvention}`}
          options={labelOptions(DEPRECIATION_CONVENTION_IDS, CONVENTION_LABELS)}
          onChange={(v) => set({ convention: DEPRECIATION_CONVENTION_IDS.find((c) => c === v) ?? '' })}
        />
      </Field>
      {declining && (
        <Field
          label="Declining-balance rate (% of straight-line)"
          error={errorAt('decliningBalancePercent')}
          hint="Empty: 150 %. Double declining balance is always 200 %."
        >
          <input
            data-testid="asset-db-percent"
            inputMode="decimal"
            value={draft.decliningBalancePercent}
            onChange={(e) => set({ decliningBalancePercent: e.target.value })}
          />
        </Field>
      )}
      {method === 'units-of-production' && (
        <>
          <Field label="Total units over the life" error={errorAt('totalUnits')}>
            <input
              data-testid="asset-total-units"
              inputMode="decimal"
              value={draft.totalUnits}
              onChange={(e) => set({ totalUnits: e.target.value })}
            />
          </Field>
          <Field label="Units are" error={errorAt('unitsLabel')}>
            <input
              data-testid="asset-units-label"
              placeholder="GPU hours"
              maxLength={60}
              value={draft.unitsLabel}
              onChange={(e) => set({ unitsLabel: e.target.value })}
            />
          </Field>
          <div className="span-2">
            <Field
              label="Units used per fiscal period"
              error={errorAt('unitsByPeriod')}
              hint='One "period = units" per line, e.g. "FY2026-P01 = 1200".'
            >
              <textarea
                data-testid="asset-units-by-period"
                rows={4}
                value={draft.unitsByPeriod}
                onChange={(e) => set({ unitsByPeriod: e.target.value })}
              />
            </Field>
          </div>
        </>
      )}
    </>
  );
}
