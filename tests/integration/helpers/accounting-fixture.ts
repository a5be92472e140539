import { expect } from 'vitest';
import type { Channel, ChannelInput } from '../../../src-shared/ipc/contract';
import type { AppErrorShape } from '../../../src-shared/ipc/result';
import { createWorkbook, type WorkbookSession } from '../../../src-main/services';
import { dumpState, FIXED_NOW, seedBasics, tempDir, type Basics } from './workbook-fixture';

export interface AccountingFixture {
  tmp: ReturnType<typeof tempDir>;
  path: string;
  s: WorkbookSession;
  b: Basics;
}

/** A new workbook in USD with a July fiscal year (FY2027 = Jul 2026 – Jun 2027) and one of each dimension. */
export async function accountingWorkbook(name = 'accounting.outlay'): Promise<AccountingFixture> {
  const tmp = tempDir();
  const path = tmp.file(name);
  const s = createWorkbook(path, { now: FIXED_NOW, fyStartMonth: 7, userName: 'ann' });
  const b = await seedBasics(s);
  return { tmp, path, s, b };
}

export function closeFixture(f: AccountingFixture): void {
  f.s.close();
  f.tmp.remove();
}

/**
 * Call a channel that must be refused: returns the error, after checking that no table
 * changed and no journal entry was added.
 */
export async function refused<C extends Channel>(
  f: AccountingFixture,
  channel: C,
  args: ChannelInput<C>,
): Promise<AppErrorShape> {
  const before = dumpState(f.path);
  const seq = (await f.s.call('journal/get-undo-state', {})).seq;
  const r = await f.s.dispatch(channel, args);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(dumpState(f.path)).toEqual(before);
  expect((await f.s.call('journal/get-undo-state', {})).seq).toBe(seq);
  return (r as { ok: false; error: AppErrorShape }).error;
}

/** Σ of decimal strings, exactly (as a canonical string). */
export { sumMoney } from '../../../src-shared/money';
