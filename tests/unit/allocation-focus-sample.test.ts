import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../src-shared/money';
import { CsvParser } from '../../src-main/io/read/csv-parser';
import { explain, runAllocation, type AllocationRule, type CostAggregate } from '../../src-main/engine/allocation';
import { referenceFile } from '../helpers/reference-data';

/** The FinOps Foundation's 1,000-row FOCUS 1.0 sample, used as it is. */
const SAMPLE = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
/** BilledCost total of the sample, from its SOURCES.md (summed with Python decimal and DuckDB). */
const FILE_TOTAL = '20.52022672899';
/** The sample's costs carry up to 11 decimals: allocate at that precision so nothing is rounded away. */
const MINOR = { USD: 11 };
const NETWORK = ['Amazon Virtual Private Cloud', 'Elastic Load Balancing'];

interface Row {
  service: string;
  subAccount: string;
  bu: string | undefined;
  cost: string;
}

function readRows(): Row[] {
  const parser = new CsvParser(',');
  const [header, ...records] = [...parser.push(readFileSync(SAMPLE, 'utf8')), ...parser.end()];
  const col = (name: string) => header!.cells.indexOf(name);
  const [service, sub, tags, cost] = [col('ServiceName'), col('SubAccountId'), col('Tags'), col('BilledCost')];
  return records.map((r) => {
    const tagText = r.cells[tags]!;
    const parsed: Record<string, string> = tagText === 'NULL' || tagText === '' ? {} : JSON.parse(tagText);
    return { service: r.cells[service]!, subAccount: r.cells[sub]!, bu: parsed['business_unit'], cost: r.cells[cost]! };
  });
}

/** Aggregate at the grain service × sub account × business-unit tag, summing exactly. */
function aggregate(rows: readonly Row[]): CostAggregate[] {
  const sums = new Map<string, { row: Row; total: InstanceType<typeof D> }>();
  for (const row of rows) {
    const key = `${row.service}|${row.subAccount}|${row.bu ?? ''}`;
    const entry = sums.get(key);
    if (entry) entry.total = entry.total.plus(row.cost);
    else sums.set(key, { row, total: new D(row.cost) });
  }
  return [...sums].map(([id, { row, total }]) => ({
    id,
    currency: 'USD',
    amount: total.toFixed(),
    dims: {
      service: row.service,
      subAccount: row.subAccount,
      ...(row.bu === undefined ? {} : { 'tag:business_unit': row.bu }),
    },
  }));
}

describe('allocation of the real FOCUS 1.0 sample', () => {
  const rows = readRows();
  const aggregates = aggregate(rows);
  const sum = (xs: readonly { cost: string }[]) => xs.reduce((a, r) => a.plus(r.cost), new D(0));
  const isNetwork = (r: Row) => NETWORK.includes(r.service);
  // Network is passed on by the number of tagged billing rows each business unit has.
  const rowCounts: Record<string, string> = {};
  for (const r of rows)
    if (r.bu !== undefined && !isNetwork(r)) rowCounts[r.bu] = String(Number(rowCounts[r.bu] ?? 0) + 1);
  const rules: AllocationRule[] = [
    ...NETWORK.map((service, i): AllocationRule => ({
      id: `network-${i}`,
      source: { kind: 'match', dims: { service } },
      method: { kind: 'even', targets: ['svc:Network'] },
    })),
    { id: 'by-tag', source: { kind: 'match', dims: {} }, method: { kind: 'direct', key: 'tag:business_unit' } },
    { id: 'network-out', source: { kind: 'node', node: 'svc:Network' }, method: { kind: 'driver', driver: 'rows' } },
  ];
  const result = runAllocation({
    aggregates,
    drivers: [{ id: 'rows', quantities: rowCounts }],
    rules,
    minorUnits: MINOR,
  });

  it('allocates and leaves unallocated exactly the file total', () => {
    expect(rows).toHaveLength(1000);
    const out = [...result.balances, ...result.unallocated].reduce((a, x) => a.plus(x.amount), new D(0));
    expect(out.toFixed()).toBe(FILE_TOTAL);
  });

  it('keeps the spend without a business_unit tag in the untagged bucket', () => {
    const untagged = sum(rows.filter((r) => r.bu === undefined && !isNetwork(r)));
    expect(result.unallocated.map((u) => [u.reason, u.rule, u.amount])).toEqual([
      ['untagged', 'by-tag', untagged.toFixed()],
    ]);
  });

  it('passes all of Network on to the business units by their row counts', () => {
    const network = sum(rows.filter(isNetwork));
    const out = result.postings
      .filter((p) => p.fromNode === 'svc:Network')
      .reduce((a, p) => a.plus(p.amount), new D(0));
    expect(out.toFixed()).toBe(network.toFixed());
    expect(result.balances.some((b) => b.target === 'svc:Network')).toBe(false);
  });

  it('explains what PeoriaData is charged for Network down to the sample rows', () => {
    const e = explain(result, 'PeoriaData', 'svc:Network');
    const total = Object.values(rowCounts).reduce((a, q) => a + Number(q), 0);
    expect(e.charges).toHaveLength(1);
    expect(e.charges[0]!.posting).toMatchObject({ quantity: rowCounts['PeoriaData'], driverTotal: String(total) });
    const fromAggregates = e.charges[0]!.origin.inflows.flatMap((f) => f.aggregates!.ids);
    expect(fromAggregates.sort()).toEqual(
      aggregates
        .filter((a) => NETWORK.includes(a.dims['service']!))
        .map((a) => a.id)
        .sort(),
    );
  });
});
