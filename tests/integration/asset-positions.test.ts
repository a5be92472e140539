import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import type { Asset, AssetSchedule } from '../../src-shared/model';
import { sumMoney } from '../../src-shared/money';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const tmp = tempDir();
let s: WorkbookSession;
let assets: Asset[];
const schedules = new Map<string, AssetSchedule>();

beforeAll(async () => {
  const demo = generateDemo({ seed: 11, asOf: '2026-03-15', lines: 50, assets: 120, fyStartMonth: 4 });
  s = createWorkbook(tmp.file('positions.outlay'), { now: FIXED_NOW, demo });
  assets = await s.call('assets/list', {});
  for (const a of assets) schedules.set(a.id, await s.call('assets/get-schedule', { assetId: a.id }));
});
afterAll(() => {
  s.close();
  tmp.remove();
});

/**
 * What each asset's own whole-life schedule says about fiscal year `fy`: the year's
 * expense and write-offs, and the NBV and status at the year's end.
 */
function expected(a: Asset, fy: number) {
  const sch = schedules.get(a.id)!;
  if (sch.rows[0]!.fiscalYear > fy) return { status: 'planned', nbv: null, expense: '0', writeOff: '0' };
  const inYear = sch.rows.filter((r) => r.fiscalYear === fy);
  const upTo = sch.rows.filter((r) => r.fiscalYear <= fy);
  const last = upTo[upTo.length - 1]!;
  const finished = upTo.length === sch.rows.length;
  return {
    status: sch.status === 'expensed' ? 'expensed' : finished ? sch.status : 'in-service',
    nbv: last.netBookValue,
    expense: sumMoney(inYear.map((r) => r.expense)),
    writeOff: sumMoney(inYear.map((r) => r.writeOff)),
  };
}

describe('asset positions at a fiscal year end', () => {
  it("agree with every asset's own schedule in every year from before the first purchase to after the last", async () => {
    const years = [...new Set([...schedules.values()].flatMap((sch) => sch.rows.map((r) => r.fiscalYear)))].sort();
    const from = years[0]! - 1;
    const to = years[years.length - 1]! + 1;
    const statuses = new Set<string>();
    for (let fy = from; fy <= to; fy++) {
      const positions = await s.call('assets/list-positions', { fiscalYear: fy });
      expect(positions.map((p) => p.assetId)).toEqual(assets.map((a) => a.id));
      positions.forEach((p, i) => {
        const a = assets[i]!;
        const want = expected(a, fy);
        const label = `${a.code} FY${fy}`;
        statuses.add(p.status);
        expect(p.status, label).toBe(want.status);
        expect(p.netBookValueAtYearEnd, label).toBe(want.nbv);
        expect(p.expenseInYear, label).toBe(want.expense);
        expect(p.writeOffInYear, label).toBe(want.writeOff);
      });
    }
    // The demo has every kind of position somewhere in these years.
    expect([...statuses].sort()).toEqual(['disposed', 'expensed', 'fully-depreciated', 'in-service', 'planned']);
  });
});
