import { describe, expect, it } from 'vitest';
import { packChunk, unpackChunk } from '../../../src-main/forecast-workers/protocol';

describe('the worker protocol', () => {
  it('packs a chunk of series into transferable typed arrays and unpacks the same series', () => {
    const series = [
      { values: [1.5, -2, 3e12, 0.1 + 0.2], frequency: 12 },
      { values: [], frequency: 1 },
      { values: [7], frequency: 4 },
    ];
    const { request, transfer } = packChunk(3, series, { horizon: 2, method: 'naive' });
    expect(request.id).toBe(3);
    expect(Array.from(request.lengths)).toEqual([4, 0, 1]);
    expect(transfer).toEqual([request.values.buffer, request.lengths.buffer, request.frequencies.buffer]);
    expect(unpackChunk(request)).toEqual(series);
  });
});
