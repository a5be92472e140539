import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { referenceFile } from '../helpers/reference-data';
import { csvRecords, seedBilling } from '../helpers/seed-billing';
import { refused, type AccountingFixture } from './helpers/accounting-fixture';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

const SAMPLE = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
const records = csvRecords(SAMPLE);
const Exact = Decimal.clone({ precision: 200 });

/** Exact sum of a column over the raw records matching `where`, grouped by `by`. */
function sumBy(
  column: string,
  by: (r: Record<string, string | null>) => string,
  where = (_r: Record<string, string | null>) => true,
) {
  const out = new Map<string, Decimal>();
  for (const r of records) {
    if (!where(r)) continue;
    const k = by(r);
    out.set(k, (out.get(k) ?? new Exact(0)).plus(r[column] ?? 0));
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, v.toFixed()]));
}

/** The raw value of a tag of a record, matching keys without case and separators (`env` as Environment). */
function rawTag(r: Record<string, string | null>, tokens: string[]): string | null {
  if (r.Tags == null) return null;
  const tags = JSON.parse(r.Tags) as Record<string, unknown>;
  for (const [k, v] of Object.entries(tags)) {
    if (tokens.includes(k.toLowerCase().replace(/[\s\-_.:/]+/g, '')) && String(v).trim() !== '')
      return String(v).trim();
  }
  return null;
}

let f: AccountingFixture;
beforeAll(async () => {
  const tmp = tempDir();
  const path = tmp.file('cloud.outlay');
  const s0 = createWorkbook(path, { now: FIXED_NOW, fyStartMonth: 7, userName: 'ann' });
  const b = await seedBasics(s0);
  s0.close();
  await seedBilling(path, SAMPLE);
  f = { tmp, path, s: openWorkbook(path, { now: FIXED_NOW }), b };
});
afterAll(() => {
  f.s.close();
  f.tmp.remove();
});

describe('cloud cost totals', () => {
  it('sum EffectiveCost by provider exactly on the accrual basis and BilledCost on the cash basis', async () => {
    for (const [basis, column] of [
      ['accrual', 'EffectiveCost'],
      ['cash', 'BilledCost'],
    ] as const) {
      const t = await f.s.call('cloud/totals', { dimension: 'provider', basis });
      expect(t.measure).toBe(column);
      expect(t.currencies.map((c) => c.currency)).toEqual(['USD']);
      const usd = t.currencies[0]!;
      const expected = sumBy(column, (r) => r.ProviderName!);
      expect(Object.fromEntries(usd.rows.map((r) => [r.key, r.total]))).toEqual(expected);
      expect(usd.total).toBe(sumBy(column, () => 'all').all);
      expect(usd.rows.reduce((n, r) => n + r.rows, 0)).toBe(records.length);
    }
  });

  it('reconcile with the import totals and split them by charge month', async () => {
    const t = await f.s.call('cloud/totals', { dimension: 'service', basis: 'cash' });
    const usd = t.currencies[0]!;
    expect(usd.byMonth).toEqual(sumBy('BilledCost', (r) => r.ChargePeriodStart!.slice(0, 7)));
    expect(t.months).toEqual(Object.keys(usd.byMonth));
    const months = Object.values(usd.byMonth).reduce((a, m) => a.plus(m), new Exact(0));
    expect(months.toFixed()).toBe(new Exact(usd.total).toFixed());
    expect(t.hasData).toBe(true);
    expect(t.providers).toEqual(['AWS', 'Microsoft', 'Oracle']);
  });

  it('total by a tag key, untagged spend as its own row, and filter by provider', async () => {
    const t = await f.s.call('cloud/totals', {
      dimension: 'tag',
      tagKey: 'Environment',
      basis: 'accrual',
      provider: 'AWS',
    });
    const expected = sumBy(
      'EffectiveCost',
      (r) => rawTag(r, ['environment', 'env', 'stage']) ?? 'null',
      (r) => r.ProviderName === 'AWS',
    );
    expect(Object.fromEntries(t.currencies[0]!.rows.map((r) => [String(r.key), r.total]))).toEqual(expected);
    expect(t.tagKeys).toEqual(expect.arrayContaining(['CostCenter', 'Environment', 'Application', 'business_unit']));
  });

  it('are empty outside the imported months', async () => {
    const t = await f.s.call('cloud/totals', {
      dimension: 'provider',
      basis: 'accrual',
      from: '2025-01',
      to: '2025-12',
    });
    expect(t.currencies).toEqual([]);
    expect(t.months).toEqual([]);
    const h = await f.s.call('cloud/tag-hygiene', {
      key: 'Environment',
      basis: 'cash',
      from: '2024-10',
      to: '2024-12',
    });
    expect(h.lines).toEqual([]);
  });
});

