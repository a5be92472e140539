import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { createDispatcher } from '../../src-main/ipc/router';
import { createWorkbook, type WorkbookSession } from '../../src-main/services';
import { FIXED_NOW, tempDir } from './helpers/workbook-fixture';

let tmp: ReturnType<typeof tempDir>;
let s: WorkbookSession;
beforeEach(() => {
  tmp = tempDir();
  s = createWorkbook(tmp.file('router.outlay'), { now: FIXED_NOW });
});
afterEach(() => {
  s.close();
  tmp.remove();
});

describe('the dispatcher', () => {
  it('rejects an unknown channel as a bad request', async () => {
    expect(await s.dispatch('budget/drop-tables', {})).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'Unknown channel "budget/drop-tables".',
        details: { channel: 'budget/drop-tables' },
      },
    });
    expect(await s.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('rejects invalid arguments with every zod issue and its field path', async () => {
    const r = await s.dispatch('budget/set-cells', {
      fiscalYear: 'next',
      cells: [{ lineId: 'x', month: '2026-13', amount: 12 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-request');
    expect(r.error.message).toMatch(/^Invalid arguments for budget\/set-cells: fiscalYear: /);
    const paths = (r.error.details!.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['fiscalYear', 'cells.0.month', 'cells.0.amount']));
  });

  it('maps an AppError to its code and anything else to internal, without throwing', async () => {
    const logged: unknown[] = [];
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => ({ channel: c })])) as unknown as Handlers;
    handlers['scenario/list'] = () => {
      throw new AppError('conflict', 'stale', { field: 'x' });
    };
    handlers['journal/undo'] = () => {
      throw new TypeError('boom');
    };
    const dispatch = createDispatcher(handlers, { log: (_m, e) => logged.push(e) });
    expect(await dispatch('workbook/get-info', {})).toEqual({ ok: true, value: { channel: 'workbook/get-info' } });
    expect(await dispatch('scenario/list', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'stale', details: { field: 'x' } },
    });
    expect(await dispatch('journal/undo', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') },
    });
    expect(logged).toHaveLength(1);
  });

  it('applies schema defaults before the handler runs', async () => {
    const r = await s.dispatch('journal/list', {});
    expect(r).toMatchObject({ ok: true, value: [{ command: 'workbook/create' }] });
  });

  it('throws the AppError from call and answers no-workbook after close', async () => {
    await expect(s.call('scenario/delete', { id: 'nope' })).rejects.toBeInstanceOf(AppError);
    s.close();
    expect(await s.dispatch('scenario/list', {})).toMatchObject({ ok: false, error: { code: 'no-workbook' } });
  });

  it('answers every channel of the contract', async () => {
    const unknownChannel = (await Promise.all(CHANNELS.map((c) => s.dispatch(c, {})))).filter(
      (r) => !r.ok && r.error.message.startsWith('Unknown channel'),
    );
    expect(unknownChannel).toEqual([]);
  });
});

describe('saving a copy', () => {
  it('writes a consistent workbook elsewhere that opens with the same content', async () => {
    const copy = tmp.file('copy.outlay');
    s.saveCopyAs(copy);
    const { openWorkbook } = await import('../../src-main/services');
    const c = openWorkbook(copy, { now: FIXED_NOW });
    expect((await c.call('workbook/get-info', {})).counts).toEqual((await s.call('workbook/get-info', {})).counts);
    c.close();
    expect(() => s.saveCopyAs(copy)).toThrow(/already exists/);
  });
});
