import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineInputError } from '../../src-main/engine/errors';
import { forecastSeries } from '../../src-main/engine/forecast/methods';
import { loadReference } from '../unit/engine/forecast/simple-reference';
import { outlay, start, tempDir, waitFor } from './cli-run';

interface Row {
  id: string;
  step: number;
  forecast: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
  method: string;
}

/** Read the output back (plain fields: the ids used here need no quoting). */
function readForecast(file: string): { header: string; rows: Row[] } {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const rows = lines.map((l) => {
    const [id, step, forecast, lo80, hi80, lo95, hi95, method] = l.split(',');
    return {
      id: id!,
      step: Number(step),
      forecast: Number(forecast),
      lo80: Number(lo80),
      hi80: Number(hi80),
      lo95: Number(lo95),
      hi95: Number(hi95),
      method: method!,
    };
  });
  return { header: header!, rows };
}

/** Output is rounded to 6 decimals. */
function expectNear(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]!), `step ${i + 1}`).toBeLessThanOrEqual(5e-7 + 1e-12));
}

const month = (t: number) => `${2023 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;

describe('outlay forecast-series', () => {
  let dir: string;
  const it36 = loadReference('it-costs');
  const short = [41.5, 40.25, 43, 44.75, 42];

  beforeAll(() => {
    dir = tempDir('outlay-forecast-');
    const rows = [
      'series_id,period,value,comment',
      ...it36.values.map((v, t) => `it-costs,${month(t)},${v},`),
      ...short.map((v, t) => `"cloud, short",${month(t)},${v},"five months"`),
    ];
    writeFileSync(join(dir, 'series.csv'), `${rows.join('\r\n')}\r\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const oneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    return stderr.trim();
  };

  it('writes seasonal naive forecasts matching R snaive(), and naive for a series shorter than a season', async () => {
    const out = join(dir, 'snaive.csv');
    const r = await outlay([
      'forecast-series',
      '--from',
      join(dir, 'series.csv'),
      '--horizon',
      '12',
      '--out',
      out,
      '--method',
      'seasonal-naive',
    ]);
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ code: 0, stdout: `Wrote 24 forecast rows for 2 series to ${out}\n` });
    const { header, rows } = readForecast(out);
    expect(header).toBe('series_id,step,forecast,lo80,hi80,lo95,hi95,method');
    const it = rows.filter((x) => x.id === 'it-costs');
    expect(it.map((x) => x.step)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(it.map((x) => x.method))).toEqual(new Set(['seasonal-naive']));
    expectNear(
      it.map((x) => x.forecast),
      it36.snaive.mean,
    );
    expectNear(
      it.map((x) => x.lo80),
      it36.snaive.lo80,
    );
    expectNear(
      it.map((x) => x.hi80),
      it36.snaive.hi80,
    );
    expectNear(
      it.map((x) => x.lo95),
      it36.snaive.lo95,
    );
    expectNear(
      it.map((x) => x.hi95),
      it36.snaive.hi95,
    );
    // The id with a comma comes back quoted; its method is the fallback.
    const cloud = readFileSync(out, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('"cloud, short"'));
    expect(cloud).toHaveLength(12);
    expect(cloud.every((l) => l.endsWith(',naive'))).toBe(true);
    const expected = forecastSeries({ values: short, frequency: 12 }, 12, 'naive');
    const first = cloud[0]!.split(',').slice(3, 8).map(Number);
    const want = [expected.mean[0]!, expected.lo80[0]!, expected.hi80[0]!, expected.lo95[0]!, expected.hi95[0]!];
    expectNear(first, want);
    expect(first[0]).toBe(42);
  });

  it('writes linear-trend forecasts matching R forecast(tslm(y ~ trend)) and replaces an existing output', async () => {
    const out = join(dir, 'trend.csv');
    writeFileSync(out, 'old content\n');
    const r = await outlay([
      'forecast-series',
      '--from',
      join(dir, 'series.csv'),
      '--horizon',
      '12',
      '--out',
      out,
      '--method',
      'linear-trend',
    ]);
    expect(r.code).toBe(0);
    const it = readForecast(out).rows.filter((x) => x.id === 'it-costs');
    expectNear(
      it.map((x) => x.forecast),
      it36.tslm.mean,
    );
    expectNear(
      it.map((x) => x.lo95),
      it36.tslm.lo95,
    );
    expectNear(
      it.map((x) => x.hi95),
      it36.tslm.hi95,
    );
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('defaults to auto, and says so clearly when auto is not available yet', async () => {
    let autoAvailable = true;
    try {
      forecastSeries({ values: it36.values, frequency: 12 }, 1, 'auto');
    } catch (e) {
      if (e instanceof EngineInputError && e.field === 'method') autoAvailable = false;
    }
    const out = join(dir, 'auto.csv');
    const r = await outlay(['forecast-series', '--from', join(dir, 'series.csv'), '--horizon', '3', '--out', out]);
    if (autoAvailable) {
      expect(r.code).toBe(0);
      expect(readForecast(out).rows).toHaveLength(6);
    } else {
      expect(r.code).toBe(1);
      expect(oneLine(r.stderr)).toBe(
        'outlay: forecast method "auto" is not available in this version; use --method with one of naive, seasonal-naive, moving-average, linear-trend',
      );
      expect(existsSync(out)).toBe(false);
    }
  });

  it.each([
    [
      'a non-numeric value',
      'series_id,period,value\nA,2024-01,10\nA,2024-02,"12,5"\n',
      'row 3, column value: "12,5" is not a number (use \'.\' for decimals)',
    ],
    [
      'a missing column',
      'series_id,month,value\nA,2024-01,10\n',
      'row 1: missing column "period" (header must name series_id, period, value)',
    ],
    ['no data rows', 'series_id,period,value\n', 'no data rows after the header (no series to forecast)'],
    ['an empty series id', 'series_id,period,value\nA,1,10\n,2,11\n', 'row 3, column series_id: empty'],
    ['a gap', 'series_id,period,value\nA,1,10\nA,2,\n', 'row 3, column value: empty (series "A" cannot have a gap)'],
    [
      'periods out of order',
      'series_id,period,value\nA,2024-02,10\nA,2024-01,11\n',
      'row 3, column period: period "2024-01" comes after "2024-02" in series "A"; periods must be in order',
    ],
    ['a short row', 'series_id,period,value\nA,1\n', 'row 2: expected 3 fields as in the header, got 2'],
  ])('refuses %s with one line naming file, row and column, leaving the output untouched', async (_, csv, message) => {
    const file = join(dir, 'bad.csv');
    const out = join(dir, 'kept.csv');
    writeFileSync(file, csv);
    writeFileSync(out, 'previous forecast\n');
    const r = await outlay(['forecast-series', '--from', file, '--horizon', '3', '--out', out, '--method', 'naive']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`outlay: ${file}: ${message}`);
    expect(readFileSync(out, 'utf8')).toBe('previous forecast\n');
  });

  it('names the series a method cannot use', async () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, 'series_id,period,value\nsolo,1,10\n');
    const r = await outlay([
      'forecast-series',
      '--from',
      file,
      '--horizon',
      '3',
      '--out',
      join(dir, 'x.csv'),
      '--method',
      'naive',
    ]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`outlay: ${file}: series "solo": naive needs at least 2 observations, got 1`);
  });

  it('treats a wrong command line as a usage error (exit 2) and lists the command in help', async () => {
    const from = join(dir, 'series.csv');
    const noHorizon = await outlay(['forecast-series', '--from', from, '--out', join(dir, 'x.csv')]);
    expect(noHorizon.code).toBe(2);
    expect(noHorizon.stderr).toContain('missing --horizon H');
    const badMethod = await outlay([
      'forecast-series',
      '--from',
      from,
      '--horizon',
      '3',
      '--out',
      join(dir, 'x.csv'),
      '--method',
      'arima',
    ]);
    expect(badMethod.code).toBe(2);
    expect(badMethod.stderr).toContain('--method expects one of naive, seasonal-naive');
    expect((await outlay(['--help'])).stdout).toContain('forecast-series');
    expect((await outlay(['forecast-series', '--help'])).stdout).toMatch(
      /^Usage: outlay forecast-series --from SERIES\.csv/,
    );
  });

  it('shows progress for many series and writes nothing when cancelled with Ctrl+C', async () => {
    const file = join(dir, 'many.csv');
    const out = join(dir, 'many-forecast.csv');
    const lines = ['series_id,period,value'];
    for (let s = 0; s < 60_000; s++) {
      for (let t = 0; t < 48; t++) lines.push(`S${s},${t + 1},${100 + (s % 50) + ((t * 7) % 12)}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const child = start([
      'forecast-series',
      '--from',
      file,
      '--horizon',
      '12',
      '--out',
      out,
      '--method',
      'moving-average',
    ]);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Forecasting 60,000 series, 12 steps \(moving-average\)/, 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled; no forecast was written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('many-forecast'))).toEqual([]);
  }, 90_000);
  it('forecasts many series with auto on worker threads, exactly as one series at a time', async () => {
    const file = join(dir, 'pool.csv');
    const out = join(dir, 'pool-forecast.csv');
    const histories = Array.from({ length: 240 }, (_, s) =>
      Array.from(
        { length: 30 },
        (_, t) => 500 + 3 * s + 4 * t + 60 * Math.sin((2 * Math.PI * t) / 12) + ((t * 37 + s) % 11),
      ),
    );
    const lines = ['series_id,period,value'];
    histories.forEach((ys, s) => ys.forEach((v, t) => lines.push(`P${s},${month(t)},${v}`)));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await outlay(['forecast-series', '--from', file, '--horizon', '6', '--out', out]);
    expect(r.code).toBe(0);
    const { rows } = readForecast(out);
    expect(rows).toHaveLength(240 * 6);
    for (const s of [0, 1, 117, 239]) {
      const fc = forecastSeries({ values: histories[s]!, frequency: 12 }, 6, 'auto');
      const mine = rows.filter((row) => row.id === `P${s}`);
      expect(mine.map((row) => row.method)).toEqual(new Array(6).fill(fc.method));
      expectNear(
        mine.map((row) => row.forecast),
        fc.mean,
      );
      expectNear(
        mine.map((row) => row.hi95),
        fc.hi95,
      );
    }
  }, 60_000);

  it('stops the worker threads and writes nothing when cancelled with Ctrl+C during auto', async () => {
    const file = join(dir, 'many-auto.csv');
    const out = join(dir, 'many-auto-forecast.csv');
    const lines = ['series_id,period,value'];
    for (let s = 0; s < 20_000; s++) {
      for (let t = 0; t < 36; t++) lines.push(`A${s},${t + 1},${200 + (s % 70) + ((t * 5) % 12) * (1 + (s % 3))}`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const child = start(['forecast-series', '--from', file, '--horizon', '12', '--out', out]);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(child.stderr, /Forecasting 20,000 series, 12 steps \(auto\)/, 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/outlay: cancelled; no forecast was written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('many-auto-forecast'))).toEqual([]);
  }, 90_000);
});
