import type { CapitalizationPolicyEntry } from '../../../src-shared/model';
import { MoneyParseError, parseUserAmount } from '../../../src-shared/money';

/** What the policy row's inputs hold: text as typed, so a half-typed value is not lost. */
export interface PolicyDraft {
  treatment: CapitalizationPolicyEntry['treatment'];
  threshold: string;
  thresholdBasis: CapitalizationPolicyEntry['thresholdBasis'];
  lifeYears: string;
  lifeMonths: string;
  method: CapitalizationPolicyEntry['method'];
  convention: CapitalizationPolicyEntry['convention'];
  decliningBalancePercent: string;
}

export const POLICY_FIELDS = [
  'treatment',
  'threshold',
  'thresholdBasis',
  'usefulLifeMonths',
  'method',
  'convention',
  'decliningBalancePercent',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** The inputs of a stored rule: the life split into whole years and the months left over. */
export function draftOf(p: CapitalizationPolicyEntry): PolicyDraft {
  return {
    treatment: p.treatment,
    threshold: p.threshold,
    thresholdBasis: p.thresholdBasis,
    lifeYears: String(Math.trunc(p.usefulLifeMonths / 12)),
    lifeMonths: String(p.usefulLifeMonths % 12),
    method: p.method,
    convention: p.convention,
    decliningBalancePercent: p.decliningBalancePercent === null ? '' : String(p.decliningBalancePercent),
  };
}

type Built =
  | { ok: true; policy: Omit<CapitalizationPolicyEntry, 'isDefault'> }
  | { ok: false; field: PolicyField; message: string };

const INT = /^-?\d+$/;

/**
 * The rule to save from the inputs, or the first input that cannot be read. Range checks
 * (a life of at least one month, a threshold ≥ 0) are the service's, so its refusal names
 * the field; here only what cannot be sent at all is stopped, plus a declining-balance
 * method without its rate, which would otherwise silently default.
 */
export function buildPolicy(p: CapitalizationPolicyEntry, d: PolicyDraft): Built {
  let threshold: string | null;
  try {
    threshold = parseUserAmount(d.threshold);
  } catch (e) {
    const why = e instanceof MoneyParseError ? 'is not an amount' : String(e);
    return { ok: false, field: 'threshold', message: `"${d.threshold}" ${why}.` };
  }
  const years = d.lifeYears.trim() === '' ? '0' : d.lifeYears.trim();
  const months = d.lifeMonths.trim() === '' ? '0' : d.lifeMonths.trim();
  if (!INT.test(years) || !INT.test(months)) {
    return { ok: false, field: 'usefulLifeMonths', message: 'Years and months must be whole numbers.' };
  }
  let percent: number | null = null;
  if (d.decliningBalancePercent.trim() !== '') {
    percent = Number(d.decliningBalancePercent.trim().replace(',', '.'));
    if (!Number.isFinite(percent)) {
      return { ok: false, field: 'decliningBalancePercent', message: 'The rate must be a number of percent.' };
    }
  }
  if (d.method === 'declining-balance' && percent === null) {
    return {
      ok: false,
      field: 'decliningBalancePercent',
      message: 'Declining balance needs its rate: a percent of the straight-line rate (150 = 1.5×).',
    };
  }
  return {
    ok: true,
    policy: {
      assetClass: p.assetClass,
      label: p.label,
      treatment: d.treatment,
      threshold: threshold ?? '0',
      thresholdBasis: d.thresholdBasis,
      usefulLifeMonths: Number(years) * 12 + Number(months),
      method: d.method,
      convention: d.convention,
      decliningBalancePercent: d.method === 'declining-balance' ? percent : null,
    },
  };
}
