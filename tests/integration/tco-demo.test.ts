import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { D, type Dec } from '../../src-shared/money';
import { generateDemo } from '../../src-main/demo/generate';
import { demoUnitsPerUsd, generateTcoModels } from '../../src-main/demo/tco';
import { Prng } from '../../src-main/demo/prng';
import { computeTco, demoTcoModels, type TcoModel } from '../../src-main/engine/tco';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

const OPTS = { seed: 5, asOf: '2026-03-15', lines: 20, assets: 4, contracts: 4, fyStartMonth: 4 };
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

/** |a − b × k| for two NPVs, as a Decimal. */
const gap = (a: string, b: string, k: Dec) => new D(a).minus(new D(b).times(k)).abs();

describe('the demo workbook’s TCO models', () => {
  it('are listed by name with their alternatives', async () => {
    expect((await s.call('tco/list', {})).map((m) => [m.name, m.alternatives])).toEqual([
      ['ERP: on-premises vs SaaS', ['Keep the on-premises ERP', 'Move the ERP to SaaS']],
      ['Infrastructure: data center vs colocation vs cloud', ['Own data center', 'Colocation', 'Public cloud']],
    ]);
  });

  it('compute in the base currency from the next fiscal year (April 2026 for asOf March 2026), as the engine computes them', async () => {
    for (const m of await s.call('tco/list', {})) {
      const saved = await s.call('tco/get', { id: m.id });
      expect(saved.model).toMatchObject({ currency: 'EUR', minorUnits: 2, startMonth: '2026-04', years: 5 });
      expect(saved.model).toEqual(demo.tcoModels!.find((t) => t.id === m.id)!.model);
      expect(await s.call('tco/compute', { id: m.id })).toEqual(computeTco(saved.model));
    }
  });

  it('restate every amount of the engine’s dollar models at the demo rate, so NPVs scale with it', () => {
    for (const currency of ['EUR', 'JPY', 'BHD']) {
      const k = demoUnitsPerUsd(currency);
      const [infra, erp] = generateTcoModels(new Prng(1), currency, '2026-03-15', 1).map((t) => t.model);
      const usd = demoTcoModels({ startMonth: '2027-01' });
      for (const [restated, dollars] of [
        [infra!, usd.infrastructure],
        [erp!, usd.erp],
      ] as [TcoModel, TcoModel][]) {
        const a = computeTco(restated);
        const b = computeTco(dollars);
        a.alternatives.forEach((alt, i) => {
          // Posting rounds each line-year once: a few minor units over the horizon, never a missed price.
          expect(gap(alt.npv, b.alternatives[i]!.npv, k).lessThan(k.times(5)), `${currency} ${alt.id}`).toBe(true);
          expect(alt.npv).not.toBe(b.alternatives[i]!.npv);
        });
      }
    }
  });

  it('are the same for the same seed and options', () => {
    expect(generateDemo(OPTS).tcoModels).toEqual(demo.tcoModels);
  });
});
