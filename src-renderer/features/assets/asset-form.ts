import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type {
  Asset,
  AssetClassId,
  CapitalizationPolicyEntry,
  DepreciationConventionId,
  DepreciationMethodId,
} from '../../../src-shared/model';
import { formatMoney, parseUserAmount, type Money } from '../../../src-shared/money';

export type AssetInput = ChannelInput<'assets/save'>;

/**
 * The add/edit form as typed: text for every number, '' for "none" and for "as the class
 * policy says" (useful life, method, convention). Keys are the service's field names, so
 * a refusal naming a field lands on its input.
 */
export interface AssetDraft {
  id?: string;
  code: string;
  name: string;
  description: string;
  assetClass: AssetClassId;
  cost: string;
  salvage: string;
  currency: string;
  quantity: string;
  bundleTotal: string;
  inServiceDate: string;
  usefulLifeMonths: string;
  method: DepreciationMethodId | '';
  convention: DepreciationConventionId | '';
  decliningBalancePercent: string;
  totalUnits: string;
  unitsLabel: string;
  /** One "period key = units" per line ("FY2026-P01 = 1200"). */
  unitsByPeriod: string;
  costCenterId: string;
  serviceId: string;
  accountId: string;
  vendorId: string;
}

export type DraftField = Exclude<keyof AssetDraft, 'id'>;
export type DraftErrors = Partial<Record<DraftField, string>>;

/** A new asset's form: a server in the base currency, in service today, following its class policy. */
export function emptyDraft(currency: string, today: string): AssetDraft {
  return {
    code: '',
    name: '',
    description: '',
    assetClass: 'server',
    cost: '',
    salvage: '0',
    currency,
    quantity: '1',
    bundleTotal: '',
    inServiceDate: today,
    usefulLifeMonths: '',
    method: '',
    convention: '',
    decliningBalancePercent: '',
    totalUnits: '',
    unitsLabel: '',
    unitsByPeriod: '',
    costCenterId: '',
    serviceId: '',
    accountId: '',
    vendorId: '',
  };
}

/**
 * The form of a saved asset. Useful life, method and convention equal to the class policy
 * show as "as the policy says", so saving leaves them to the policy; the declining-balance
 * rate goes with the method (the service takes the policy's rate only with its method).
 */
export function draftFromAsset(
  a: Asset,
  policy: CapitalizationPolicyEntry | undefined,
  minorUnits: number,
): AssetDraft {
  const money = (m: Money) => formatMoney(m, minorUnits, { parens: false }).replace(/,/g, '');
  const policyMethod =
    policy !== undefined && a.method === policy.method && a.decliningBalancePercent === policy.decliningBalancePercent;
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    description: a.description,
    assetClass: a.assetClass,
    cost: money(a.cost),
    salvage: money(a.salvage),
    currency: a.currency,
    quantity: String(a.quantity),
    bundleTotal: a.bundleTotal === null ? '' : money(a.bundleTotal),
    inServiceDate: a.inServiceDate,
    usefulLifeMonths: a.usefulLifeMonths === policy?.usefulLifeMonths ? '' : String(a.usefulLifeMonths),
    method: policyMethod ? '' : a.method,
    convention: a.convention === policy?.convention ? '' : a.convention,
    decliningBalancePercent:
      policyMethod || a.decliningBalancePercent === null ? '' : String(a.decliningBalancePercent),
    totalUnits: a.totalUnits === null ? '' : String(a.totalUnits),
    unitsLabel: a.unitsLabel,
    unitsByPeriod: unitsText(a.unitsByPeriod),
    costCenterId: a.costCenterId ?? '',
    serviceId: a.serviceId ?? '',
    accountId: a.accountId ?? '',
    vendorId: a.vendorId ?? '',
  };
}

/** Units per period as the textarea shows them, one "key = units" per line in period order. */
export function unitsText(units: Record<string, number>): string {
  return Object.keys(units)
    .sort()
    .map((k) => `${k} = ${units[k]}`)
    .join('\n');
}