describe('tag rules', () => {
  it('add tag keys, aliases and value maps as undoable commands', async () => {
    await f.s.call('cloud/save-tag-key', { canonicalKey: 'CostCenter' });
    await f.s.call('cloud/save-tag-key', { canonicalKey: 'Environment' });
    await f.s.call('cloud/save-tag-alias', { alias: 'Cost department', canonicalKey: 'CostCenter' });
    await f.s.call('cloud/save-tag-value', { canonicalKey: 'Environment', fromValue: 'dev', toValue: 'Development' });
    const rules = await f.s.call('cloud/get-tag-rules', {});
    expect(rules.keys).toEqual([
      { canonicalKey: 'CostCenter', position: 0 },
      { canonicalKey: 'Environment', position: 1 },
    ]);
    expect(rules.aliases).toEqual([{ alias: 'Cost department', canonicalKey: 'CostCenter' }]);
    expect(rules.values).toEqual([{ canonicalKey: 'Environment', fromValue: 'dev', toValue: 'Development' }]);
    await f.s.call('journal/undo', {});
    expect((await f.s.call('cloud/get-tag-rules', {})).values).toEqual([]);
    await f.s.call('journal/redo', {});
    expect((await f.s.call('cloud/get-tag-rules', {})).values).toHaveLength(1);
  });

  it('refuse an alias that already maps to another key, naming that key', async () => {
    const e = await refused(f, 'cloud/save-tag-alias', { alias: 'ENV', canonicalKey: 'CostCenter' });
    expect(e.message).toMatch(/"ENV" already maps to "Environment"/);
    expect(e.details).toMatchObject({ field: 'alias' });
    const e2 = await refused(f, 'cloud/save-tag-alias', { alias: 'cost_department', canonicalKey: 'Environment' });
    expect(e2.message).toMatch(/already maps to "CostCenter" through the alias "Cost department"/);
  });

  it('refuse a value mapped onto a value that is itself mapped', async () => {
    const e = await refused(f, 'cloud/save-tag-value', {
      canonicalKey: 'Environment',
      fromValue: 'develop',
      toValue: 'DEV',
    });
    expect(e.message).toMatch(/"DEV" is itself mapped to "Development"/);
    expect(e.details).toMatchObject({ field: 'toValue' });
  });
});

describe('tag key order', () => {
  it('places a new key at a position and moves an existing one, renumbering the others in one command', async () => {
    await f.s.call('cloud/save-tag-key', { canonicalKey: 'Application', position: 0 });
    const order = async () => (await f.s.call('cloud/get-tag-rules', {})).keys.map((k) => [k.canonicalKey, k.position]);
    expect(await order()).toEqual([
      ['Application', 0],
      ['CostCenter', 1],
      ['Environment', 2],
    ]);
    await f.s.call('cloud/save-tag-key', { canonicalKey: 'Environment', position: 1 });
    expect(await order()).toEqual([
      ['Application', 0],
      ['Environment', 1],
      ['CostCenter', 2],
    ]);
    await f.s.call('journal/undo', {});
    expect((await order()).map(([k]) => k)).toEqual(['Application', 'CostCenter', 'Environment']);
  });

  it('refuse a key that is another spelling of a key or a built-in alias of another key', async () => {
    expect((await refused(f, 'cloud/save-tag-key', { canonicalKey: 'cost_center' })).message).toMatch(
      /same key as "CostCenter"/,
    );
    expect((await refused(f, 'cloud/save-tag-key', { canonicalKey: 'App' })).message).toMatch(
      /already means "Application" through the built-in alias "app"/,
    );
  });
});

