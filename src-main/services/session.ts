import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  CallOptions,
  Channel,
  ChannelInput,
  ChannelOutput,
  WorkbookChangedEvent,
} from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { fail, type Result } from '../../src-shared/ipc/result';
import { orm, type Sqlite } from '../db/client';
import { RowWriter } from '../db/row-writer';
import { createDispatcher, type Dispatch } from '../ipc/router';
import { BudgetRepo } from '../repo/budget-repo';
import { JournalRepo } from '../repo/journal-repo';
import type { WorkbookContext } from './context';
import { createHandlers } from './handlers';
import { History } from './journal';
import type { WorkbookSession } from './session-api';

/** The shared state of the handlers of one connection. */
export function createContext(
  path: string,
  db: Sqlite,
  now: () => Date,
  emit: (e: WorkbookChangedEvent) => void,
): WorkbookContext {
  const journal = new JournalRepo(db);
  const history = new History(journal);
  history.sync();
  return { path, db, orm: orm(db), writer: new RowWriter(db), budget: new BudgetRepo(db), journal, history, now, emit };
}

/** One open workbook: its connection, handlers and listeners. Created by openWorkbook. */
export class Session implements WorkbookSession {
  private readonly listeners = new Set<(e: WorkbookChangedEvent) => void>();
  private readonly inner: Dispatch;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly db: Sqlite,
    now: () => Date,
  ) {
    this.inner = createDispatcher(createHandlers(createContext(path, db, now, (e) => this.emit(e))));
  }

  private emit(e: WorkbookChangedEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        console.error('[outlay] a workbook/changed listener failed', err);
      }
    }
  }

  dispatch(channel: string, args: unknown, opts?: CallOptions): Promise<Result<unknown>> {
    if (this.closed) {
      return Promise.resolve(fail({ code: 'no-workbook', message: `The workbook "${this.path}" is closed.` }));
    }
    return this.inner(channel, args, opts);
  }

  async call<C extends Channel>(channel: C, args: ChannelInput<C>, opts?: CallOptions): Promise<ChannelOutput<C>> {
    const r = await this.dispatch(channel, args, opts);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
    return r.value as ChannelOutput<C>;
  }

  onChanged(listener: (e: WorkbookChangedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  saveCopyAs(path: string): void {
    if (this.closed) throw new AppError('no-workbook', `The workbook "${this.path}" is closed.`);
    const target = resolve(path);
    if (existsSync(target))
      throw new AppError('conflict', `"${target}" already exists; choose another name.`, { file: target });
    this.db.prepare('VACUUM INTO ?').run(target);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    this.db.close();
  }
}
