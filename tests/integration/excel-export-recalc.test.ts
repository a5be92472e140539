import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import { createWorkbook, openWorkbook } from '../../src-main/services';
import { recalculateWithLibreOffice } from '../helpers/libreoffice-recalc';
import { tempDir } from './helpers/workbook-fixture';
import { formulaCells, readXlsx } from './helpers/xlsx-read';

let tmp: ReturnType<typeof tempDir>;
let exported: string;

beforeAll(async () => {
  tmp = tempDir();
  const file = tmp.file('demo.outlay');
  createWorkbook(file, { demo: generateDemo({ seed: 11, asOf: '2026-03-15', lines: 60, foreignShare: 0.3 }) }).close();
  const s = openWorkbook(file);
  try {
    const scenarioId = (await s.call('scenario/list', {})).find((x) => x.kind === 'baseline')!.id;
    exported = tmp.file('export.xlsx');
    await s.call('excel/export', {
      scenarioId,
      fiscalYear: 2026,
      sheets: ['budget', 'summary', 'variance', 'actuals', 'assets', 'forecast', 'tco'],
      output: { kind: 'path', path: exported },
    });
  } finally {
    s.close();
  }
});
afterAll(() => tmp.remove());

describe('an exported workbook recalculated by LibreOffice', () => {
  it('gives every formula cell the value Outlay cached, to the cent', async () => {
    const ours = formulaCells(await readXlsx(exported));
    const { path, dir } = recalculateWithLibreOffice(exported);
    try {
      const theirs = new Map(formulaCells(await readXlsx(path)).map((c) => [`${c.sheet}!${c.address}`, c]));
      // Conversions, subtotals, summary blocks, chart data and row totals are all there.
      expect(ours.length).toBeGreaterThan(500);
      expect(ours.filter((c) => c.formula.includes('SUMPRODUCT')).length).toBeGreaterThan(50);
      expect(ours.filter((c) => c.formula.startsWith('IFERROR')).length).toBeGreaterThan(50);
      const wrong = ours
        .map((c) => ({ c, got: theirs.get(`${c.sheet}!${c.address}`) }))
        .filter(({ c, got }) => !got || got.result.toFixed(2) !== c.result.toFixed(2))
        .map(
          ({ c, got }) =>
            `${c.sheet}!${c.address} ${c.formula.slice(0, 80)}: ours ${c.result}, LibreOffice ${got?.result}`,
        );
      expect(wrong).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
