import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { columnSum, parseCsv, sameNumber } from '../helpers/billing-csv';
import { writeParquet, type ParquetColumn } from '../helpers/parquet-writer';
import { referenceFile } from '../helpers/reference-data';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const SAMPLE = ['focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv'] as const;
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
let parquet: string;

beforeAll(() => {
  tmp = tempDir('outlay-billing-parquet-');
  s = createWorkbook(tmp.file('w.outlay'), { now: FIXED_NOW });
  // The FOCUS sample as Parquet: BilledCost a DOUBLE column as exporters write it, the rest text.
  const [header, ...rows] = parseCsv(readFileSync(referenceFile(...SAMPLE), 'utf8'));
  const columns: ParquetColumn[] = header!.map((name) =>
    name === 'BilledCost' ? { name, type: 'double' } : { name, type: 'string' },
  );
  const billed = header!.indexOf('BilledCost');
  const cells = rows.map((r) => r.map((v, i) => (i === billed ? Number(v) : v === 'NULL' ? '' : v)));
  parquet = tmp.file('focus-sample.parquet');
  writeParquet(parquet, columns, cells, 400);
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('a FOCUS bill in Parquet', () => {
  it('is read row group by row group, with progress per group, to the same exact totals as the CSV', async () => {
    const seen: number[] = [];
    const r = await s.call(
      'billing/import',
      { file: { kind: 'path', path: parquet } },
      { onProgress: (p) => seen.push(p.done) },
    );
    expect(r).toMatchObject({ format: 'focus', rows: 1000, totalsMatch: true });
    const total = r.storedTotals[0]!;
    const csv = referenceFile(...SAMPLE);
    for (const [measure, column] of [
      ['billedCost', 'BilledCost'],
      ['effectiveCost', 'EffectiveCost'],
      ['listCost', 'ListCost'],
      ['contractedCost', 'ContractedCost'],
    ] as const) {
      expect(sameNumber(total[measure], columnSum(csv, column)), measure).toBe(true);
    }
    // Three row groups (400 + 400 + 200 rows): a report after each, the last at the full size.
    expect(seen.filter((d) => d > 1)).toHaveLength(3);
  });

  it('a truncated Parquet file is refused naming the file, with nothing written', async () => {
    const cut = tmp.file('cut.parquet');
    const bytes = readFileSync(parquet);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    const before = await s.call('billing/list-imports', {});
    await expect(s.call('billing/import', { file: { kind: 'path', path: cut } })).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('cut.parquet: not a readable Parquet file') as unknown,
    });
    expect(await s.call('billing/list-imports', {})).toEqual(before);
  });
});