/** Parse "key = units" lines (blank lines skipped); throws an Error naming the bad line. */
export function parseUnitsText(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^([^\s=:]+)\s*[=:\t ]\s*(-?[\d.,]+)$/.exec(line);
    const units = m ? Number(m[2]!.replace(/,/g, '')) : NaN;
    if (!m || !Number.isFinite(units)) throw new Error(`line ${i + 1} "${line}" is not "period = units"`);
    if (m[1]! in out) throw new Error(`period ${m[1]} is given twice`);
    out[m[1]!] = units;
  });
  return out;
}

const WHOLE = /^-?\d+$/;

/**
 * The save request of a draft, or the fields the form could not read (an amount that is
 * not a number, a quantity that is not whole…). Whether the values make sense (salvage
 * below cost, a real date, a known currency) is the service's call.
 */
export function draftToInput(d: AssetDraft): { input: AssetInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const amount = (k: 'cost' | 'salvage' | 'bundleTotal', required: boolean): Money | null => {
    try {
      const v = parseUserAmount(d[k]);
      if (v === null && required) errors[k] = 'Enter an amount.';
      return v;
    } catch {
      errors[k] = `"${d[k]}" is not an amount.`;
      return null;
    }
  };
  const whole = (k: 'quantity' | 'usefulLifeMonths'): number | undefined => {
    const s = d[k].trim();
    if (s === '') return undefined;
    if (!WHOLE.test(s)) errors[k] = `"${s}" is not a whole number.`;
    return Number(s);
  };
  const decimal = (k: 'decliningBalancePercent' | 'totalUnits'): number | null => {
    const s = d[k].trim();
    if (s === '') return null;
    const n = Number(s);
    if (!Number.isFinite(n)) errors[k] = `"${s}" is not a number.`;
    return n;
  };
  const cost = amount('cost', true);
  const salvage = amount('salvage', false) ?? '0';
  const bundleTotal = amount('bundleTotal', false);
  const quantity = whole('quantity') ?? 1;
  const usefulLifeMonths = whole('usefulLifeMonths');
  const decliningBalancePercent = decimal('decliningBalancePercent');
  const totalUnits = decimal('totalUnits');
  let unitsByPeriod: Record<string, number> = {};
  try {
    unitsByPeriod = parseUnitsText(d.unitsByPeriod);
  } catch (e) {
    errors.unitsByPeriod = e instanceof Error ? e.message : String(e);
  }
  if (Object.keys(errors).length > 0 || cost === null) return { errors };
  const id = (v: string) => (v === '' ? null : v);
  return {
    input: {
      ...(d.id ? { id: d.id } : {}),
      code: d.code.trim(),
      name: d.name.trim(),
      description: d.description.trim(),
      assetClass: d.assetClass,
      cost,
      salvage,
      currency: d.currency,
      quantity,
      bundleTotal,
      inServiceDate: d.inServiceDate,
      ...(usefulLifeMonths !== undefined ? { usefulLifeMonths } : {}),
      ...(d.method ? { method: d.method } : {}),
      ...(d.convention ? { convention: d.convention } : {}),
      ...(d.decliningBalancePercent.trim() !== '' ? { decliningBalancePercent } : {}),
      totalUnits,
      unitsByPeriod,
      unitsLabel: d.unitsLabel.trim(),
      costCenterId: id(d.costCenterId),
      serviceId: id(d.serviceId),
      accountId: id(d.accountId),
      vendorId: id(d.vendorId),
    },
  };
}

const DRAFT_FIELDS = new Set<string>(Object.keys(emptyDraft('EUR', '2000-01-01')));
const isDraftField = (s: string): s is DraftField => DRAFT_FIELDS.has(s);

/** The form field a service refusal names ("unitsByPeriod.FY2026-P03" → unitsByPeriod), or null. */
export function draftFieldOf(field: string | null): DraftField | null {
  if (!field) return null;
  const head = field.split('.')[0]!.replace(/\[\d+\]$/, '');
  return isDraftField(head) ? head : null;
}

/** Today as YYYY-MM-DD in local time (the user's calendar day, not UTC's). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
