import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeTco, type TcoCategory } from '../../src-main/engine/tco';
import {
  accountingWorkbook,
  closeFixture,
  refused,
  sumMoney,
  type AccountingFixture,
} from './helpers/accounting-fixture';
import { smallTcoModel } from './helpers/tco-model';
import { dumpState } from './helpers/workbook-fixture';

let f: AccountingFixture;
let modelId: string;
let capexAccount: string;
beforeEach(async () => {
  f = await accountingWorkbook('post-tco.outlay');
  modelId = (await f.s.call('tco/save', { name: 'Hosting', model: smallTcoModel() })).id;
  capexAccount = (
    await f.s.call('dimensions/save', { kind: 'account', row: { code: '1700', name: 'Servers', expenseType: 'CapEx' } })
  ).id;
});
afterEach(() => closeFixture(f));

const target = (over: Record<string, unknown> = {}) => ({
  modelId,
  alternativeId: 'dc',
  scenarioId: f.b.scenarioId,
  view: 'cash' as const,
  costCenterId: f.b.costCenterId,
  serviceId: f.b.serviceId,
  accountIdOpex: f.b.accountId,
  accountIdCapex: capexAccount,
  dryRun: false,
  ...over,
});

interface LineRow {
  id: string;
  description: string;
  expense_type: string;
  account_id: string;
  currency: string;
}
interface AmountRow {
  line_id: string;
  month: string;
  amount: string;
}
interface SourceRow {
  line_id: string;
  kind: string;
  ref: string;
  detail: string;
}
const stateOf = () => {
  const d = dumpState(f.path);
  return {
    lines: d.budget_lines as LineRow[],
    amounts: d.budget_amounts as AmountRow[],
    sources: d.budget_line_sources as SourceRow[],
  };
};

/** The amounts stored for a line, month → amount. */
const amountsOf = (amounts: AmountRow[], lineId: string) =>
  Object.fromEntries(amounts.filter((a) => a.line_id === lineId).map((a) => [a.month, a.amount]));

/** The engine's line of a category, month → amount, zeros left out as the budget stores them. */
function engineLine(view: 'cash' | 'pnl', category: TcoCategory, from = 0) {
  const r = computeTco(smallTcoModel());
  const line = r.alternatives[0]![view].byCategory[category]!;
  return Object.fromEntries(
    r.months.map((m, i) => [m, line[i]!] as const).filter(([, a], i) => i >= from && a !== '0'),
  );
}

describe('posting a TCO alternative into a scenario', () => {
  it('previews the lines of a dry run without writing anything', async () => {
    const preview = (await refusedOrNot(target({ dryRun: true })))!;
    expect(preview.seq).toBeNull();
    expect(preview.lines.map((l) => l.category)).toEqual(['hardware', 'maintenance', 'power', 'space', 'staff']);
    expect(preview.lines.every((l) => l.lineId === null)).toBe(true);
  });

  it('creates one line per category as one undoable command, each tagged with its source, totals reconciling to the cent', async () => {
    const before = dumpState(f.path);
    const seq0 = (await f.s.call('journal/get-undo-state', {})).seq;
    const posting = await f.s.call('posting/post-tco', target());
    expect(posting.seq).toBe(seq0 + 1);
    expect((await f.s.call('journal/get-undo-state', {})).undoLabel).toBe(
      'Post TCO "Hosting" · Own servers (cash) to the budget',
    );
    const { lines, amounts, sources } = stateOf();
    const posted = lines.filter((l) => l.description.startsWith('TCO '));
    expect(posted.map((l) => [l.description, l.expense_type, l.account_id, l.currency])).toEqual([
      ['TCO Hosting · Own servers · Hardware', 'CapEx', capexAccount, 'USD'],
      ['TCO Hosting · Own servers · Maintenance', 'OpEx', f.b.accountId, 'USD'],
      ['TCO Hosting · Own servers · Power', 'OpEx', f.b.accountId, 'USD'],
      ['TCO Hosting · Own servers · Space', 'OpEx', f.b.accountId, 'USD'],
      ['TCO Hosting · Own servers · Staff', 'OpEx', f.b.accountId, 'USD'],
    ]);
    expect(sources.map((s) => [s.kind, s.ref, s.detail]).sort()).toEqual(
      ['hardware', 'maintenance', 'power', 'space', 'staff'].map((c) => ['tco', `${modelId}/dc`, `cash:${c}`]),
    );
    const staff = posted.find((l) => l.description.endsWith('Staff'))!;
    expect(amountsOf(amounts, staff.id)).toEqual(engineLine('cash', 'staff'));
    const engineTotal = computeTco(smallTcoModel()).alternatives[0]!.totalCash;
    expect(sumMoney(amounts.filter((a) => posted.some((l) => l.id === a.line_id)).map((a) => a.amount))).toBe(
      engineTotal,
    );
    expect(posting.total).toBe(engineTotal);

    await f.s.call('journal/undo', {});
    expect(dumpState(f.path)).toEqual(before);
  });

  it('replaces the amounts of the lines an earlier posting of the same alternative made instead of adding lines', async () => {
    const first = await f.s.call('posting/post-tco', target());
    const afterFirst = dumpState(f.path);
    const second = await f.s.call('posting/post-tco', target({ view: 'pnl', fromMonth: '2027-01' }));
    const { lines, amounts, sources } = stateOf();
    // Hardware (cash only) goes; depreciation (P&L only) comes; the shared categories keep their lines.
    const kept = first.lines.filter((l) => l.category !== 'hardware').map((l) => l.lineId);
    expect(second.lines.filter((l) => l.category !== 'depreciation').map((l) => l.lineId)).toEqual(kept);
    expect(second.removedLineIds).toEqual([first.lines[0]!.lineId]);
    expect(lines.filter((l) => l.description.startsWith('TCO '))).toHaveLength(5);
    expect(sources).toHaveLength(5);
    const staffId = second.lines.find((l) => l.category === 'staff')!.lineId!;
    expect(amountsOf(amounts, staffId)).toEqual(engineLine('pnl', 'staff', 6));
    const r = computeTco(smallTcoModel()).alternatives[0]!;
    const postedIds = new Set(second.lines.map((l) => l.lineId));
    expect(sumMoney(amounts.filter((a) => postedIds.has(a.line_id)).map((a) => a.amount))).toBe(
      sumMoney(r.pnl.total.slice(6)),
    );

    await f.s.call('journal/undo', {});
    expect(dumpState(f.path)).toEqual(afterFirst);
  });

  it('refuses an unknown alternative or a month outside the model, naming the field and writing nothing', async () => {
    expect((await refused(f, 'posting/post-tco', target({ alternativeId: 'nope' }))).details).toMatchObject({
      field: 'alternativeId',
    });
    expect((await refused(f, 'posting/post-tco', target({ fromMonth: '2031-01' }))).details).toMatchObject({
      field: 'fromMonth',
    });
    expect((await refused(f, 'posting/post-tco', target({ costCenterId: 'x' }))).details).toMatchObject({
      field: 'costCenterId',
    });
  });
});

async function refusedOrNot(args: ReturnType<typeof target>) {
  const before = dumpState(f.path);
  const r = await f.s.call('posting/post-tco', args);
  expect(dumpState(f.path)).toEqual(before);
  return r;
}
