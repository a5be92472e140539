import { describe, expect, it } from 'vitest';
import type { DriverLineCostView } from '../../src-shared/model/drivers';
import { driverCostOption, monthlyParts } from '../../src-renderer/features/drivers/drivers-chart-option';

const line = (id: string, parts: [string, string, string][]): DriverLineCostView => ({
  model: {
    lineId: id,
    driverId: 'd',
    fixedAmount: '0',
    unitRate: '1',
    escalation: { kind: 'none' },
    tierSize: null,
    tierAmount: null,
    startMonth: '2026-01',
    endMonth: null,
  },
  lineDescription: id,
  currency: 'EUR',
  driverCode: 'D',
  months: parts.map(([fixed, variable, step], i) => ({
    month: `2026-0${i + 1}`,
    driverValue: '1',
    unitRate: '1',
    fixed,
    variable,
    step,
    total: '0',
  })),
  totals: { fixed: '0', variable: '0', step: '0', total: '0' },
});

describe('the driver cost chart', () => {
  it('sums each part over the lines exactly per month, a missing month counting as zero', () => {
    const a = line('a', [
      ['0.1', '10.05', '0'],
      ['0.1', '20.05', '5'],
    ]);
    const b = line('b', [['0.2', '0.01', '1']]);
    expect(monthlyParts([a, b], ['2026-01', '2026-02'])).toEqual({
      fixed: ['0.3', '0.1'],
      variable: ['10.06', '20.05'],
      step: ['1', '5'],
    });
  });

  it('stacks fixed, variable and step bars per month', () => {
    const opt = driverCostOption([line('a', [['1', '2', '3']])], ['2026-01'], 2) as {
      series: { name: string; stack: string; data: number[] }[];
    };
    expect(opt.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Fixed', 'cost', [1]],
      ['Variable (rate × driver)', 'cost', [2]],
      ['Step (tiers)', 'cost', [3]],
    ]);
  });
});
