import { describe, expect, it } from 'vitest';
import { applyCleaning, detectAnomalies, excludeOneOffs } from '../../../../src-main/engine/forecast/anomalies';

/** A monthly pattern (a March true-up, a December peak) on a rising line: exact by construction. */
const PATTERN = [10, 20, 35, 15, 5, 0, -5, 0, 10, 30, 40, 60];
const clean = (t: number) => 100 + 2 * t + PATTERN[t % 12]!;
const monthly = (n: number, shocks: Record<number, number>) =>
  Array.from({ length: n }, (_, t) => clean(t) + (shocks[t] ?? 0));

/** Deterministic "noise": a fixed list of small deviations, repeated. */
const WIGGLE = [0.8, -1.1, 0.3, 1.4, -0.6, -1.2, 0.9, 0.1, -0.4, 1.0, -0.9, 0.5, -0.2, 0.7];

describe('outlier detection', () => {
  it('flags the two shocks in an exact seasonal series with a trend, suggesting the pattern value', () => {
    const values = monthly(48, { 17: 80, 40: -50 });
    const report = detectAnomalies({ values, frequency: 12 });
    expect(report.seasonal).toBe(true);
    expect(report.anomalies.map((a) => a.index)).toEqual([17, 40]);
    const [up, down] = report.anomalies;
    expect(up!.value).toBe(clean(17) + 80);
    expect(up!.suggested).toBeCloseTo(clean(17), 6);
    expect(up!.reason).toBe('80 above the seasonal pattern, which the other values follow exactly');
    expect(down!.suggested).toBeCloseTo(clean(40), 6);
    expect(down!.reason).toBe('50 below the seasonal pattern, which the other values follow exactly');
    report.fit.forEach((f, t) => expect(f).toBeCloseTo(clean(t), 6));
  });

  it('finds shocks at the very ends of the series too', () => {
    const report = detectAnomalies({ values: monthly(36, { 0: 60, 35: -40 }), frequency: 12 });
    expect(report.anomalies.map((a) => [a.index, Math.round(a.suggested * 1e6) / 1e6])).toEqual([
      [0, clean(0)],
      [35, clean(35)],
    ]);
  });

  it('does not flag the seasonal peaks themselves, nor a step in the level', () => {
    const values = Array.from({ length: 48 }, (_, t) => (t < 24 ? 100 : 160) + PATTERN[t % 12]! + WIGGLE[t % 14]!);
    expect(detectAnomalies({ values, frequency: 12 }).anomalies).toEqual([]);
  });

  it('measures a shock against noisy data in MADs of the noise', () => {
    const values = monthly(48, { 30: 25 }).map((v, t) => v + WIGGLE[t % 14]!);
    const { anomalies } = detectAnomalies({ values, frequency: 12 });
    expect(anomalies.map((a) => a.index)).toEqual([30]);
    expect(anomalies[0]!.score).toBeGreaterThan(3);
    expect(anomalies[0]!.reason).toMatch(/^\d+\.\d MADs above the seasonal pattern$/);
    expect(anomalies[0]!.reason).toBe(`${anomalies[0]!.score.toFixed(1)} MADs above the seasonal pattern`);
    expect(Math.abs(anomalies[0]!.suggested - clean(30))).toBeLessThan(3);
  });

  it('a larger k flags fewer points', () => {
    const values = monthly(48, { 30: 25 }).map((v, t) => v + WIGGLE[t % 14]!);
    const score = detectAnomalies({ values, frequency: 12 }).anomalies[0]!.score;
    expect(detectAnomalies({ values, frequency: 12 }, { k: score + 1 }).anomalies).toEqual([]);
  });

  it('uses a running median for short or non-seasonal series and says why', () => {
    const values = [50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 90, 50, 50, 50, 50, 50, 50, 50, 50, 50, 20, 50];
    const report = detectAnomalies({ values, frequency: 12 });
    expect(report.seasonal).toBe(false);
    expect(report.notes).toEqual(['seasonality not modelled: needs 3 full seasons (36 values), got 22']);
    expect(report.anomalies.map((a) => [a.index, a.suggested, a.reason])).toEqual([
      [10, 50, '40 above the local level, which the other values follow exactly'],
      [20, 50, '30 below the local level, which the other values follow exactly'],
    ]);
  });

  it('leaves a series too short to judge alone, with a note', () => {
    const report = detectAnomalies({ values: [1, 100, 1, 1], frequency: 1 });
    expect(report.anomalies).toEqual([]);
    expect(report.notes).toEqual(['too short to check for outliers: needs 5 values, got 4']);
  });

  it('flags nothing in a series that is exactly its pattern', () => {
    expect(detectAnomalies({ values: monthly(36, {}), frequency: 12 }).anomalies).toEqual([]);
    expect(detectAnomalies({ values: new Array<number>(12).fill(7), frequency: 1 }).anomalies).toEqual([]);
  });
});

describe('cleaning and one-off items', () => {
  it('applyCleaning replaces only the accepted points by their suggested values', () => {
    const values = monthly(48, { 17: 80, 40: -50 });
    const [first] = detectAnomalies({ values, frequency: 12 }).anomalies;
    const cleaned = applyCleaning(values, [first!]);
    expect(cleaned[17]).toBeCloseTo(clean(17), 6);
    expect(cleaned[40]).toBe(clean(40) - 50);
    expect(cleaned.filter((_, t) => t !== 17)).toEqual(values.filter((_, t) => t !== 17));
    expect(() => applyCleaning(values, [{ index: 48, suggested: 0 }])).toThrow(RangeError);
  });

  it('a one-off tag replaces the point by the fit even when it is not an outlier', () => {
    // A small extra in month 20 (one-off licence) that the Hampel rule would let through.
    const values = monthly(36, { 20: 0.5 }).map((v, t) => v + WIGGLE[t % 14]!);
    expect(detectAnomalies({ values, frequency: 12 }).anomalies).toEqual([]);
    const { values: baseline } = excludeOneOffs({ values, frequency: 12 }, [20]);
    expect(baseline[20]).not.toBe(values[20]);
    expect(Math.abs(baseline[20]! - clean(20))).toBeLessThan(3);
    expect(baseline.filter((_, t) => t !== 20)).toEqual(values.filter((_, t) => t !== 20));
  });

  it('one-off tags on a series too short to decompose leave it as it is, saying so', () => {
    expect(excludeOneOffs({ values: [1, 2, 3], frequency: 1 }, [1])).toEqual({
      values: [1, 2, 3],
      notes: [
        'too short to check for outliers: needs 5 values, got 3',
        'one-off items kept: series too short to decompose',
      ],
    });
  });
});
