import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { AppError } from '../../src-shared/ipc/errors';
import { D } from '../../src-shared/money';
import { seedAllocationRun } from '../helpers/seed-allocation-run';
import { FIXED_NOW, seedBasics, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let s: WorkbookSession;
let vmId: string;
let inf: string;
let fin: string;

/** Usage per month and business unit, the data the independent calculations below use. */
const USAGE: Record<string, Record<'INF' | 'FIN', string>> = {
  '2026-01': { INF: '10', FIN: '20.5' },
  '2026-02': { INF: '12.25', FIN: '18' },
};
const COST: Record<string, string> = { '2026-01': '1000.00', '2026-02': '1234.57' };

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const round4 = (x: InstanceType<typeof D>) => x.toDecimalPlaces(4, D.ROUND_HALF_UP);
const totalUsage = Object.values(USAGE).reduce((a, m) => a.plus(m.INF).plus(m.FIN), new D(0));
const totalCost = Object.values(COST).reduce((a, c) => a.plus(c), new D(0));

beforeEach(async () => {
  tmp = tempDir();
  path = tmp.file('rates.outlay');
  s = createWorkbook(path, { now: FIXED_NOW });
  const b = await seedBasics(s);
  inf = b.departmentId;
  fin = (await s.call('dimensions/save', { kind: 'department', row: { code: 'FIN', name: 'Finance', owner: '' } })).id;
  vmId = (await s.call('rates/save-service', { code: 'VM', name: 'VMs', unit: 'vcpu-month', node: 'svc:SVC-HOST' })).id;
  const cells = Object.entries(USAGE).flatMap(([month, q]) => [
    { month, departmentId: inf, serviceId: vmId, quantity: q.INF },
    { month, departmentId: fin, serviceId: vmId, quantity: q.FIN },
  ]);
  await s.call('rates/set-usage', { cells });
  await s.call('rates/set-capacity', {
    cells: Object.keys(USAGE).map((month) => ({ serviceId: vmId, month, capacity: '40' })),
  });
  // A superseded run and a cash-basis run must not count; another node's cost neither.
  seedAllocationRun(path, '2026-01', [{ target: 'svc:SVC-HOST', amount: '999999' }]);
  for (const [month, amount] of Object.entries(COST)) {
    seedAllocationRun(path, month, [
      { target: 'svc:SVC-HOST', amount },
      { target: 'bu:INF', amount: '5000' },
    ]);
  }
  seedAllocationRun(path, '2026-01', [{ target: 'svc:SVC-HOST', amount: '1' }], 'billed');
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('rate proposals', () => {
  it('divides the pool of the current runs by the year’s usage at utilization', async () => {
    const sheet = await s.call('rates/propose-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    const line = sheet.lines[0]!;
    expect(line.cost).toBe(totalCost.toFixed());
    expect(line.usage).toBe(totalUsage.toFixed());
    expect(line.proposedRate).toBe(round4(totalCost.div(totalUsage)).toFixed());
  });

  it('divides by planned capacity at peak and adds the markup', async () => {
    const sheet = await s.call('rates/propose-card', { fiscalYear: 2026, basis: 'capacity', markupPct: '10' });
    expect(sheet.lines[0]!.volume).toBe('80');
    expect(sheet.lines[0]!.proposedRate).toBe(round4(totalCost.times('1.1').div(80)).toFixed());
  });

  it('prices with the cash-basis runs when asked', async () => {
    const sheet = await s.call('rates/propose-card', {
      fiscalYear: 2026,
      basis: 'utilization',
      markupPct: '0',
      measure: 'billed',
    });
    expect(sheet.lines[0]!.cost).toBe('1');
  });

  it('shows the recovery effect of a what-if rate without writing anything', async () => {
    const seq = (await s.call('journal/get-undo-state', {})) as unknown;
    const sheet = await s.call('rates/what-if', {
      fiscalYear: 2026,
      basis: 'utilization',
      markupPct: '0',
      rates: { [vmId]: '40.1234' },
    });
    const expected = Object.values(USAGE)
      .flatMap((m) => [m.INF, m.FIN])
      .reduce((a, q) => a.plus(new D(q).times('40.1234').toDecimalPlaces(2, D.ROUND_HALF_UP)), new D(0));
    expect(sheet.lines[0]!.rate).toBe('40.1234');
    expect(sheet.lines[0]!.recovered).toBe(expected.toFixed());
    expect(sheet.totals.variance).toBe(expected.minus(totalCost).toFixed());
    expect(await s.call('journal/get-undo-state', {})).toEqual(seq);
  });

  it('refuses a markup of -100 % or less naming the field', async () => {
    const e = await refusal(() =>
      s.call('rates/propose-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '-100' }),
    );
    expect(e.details).toMatchObject({ field: 'markupPct' });
  });
});

describe('rate cards and recovery', () => {
  it('reports recovery per month exact to the cent, from the invoice-rounded business-unit amounts', async () => {
    const { id } = await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    await s.call('rates/save-draft', {
      cardId: id,
      basis: 'utilization',
      markupPct: '0',
      rates: { [vmId]: '36.9351' },
    });
    await s.call('rates/publish-card', { cardId: id });
    const report = await s.call('rates/recovery', { fiscalYear: 2026 });
    expect(report.card?.id).toBe(id);
    for (const [month, q] of Object.entries(USAGE)) {
      const recovered = [q.INF, q.FIN].reduce(
        (a, v) => a.plus(new D(v).times('36.9351').toDecimalPlaces(2, D.ROUND_HALF_UP)),
        new D(0),
      );
      const row = report.rows.find((r) => r.month === month)!;
      expect(row.recovered).toBe(recovered.toFixed());
      expect(row.variance).toBe(recovered.minus(COST[month]!).toFixed());
    }
    const sum = report.rows.reduce((a, r) => a.plus(r.recovered), new D(0));
    expect(report.total.recovered).toBe(sum.toFixed());
    expect(report.total.cost).toBe(totalCost.toFixed());
    // A month without a current allocation run has no known cost: it is left out, not compared with 0.
    expect(report.months).toEqual(['2026-01', '2026-02']);
    expect(report.notAllocated).toContain('2026-03');
    expect(report.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
  });

  it('never edits a published card; a new version supersedes it for the year', async () => {
    const v1 = await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    await s.call('rates/publish-card', { cardId: v1.id });
    const edit = await refusal(() =>
      s.call('rates/save-draft', { cardId: v1.id, basis: 'capacity', markupPct: '5', rates: {} }),
    );
    expect(edit.code).toBe('conflict');
    expect((await refusal(() => s.call('rates/publish-card', { cardId: v1.id }))).code).toBe('conflict');
    expect((await refusal(() => s.call('rates/delete-draft', { cardId: v1.id }))).code).toBe('conflict');
    const v2 = await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'capacity', markupPct: '5' });
    expect(v2.version).toBe(2);
    expect((await s.call('rates/recovery', { fiscalYear: 2026 })).card?.id).toBe(v1.id);
    await s.call('rates/publish-card', { cardId: v2.id });
    const cards = await s.call('rates/list-cards', { fiscalYear: 2026 });
    expect(cards.map((c) => [c.version, c.status, c.current])).toEqual([
      [2, 'published', true],
      [1, 'published', false],
    ]);
    const detail = await s.call('rates/get-card', { cardId: v2.id });
    expect(detail.lines[0]!.rate).toBe(round4(totalCost.times('1.05').div(80)).toFixed());
  });

  it('compares a what-if with the card in force: its rate and what the business would pay more', async () => {
    const v1 = await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    await s.call('rates/save-draft', { cardId: v1.id, basis: 'utilization', markupPct: '0', rates: { [vmId]: '30' } });
    await s.call('rates/publish-card', { cardId: v1.id });
    const sheet = await s.call('rates/what-if', {
      fiscalYear: 2026,
      basis: 'utilization',
      markupPct: '0',
      rates: { [vmId]: '30.015' },
    });
    const quantities = Object.values(USAGE).flatMap((m) => [m.INF, m.FIN]);
    const at = (rate: string) =>
      quantities.reduce((a, q) => a.plus(new D(q).times(rate).toDecimalPlaces(2, D.ROUND_HALF_UP)), new D(0));
    expect(sheet.lines[0]).toMatchObject({
      inForceRate: '30',
      change: at('30.015').minus(at('30')).toFixed(),
    });
  });

  it('undoes a draft and its entries as one step', async () => {
    await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    expect(await s.call('rates/list-cards', {})).toHaveLength(1);
    await s.call('journal/undo', {});
    expect(await s.call('rates/list-cards', {})).toEqual([]);
  });

  it('refuses to delete a service a card prices', async () => {
    await s.call('rates/draft-card', { fiscalYear: 2026, basis: 'utilization', markupPct: '0' });
    const e = await refusal(() => s.call('rates/delete-service', { id: vmId }));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('VM');
  });
});
