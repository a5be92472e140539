import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import { columnSum, sameNumber } from '../helpers/billing-csv';
import { referenceFile } from '../helpers/reference-data';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const HEADER =
  'BillingPeriodStart,ChargePeriodStart,ProviderName,BillingAccountId,ServiceName,ChargeCategory,BillingCurrency,BilledCost,EffectiveCost,ListCost';

/** A small FOCUS bill: one row per [period, account, service, currency, billed]. */
function focus(rows: [string, string, string, string, string][]): string {
  const lines = rows.map(
    ([month, account, service, currency, billed]) =>
      `${month}-01T00:00:00Z,${month}-03T00:00:00Z,AWS,${account},${service},Usage,${currency},${billed},${billed},${billed}`,
  );
  return [HEADER, ...lines].join('\n') + '\n';
}

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
const write = (name: string, text: string | Buffer): string => {
  const path = tmp.file(name);
  writeFileSync(path, text);
  return path;
};
const importPath = (path: string) => s.call('billing/import', { file: { kind: 'path', path } });
const counts = async () => {
  const imports = await s.call('billing/list-imports', {});
  const undo = await s.call('journal/get-undo-state', {});
  return { imports: JSON.stringify(imports), undo: JSON.stringify(undo) };
};

beforeAll(() => {
  tmp = tempDir('outlay-billing-rules-');
  s = createWorkbook(tmp.file('w.outlay'), { now: FIXED_NOW });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

async function refused(path: string): Promise<AppError> {
  const before = await counts();
  const err = await importPath(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(await counts()).toEqual(before);
  return err as AppError;
}

describe('bad bills are refused whole, naming file, row and column, with nothing written', () => {
  it('a FOCUS file missing a required column names the column', async () => {
    const path = write(
      'no-effective.csv',
      'BillingPeriodStart,ChargePeriodStart,BilledCost\n2026-01-01,2026-01-02,1\n',
    );
    const e = await refused(path);
    expect(e.code).toBe('validation');
    expect(e.message).toContain('no-effective.csv: missing required FOCUS 1.0–1.3 column EffectiveCost');
  });

  it('an unparseable number names its row and column and counts the other bad rows', async () => {
    const text = focus([
      ['2026-01', 'A1', 'EC2', 'USD', '1.5'],
      ['2026-01', 'A1', 'EC2', 'USD', 'abc'],
      ['2026-01', 'A1', 'S3', 'USD', '1,2x'],
    ]);
    const e = await refused(write('bad-number.csv', text));
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/^bad-number\.csv: row 3, column BilledCost: "abc" is not a number \(and 1 more rows/);
    expect(e.details).toMatchObject({ file: 'bad-number.csv', row: 3, column: 'BilledCost', errorCount: 2 });
  });

  it('a bad date names its row and column', async () => {
    const text = focus([['2026-01', 'A1', 'EC2', 'USD', '1']]).replace('2026-01-03T00:00:00Z', '2026-13-45');
    const e = await refused(write('bad-date.csv', text));
    expect(e.message).toContain('bad-date.csv: row 2, column ChargePeriodStart: "2026-13-45" is not a date');
  });

  it('a mixed-currency bill without an exchange rate for the month is refused; with the rate it imports', async () => {
    const path = write(
      'mixed.csv',
      focus([
        ['2026-02', 'M1', 'EC2', 'USD', '10'],
        ['2026-02', 'M1', 'EC2', 'EUR', '5'],
      ]),
    );
    const e = await refused(path);
    expect(e.message).toContain('mixed.csv: row 3, column BillingCurrency: currency EUR in a USD file');
    await s.call('fx/save-rates', {
      rates: [{ from: 'EUR', to: 'USD', period: '2026-02', budgetRate: '1.1', actualRate: null }],
    });
    const r = await importPath(path);
    expect(r.fileTotals.map((t) => [t.currency, t.billedCost])).toEqual([
      ['EUR', '5'],
      ['USD', '10'],
    ]);
    expect(r.totalsMatch).toBe(true);
    await s.call('billing/delete-import', { id: r.importId! });
    // February's rate says nothing about March.
    const march = write(
      'mixed-march.csv',
      focus([
        ['2026-03', 'M1', 'EC2', 'USD', '10'],
        ['2026-03', 'M1', 'EC2', 'EUR', '5'],
      ]),
    );
    expect((await refused(march)).message).toContain('no exchange rate for it in 2026-03');
  });

  it('a truncated .csv.gz is refused as truncated', async () => {
    const bytes = gzipSync(readFileSync(referenceFile('billing-native', 'oci-cost-report_506rows.csv')));
    const e = await refused(write('cut.csv.gz', bytes.subarray(0, bytes.length >> 1)));
    expect(e.message).toContain('cut.csv.gz: the gzip file is truncated');
  });

  it('a corrupt .parquet is refused as unreadable', async () => {
    const e = await refused(write('broken.parquet', Buffer.from('PAR1 this is not really parquet PAR1')));
    expect(e.code).toBe('validation');
    expect(e.message).toContain('broken.parquet: not a readable Parquet file');
  });

  it('a cancelled import writes nothing', async () => {
    const before = await counts();
    const controller = new AbortController();
    controller.abort();
    const path = referenceFile('focus', 'focus-1.0_sample_1000rows_aws-azure-oracle.csv');
    await expect(
      s.call('billing/import', { file: { kind: 'path', path } }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await counts()).toEqual(before);
  });
});

describe('re-importing a billing period', () => {
  const jan = () =>
    write(
      'jan.csv',
      focus([
        ['2026-01', 'A1', 'EC2', 'USD', '100.123456789'],
        ['2026-01', 'A1', 'S3', 'USD', '20'],
        ['2026-01', 'B2', 'EC2', 'USD', '7'],
      ]),
    );
  const janRevised = () =>
    write(
      'jan-revised.csv',
      focus([
        ['2026-01', 'A1', 'EC2', 'USD', '101.5'],
        ['2026-01', 'A1', 'S3', 'USD', '20.01'],
      ]),
    );

  it('the same file again says so and writes nothing', async () => {
    const first = await importPath(jan());
    const before = await counts();
    const again = await importPath(jan());
    expect(again).toMatchObject({ alreadyImported: true, seq: null, importId: first.importId, totalsMatch: true });
    expect(again.message).toContain('jan.csv was already imported');
    expect(await counts()).toEqual(before);
  });

  it('a revised bill replaces only its own provider, account and period, and Undo brings the old figures back', async () => {
    const path = janRevised();
    const r = await importPath(path);
    expect(r.replaced).toEqual([expect.objectContaining({ fileName: 'jan.csv', fullyReplaced: false })]);
    expect(sameNumber(r.storedTotals[0]!.billedCost, columnSum(path, 'BilledCost'))).toBe(true);
    const list = await s.call('billing/list-imports', {});
    expect(list.map((i) => [i.fileName, i.replacedBy])).toEqual([
      ['jan-revised.csv', null],
      ['jan.csv', null],
    ]);
    // An import's recorded totals are its file's, whatever was replaced since.
    const old = list.find((i) => i.fileName === 'jan.csv')!;
    expect(old.totals[0]!.billedCost).toBe('127.123456789');

    const third = await importPath(write('jan-b2.csv', focus([['2026-01', 'B2', 'EC2', 'USD', '8']])));
    expect(third.replaced).toEqual([expect.objectContaining({ fileName: 'jan.csv', fullyReplaced: true })]);
    const after = await s.call('billing/list-imports', {});
    expect(after.find((i) => i.fileName === 'jan.csv')!.replacedBy).toBe(third.importId);

    await s.call('journal/undo', {});
    const undone = await s.call('billing/list-imports', {});
    expect(undone.map((i) => [i.fileName, i.replacedBy])).toEqual([
      ['jan-revised.csv', null],
      ['jan.csv', null],
    ]);
  });

  it('deleting an import removes it and Undo restores it', async () => {
    const [latest] = await s.call('billing/list-imports', {});
    await s.call('billing/delete-import', { id: latest!.id });
    expect((await s.call('billing/list-imports', {})).map((i) => i.fileName)).toEqual(['jan.csv']);
    await s.call('journal/undo', {});
    expect((await s.call('billing/list-imports', {})).map((i) => i.fileName)).toEqual(['jan-revised.csv', 'jan.csv']);
  });

  it('the original file again, once a revision replaced part of it, is imported and takes its data back', async () => {
    const r = await importPath(jan());
    expect(r.alreadyImported).toBe(false);
    expect(r.replaced.map((x) => [x.fileName, x.fullyReplaced])).toEqual(
      expect.arrayContaining([
        ['jan.csv', true],
        ['jan-revised.csv', true],
      ]),
    );
    expect(r.storedTotals[0]!.billedCost).toBe('127.123456789');
  });
});
