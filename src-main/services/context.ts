import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import type { WorkbookSettings } from '../../src-shared/model';
import type { Orm, Sqlite } from '../db/client';
import type { RowWriter } from '../db/row-writer';
import type { BudgetRepo } from '../repo/budget-repo';
import type { JournalRepo } from '../repo/journal-repo';
import { readSettings } from '../repo/settings-repo';
import type { History } from './journal';

/** Everything the handlers of one open workbook share. */
export interface WorkbookContext {
  readonly path: string;
  readonly db: Sqlite;
  readonly orm: Orm;
  readonly writer: RowWriter;
  readonly budget: BudgetRepo;
  readonly journal: JournalRepo;
  readonly history: History;
  /** The clock (injectable for tests and the CLI). */
  now(): Date;
  emit(e: WorkbookChangedEvent): void;
}

export function currentSettings(ctx: WorkbookContext): WorkbookSettings {
  return readSettings(ctx.orm);
}

/** Local calendar date "YYYY-MM-DD" of a Date (the planner's "today"). */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
