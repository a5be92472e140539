import { describe, expect, it } from 'vitest';
import { computeTco, demoTcoModels } from '../../src-main/engine/tco';
import { formatMoney } from '../../src-shared/money';
import { breakEvenMarkers, cumulativeCashOption } from '../../src-renderer/features/tco/tco-chart-option';

interface Series {
  name: string;
  data: unknown[];
}

describe('cumulative cash chart option', () => {
  const result = computeTco(demoTcoModels().infrastructure);
  const option = cumulativeCashOption(result, 2) as {
    series: Series[];
    xAxis: { data: string[] };
    tooltip: { formatter: (items: { dataIndex: number; seriesIndex: number; marker: string }[]) => string };
  };

  it('draws one line per alternative over every model month from the engine cumulative cash', () => {
    expect(option.xAxis.data).toEqual(result.months);
    for (const [i, a] of result.alternatives.entries()) {
      expect(option.series[i]!.name).toBe(a.name);
      expect(option.series[i]!.data).toEqual(a.cash.cumulative.map(Number));
    }
  });

  it('pins each break-even month on the cumulative cash of the alternative that becomes cheaper', () => {
    const pins = option.series[result.alternatives.length]!;
    expect(pins.name).toBe('Break-even');
    const withMonth = result.breakEven.filter((b) => b.month !== null);
    expect(breakEvenMarkers(result)).toHaveLength(withMonth.length);
    expect(withMonth.length).toBeGreaterThan(0);
    expect(pins.data).toEqual(
      withMonth.map((b) => {
        const cheaper = result.alternatives.find((a) => a.id === b.cheaper)!;
        return [b.month! - 1, Number(cheaper.cash.cumulative[b.month! - 1])];
      }),
    );
  });

  it('shows exact cumulative amounts in the tooltip', () => {
    const text = option.tooltip.formatter([{ dataIndex: 11, seriesIndex: 0, marker: '' }]);
    expect(text).toContain(result.months[11]);
    for (const a of result.alternatives) expect(text).toContain(`${a.name}: ${formatMoney(a.cash.cumulative[11]!, 2)}`);
  });

  it('draws no pins when no alternative ever breaks even', () => {
    const none = { ...result, breakEven: result.breakEven.map((b) => ({ ...b, month: null, monthLabel: null })) };
    const o = cumulativeCashOption(none, 2) as { series: Series[] };
    expect(o.series.at(-1)!.data).toEqual([]);
  });
});
