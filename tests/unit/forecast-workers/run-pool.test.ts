import { emptyInputs } from '../../../src-main/repo/forecast-inputs-repo';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/ipc/errors';
import { runForecastMany } from '../../../src-main/forecast-workers/pool';
import { runForecast, type RunRequest } from '../../../src-main/services/forecast-run';

const months = Array.from(
  { length: 30 },
  (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

function request(level: number, method: RunRequest['method'], accept: number[] = []): RunRequest {
  const values = months.map((_, t) => (level + 7 * t + 0.4 * level * Math.cos((2 * Math.PI * t) / 12)).toFixed(2));
  return { months, values, horizon: 12, method, accept, inputs: emptyInputs(), minorUnits: 2, backtest: 'all' };
}

describe('runForecastMany (the forecast service on worker threads)', () => {
  it("gives runForecast's results in input order, and a request's input error as its own outcome", async () => {
    const requests = [
      request(1000, 'auto'),
      request(250, 'holt-winters-additive'),
      request(90, 'ets'),
      request(400, 'naive', [3]), // point 3 is no outlier: a validation error for this request only
      request(5000, 'seasonal-naive'),
    ];
    const many = await runForecastMany(requests, { workers: 2, chunkSize: 1, helpWhileStarting: false });
    expect(many).toHaveLength(requests.length);
    many.forEach((outcome, i) => {
      if (i === 3) return;
      expect(outcome).toEqual({ ok: true, result: runForecast(requests[i]!) });
    });
    const failed = many[3]!;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error).toBeInstanceOf(AppError);
    expect(failed.error.code).toBe('validation');
    expect(() => runForecast(requests[3]!)).toThrow(failed.error.message);
  }, 60_000);
});
