import { CONTRACT_TEMPLATES, type ContractTemplate } from './catalog/contracts';

/** "cost center|service|vendor" codes: how a spend key is written. */
export const spendKey = (costCenter: string, service: string, vendor: string) => `${costCenter}|${service}|${vendor}`;

/**
 * Every cost center × service × vendor a supplier contract template can be drawn with.
 * That spend is budgeted by the contract (its committed rows in the budget grid), so
 * the manual-line plan never uses these keys and nothing is counted twice. Taken from
 * the catalog rather than from the contracts drawn, so the lines do not depend on how
 * many contracts a demo has.
 */
const templates: readonly ContractTemplate[] = Object.values(CONTRACT_TEMPLATES);
export const CONTRACTED_KEYS: ReadonlySet<string> = new Set(
  templates.flatMap((t) =>
    t.homes.flatMap(([cc, svc], k) => (t.aligned ? [t.vendors[k]!] : t.vendors).map((v) => spendKey(cc, svc, v))),
  ),
);
