import type { TagHygieneReport } from '../../src-shared/ipc/cloud-costs-contract';
import { D, toMoney, type Money } from '../../src-shared/money';
import type { BillingAggregate } from '../engine/cloud-billing/aggregate-types';
import { tagHygiene } from '../engine/cloud-billing/tag-hygiene';
import { tagToken } from '../engine/cloud-billing/tags';
import { ExactSum } from '../engine/mapped-import/exact-sum';
import type { Sqlite } from '../db/client';
import { costCenterCodes, hygieneCells, readTagRules, type AggregateFilter } from '../repo/cloud-costs-repo';
import { measureOf } from './cloud-totals';

const pct = (part: Money, whole: Money): string | null =>
  new D(whole).isZero() ? null : toMoney(new D(part).div(whole).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP));

/**
 * Untagged and mis-tagged spend for one tag key by billing account and service. The stored
 * aggregates carry values normalised at import time; the key's value map is applied again here,
 * so a value map added after an import already counts in the report (aliases only reach the
 * next import, since they decide which raw key the import kept). Allowed values: the value
 * map's targets; for a cost center key without a map, the workbook's cost center codes.
 */
export function tagHygieneReport(
  db: Sqlite,
  args: AggregateFilter & { key: string; basis: 'accrual' | 'cash' },
): TagHygieneReport {
  const { measure, column } = measureOf(args.basis);
  const rules = readTagRules(db);
  const map = new Map(
    rules.values
      .filter((v) => v.canonicalKey === args.key)
      .map((v) => [v.fromValue.trim().toLowerCase(), v.toValue] as const),
  );
  const allowedFrom =
    map.size > 0 ? 'value-map' : tagToken(args.key) === tagToken('CostCenter') ? 'cost-centers' : 'none';
  const allowed =
    allowedFrom === 'value-map'
      ? [...new Set(map.values())]
      : allowedFrom === 'cost-centers'
        ? costCenterCodes(db)
        : undefined;

  const aggregates: BillingAggregate[] = [];
  const totals = new Map<string, ExactSum>();
  for (const c of hygieneCells(db, column, args)) {
    const tags = JSON.parse(c.tags) as Record<string, string | null>;
    const raw = tags[args.key] ?? null;
    const value = raw === null ? null : (map.get(raw.trim().toLowerCase()) ?? raw);
    aggregates.push({
      key: { billingAccount: c.billingAccount, service: c.service },
      tags: { [args.key]: value },
      currency: c.currency,
      sums: { [measure]: c.cost },
      rows: c.rows,
    });
    let t = totals.get(c.currency);
    if (!t) totals.set(c.currency, (t = new ExactSum()));
    t.add(c.cost);
  }
  const lines = tagHygiene(aggregates, args.key, { allowed, measure });
  const flagged = new Map<string, { untagged: ExactSum; mistagged: ExactSum }>();
  for (const l of lines) {
    let f = flagged.get(l.currency);
    if (!f) flagged.set(l.currency, (f = { untagged: new ExactSum(), mistagged: new ExactSum() }));
    (l.value === null ? f.untagged : f.mistagged).add(l.amount);
  }
  const totalOf = (currency: string): Money => totals.get(currency)?.value() ?? '0';
  return {
    key: args.key,
    measure,
    allowedFrom,
    lines: lines.map((l) => ({ ...l, sharePct: pct(l.amount, totalOf(l.currency)) })),
    totals: [...totals.keys()].sort().map((currency) => {
      const f = flagged.get(currency);
      const untagged = f?.untagged.value() ?? '0';
      const mistagged = f?.mistagged.value() ?? '0';
      return {
        currency,
        total: totalOf(currency),
        untagged,
        mistagged,
        flaggedPct: pct(toMoney(new D(untagged).plus(mistagged)), totalOf(currency)),
      };
    }),
  };
}