describe('tag hygiene report', () => {
  it('reports untagged and mis-tagged spend by account and service, value maps applied, largest first', async () => {
    await f.s.call('cloud/save-tag-value', { canonicalKey: 'Environment', fromValue: 'prod', toValue: 'Production' });
    const report = await f.s.call('cloud/tag-hygiene', { key: 'Environment', basis: 'cash' });
    expect(report.allowedFrom).toBe('value-map');
    const map: Record<string, string> = { dev: 'Development', prod: 'Production' };
    const env = (r: Record<string, string | null>) => {
      const v = rawTag(r, ['environment', 'env', 'stage']);
      return v === null ? null : (map[v.toLowerCase()] ?? v);
    };
    const flagged = (r: Record<string, string | null>) => {
      const v = env(r);
      return v === null || !['Development', 'Production'].includes(v);
    };
    const expected = sumBy('BilledCost', (r) => JSON.stringify([r.BillingAccountId, r.ServiceName, env(r)]), flagged);
    expect(
      Object.fromEntries(report.lines.map((l) => [JSON.stringify([l.billingAccount, l.service, l.value]), l.amount])),
    ).toEqual(expected);
    const abs = report.lines.map((l) => new Exact(l.amount).abs());
    expect(abs.every((a, i) => i === 0 || a.lte(abs[i - 1]!))).toBe(true);
    const total = report.totals[0]!;
    expect(total.total).toBe(sumBy('BilledCost', () => 'all').all);
    expect(total.untagged).toBe(
      sumBy(
        'BilledCost',
        () => 'u',
        (r) => env(r) === null,
      ).u,
    );
    const first = report.lines[0]!;
    expect(first.sharePct).toBe(new Exact(first.amount).div(total.total).times(100).toDecimalPlaces(2).toFixed());
  });

  it('checks a cost center tag against the workbook cost center codes when it has no value map', async () => {
    const report = await f.s.call('cloud/tag-hygiene', { key: 'CostCenter', basis: 'accrual' });
    expect(report.allowedFrom).toBe('cost-centers');
    const cc = (r: Record<string, string | null>) => rawTag(r, ['costcenter', 'costcentre', 'cc', 'costcode']);
    const misTagged =
      sumBy(
        'EffectiveCost',
        () => 'm',
        (r) => cc(r) !== null && cc(r) !== 'CC-100',
      ).m ?? '0';
    expect(new Exact(report.totals[0]!.mistagged).toFixed()).toBe(new Exact(misTagged).toFixed());
    expect(report.lines.every((l) => l.value !== 'CC-100')).toBe(true);
  });
});

describe('commitments', () => {
  const used = (id: string, column: string) =>
    sumBy(
      column,
      () => 'x',
      (r) => r.CommitmentDiscountId === id && r.CommitmentDiscountStatus === 'Used',
    ).x!;

  it('report utilization, savings vs on-demand and coverage of each commitment from the bill', async () => {
    const view = await f.s.call('cloud/commitments', {});
    const ids = [...new Set(records.map((r) => r.CommitmentDiscountId).filter((x): x is string => x !== null))].sort();
    expect(view.commitments.map((c) => c.commitmentDiscountId).sort()).toEqual(ids);
    for (const c of view.commitments) {
      const eff = used(c.commitmentDiscountId, 'EffectiveCost');
      const list = used(c.commitmentDiscountId, 'ListCost');
      expect(new Exact(c.usedCost).toFixed()).toBe(new Exact(eff).toFixed());
      expect(new Exact(c.savingsVsList).toFixed()).toBe(new Exact(list).minus(eff).toFixed());
      expect(c.term).toBeNull();
    }
    expect(view.coverage[0]!.currency).toBe('USD');
    expect(view.byMonth.length).toBeGreaterThan(0);
  });

  it('keep a term per commitment for the elapsed share, and refuse one that ends before it starts', async () => {
    const id = (await f.s.call('cloud/commitments', {})).commitments[0]!.commitmentDiscountId;
    const e = await refused(f, 'cloud/save-commitment-term', {
      commitmentDiscountId: id,
      start: '2025-01-01',
      end: '2024-01-01',
    });
    expect(e.message).toContain(id);
    expect(e.details).toMatchObject({ field: 'end' });
    await f.s.call('cloud/save-commitment-term', { commitmentDiscountId: id, start: '2024-09-01', end: '2025-09-01' });
    const c = (await f.s.call('cloud/commitments', {})).commitments.find((x) => x.commitmentDiscountId === id)!;
    expect(c.term).toEqual({ start: '2024-09-01', end: '2025-09-01' });
    expect(c.termElapsedPct).toBe('0');
    await f.s.call('journal/undo', {});
    expect(
      (await f.s.call('cloud/commitments', {})).commitments.find((x) => x.commitmentDiscountId === id)!.term,
    ).toBeNull();
  });
});

describe('a workbook without cloud bills', () => {
  it('has no data to total, no tag hygiene lines and no commitments', async () => {
    const tmp = tempDir();
    const s = createWorkbook(tmp.file('empty.outlay'), { now: FIXED_NOW });
    try {
      const t = await s.call('cloud/totals', { dimension: 'provider', basis: 'accrual' });
      expect(t).toMatchObject({ hasData: false, currencies: [], months: [], providers: [], tagKeys: [] });
      const h = await s.call('cloud/tag-hygiene', { key: 'CostCenter', basis: 'cash' });
      expect(h).toMatchObject({ lines: [], totals: [] });
      expect(await s.call('cloud/commitments', {})).toEqual({ commitments: [], coverage: [], byMonth: [] });
    } finally {
      s.close();
      tmp.remove();
    }
  });
});
