import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import type { DemoTcoModel } from '../../src-main/demo/types';
import { computeTco } from '../../src-main/engine/tco';
import { createWorkbook } from '../../src-main/services';
import { outlay, tempDir } from './cli-run';
import { FIXED_NOW } from './helpers/workbook-fixture';

let dir: string;
let file: string;
let erp: DemoTcoModel;
let infra: DemoTcoModel;

beforeAll(() => {
  dir = tempDir();
  file = join(dir, 'demo.outlay');
  const demo = generateDemo({ seed: 9, asOf: '2026-03-15', lines: 10, assets: 3, contracts: 3 });
  infra = demo.tcoModels![0]!;
  erp = demo.tcoModels![1]!;
  createWorkbook(file, { now: FIXED_NOW, demo }).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** "1234.5" → "1234.50": the CLI's text form of an amount of the model currency. */
const cents = (m: string) => (m.includes('.') ? m.padEnd(m.indexOf('.') + 3, '0') : `${m}.00`);

describe('outlay tco', () => {
  it('prints each alternative’s years, totals, NPV and the break-even months of a model named ignoring case', async () => {
    const r = await outlay(['tco', file, '--model', 'infrastructure: DATA CENTER vs colocation vs cloud']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = computeTco(infra.model);
    expect(r.stdout).toMatch(
      /^TCO model "Infrastructure: data center vs colocation vs cloud": EUR, 5 years from 2027-01/,
    );
    for (const a of expected.alternatives) {
      expect(r.stdout).toContain(`${a.name} [${a.id}, ${a.kind}]`);
      expect(r.stdout).toMatch(new RegExp(`NPV \\(cash\\)\\s+${cents(a.npv)}\\n`));
      expect(r.stdout).toMatch(new RegExp(`Total cash\\s+${cents(a.totalCash)}\\n`));
      const y1 = a.years[0]!;
      const perVm = y1.cash.perUnit.vms!;
      expect(r.stdout).toMatch(
        new RegExp(
          `1\\s+2027-01\\s+${cents(y1.cash.total)}\\s+${cents(y1.cash.cumulative)}\\s+${cents(y1.pnl.total)}\\s+${cents(y1.pnl.cumulative)}\\s+${cents(perVm)}\\s`,
        ),
      );
    }
    for (const b of expected.breakEven) {
      const cheaper = expected.alternatives.find((a) => a.id === b.cheaper)!.name;
      const than = expected.alternatives.find((a) => a.id === b.than)!.name;
      const when = b.month === null ? 'not within the horizon' : `from month ${b.month} (${b.monthLabel})`;
      expect(r.stdout).toContain(`${cheaper} cheaper than ${than}: ${when}`);
    }
  });

  it('prints the engine’s full result as JSON', async () => {
    const r = await outlay(['tco', file, '--model', erp.name, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(computeTco(erp.model));
  });

  it('lists the saved models', async () => {
    const text = await outlay(['tco', file, '--list']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('ERP: on-premises vs SaaS');
    expect(text.stdout).toContain('Own data center, Colocation, Public cloud');
    const json = await outlay(['tco', file, '--list', '--json']);
    expect(JSON.parse(json.stdout).map((m: { id: string }) => m.id)).toEqual([erp.id, infra.id]);
  });

  it('exits 1 with one line for an unknown model and 2 without --model', async () => {
    const r = await outlay(['tco', file, '--model', 'Mainframe']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`outlay: there is no TCO model named or with id "Mainframe" in ${file}\n`);
    const usage = await outlay(['tco', file]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing --model/);
  });
});
