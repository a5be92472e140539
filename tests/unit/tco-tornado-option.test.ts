import { describe, expect, it } from 'vitest';
import { demoTcoModels, tornado } from '../../src-main/engine/tco';
import { formatMoney, subMoney } from '../../src-shared/money';
import { tornadoOption } from '../../src-renderer/features/tco/tornado-option';

interface Series {
  name: string;
  data: number[];
}

describe('tornado chart option', () => {
  const model = demoTcoModels().infrastructure;
  const t = tornado(model, { metric: { kind: 'npv', alternative: model.alternatives[2]!.id }, top: 3 });
  const option = tornadoOption(t, 2) as {
    yAxis: { data: string[] };
    series: Series[];
    tooltip: { formatter: (items: { dataIndex: number }[]) => string };
  };

  it('puts the widest swing on top (echarts draws the first category at the bottom)', () => {
    expect(t.entries).toHaveLength(3);
    expect(option.yAxis.data).toEqual(t.entries.map((e) => e.label).reverse());
  });

  it('draws each bar as the change of the metric against the base result, lowered and raised', () => {
    const rev = [...t.entries].reverse();
    expect(option.series[0]!.data).toEqual(rev.map((e) => Number(subMoney(e.lowResult, t.baseResult))));
    expect(option.series[1]!.data).toEqual(rev.map((e) => Number(subMoney(e.highResult, t.baseResult))));
  });

  it('shows the exact input values and results in the tooltip', () => {
    const top = t.entries[0]!;
    const text = option.tooltip.formatter([{ dataIndex: t.entries.length - 1 }]);
    expect(text).toContain(top.label);
    expect(text).toContain(`Lowered to ${top.low}: ${formatMoney(top.lowResult, 2)}`);
    expect(text).toContain(`Raised to ${top.high}: ${formatMoney(top.highResult, 2)}`);
    expect(text).toContain(`Swing: ${formatMoney(top.swing, 2)}`);
  });
});
