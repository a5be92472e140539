import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src-shared/calendar/fiscal';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const OPTS = { seed: 7, asOf: '2026-03-15', lines: 300, assets: 2, contracts: 2, fyStartMonth: 4 };
const demo = generateDemo(OPTS);
let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;

beforeAll(() => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('demo.outlay'), { now: FIXED_NOW, demo });
});
afterAll(() => {
  s.close();
  tmp.remove();
});

describe('the demo workbook’s drivers', () => {
  it('have 36 months of actuals ending the month before the as-of date', async () => {
    const drivers = await s.call('drivers/list', {});
    expect(drivers.map((d) => d.code).sort()).toEqual(['HEADCOUNT', 'LAPTOPS', 'M365-USERS', 'STORAGE-TB']);
    const baseline = demo.scenarios.find((x) => x.kind === 'baseline')!;
    const view = await s.call('drivers/view', { scenarioId: baseline.id, fiscalYear: 2026 });
    for (const d of view.drivers) {
      const actuals = demo.drivers!.values.filter((v) => v.driverId === d.driver.id);
      expect(actuals).toHaveLength(36);
      expect(
        actuals
          .map((v) => v.month)
          .sort()
          .at(-1),
      ).toBe(addMonths('2026-03', -1));
      // FY2026 runs April 2025 – March 2026: all actual but March, which is forecast.
      expect(d.points.filter((p) => p.source === 'actual')).toHaveLength(11);
      expect(d.points.at(-1)!.source).toBe('forecast');
    }
  });

  it('cost two or three lines in each scenario from drivers, stored exactly as the engine computes them', async () => {
    for (const scenario of demo.scenarios) {
      for (const fiscalYear of [2026, 2027]) {
        const view = await s.call('drivers/view', { scenarioId: scenario.id, fiscalYear });
        expect(view.lines.length).toBeGreaterThanOrEqual(2);
        const grid = await s.call('budget/get-grid', { scenarioId: scenario.id, fiscalYear });
        for (const l of view.lines) {
          const line = grid.lines.find((g) => g.id === l.model.lineId)!;
          expect(l.months.map((m) => m.total)).toEqual(line.amounts);
        }
      }
    }
  });

  it('grow Microsoft 365 users 12 % a year in the what-if from its second budget year', async () => {
    const whatIf = demo.scenarios.find((x) => x.kind === 'what-if')!;
    const base = demo.scenarios.find((x) => x.kind === 'baseline')!;
    const a = await s.call('drivers/view', { scenarioId: whatIf.id, fiscalYear: 2027 });
    const b = await s.call('drivers/view', { scenarioId: base.id, fiscalYear: 2027 });
    expect(a.assumptions.map((x) => [x.fromMonth, x.annualGrowth])).toEqual([['2026-04', '12']]);
    const users = (v: typeof a) => v.drivers.find((d) => d.driver.code === 'M365-USERS')!.points;
    expect(Number(users(a).at(-1)!.value) / Number(users(b).at(-1)!.value)).toBeCloseTo(1.12, 6);
  });

  it('are the same for the same seed and options', () => {
    expect(generateDemo(OPTS).drivers).toEqual(demo.drivers);
  });
});
