import type { Money } from '../money/money';
import type { MonthKey } from '../calendar/fiscal';

/** Ids are opaque strings (UUIDs), stable for the life of a workbook, and across Excel round trips. */
export type Id = string;

export type ExpenseType = 'CapEx' | 'OpEx';
export const EXPENSE_TYPES = ['CapEx', 'OpEx'] as const;

export type FiscalCalendarKind = 'calendar-months';

export interface WorkbookSettings {
  name: string;
  baseCurrency: string;
  /** 1 = January … 12 = December. */
  fyStartMonth: number;
  fiscalCalendar: FiscalCalendarKind;
  /** Name written as actor on every journal entry. */
  userName: string;
}

export interface FiscalPeriod {
  fiscalYear: number;
  /** 1-based period inside the fiscal year. */
  period: number;
  month: MonthKey;
  startDate: string;
  endDate: string;
}

export interface Currency {
  code: string;
  name: string;
  minorUnits: number;
}

export interface Department {
  id: Id;
  code: string;
  name: string;
  owner: string;
}

export interface CostCenter {
  id: Id;
  code: string;
  name: string;
  departmentId: Id;
  /** Parent cost center for roll-ups; null at the top of a department. */
  parentId: Id | null;
  owner: string;
}

/** TBM taxonomy entries (cost pools and towers); shipped with TBM v4 defaults. */
export interface TaxonomyEntry {
  id: Id;
  code: string;
  name: string;
}

export interface Service {
  id: Id;
  code: string;
  name: string;
  towerId: Id;
  costPoolId: Id;
  owner: string;
}

export interface Account {
  id: Id;
  code: string;
  name: string;
  expenseType: ExpenseType;
}

export interface Vendor {
  id: Id;
  code: string;
  name: string;
}

export type ScenarioKind = 'baseline' | 'what-if';

export interface Scenario {
  id: Id;
  name: string;
  kind: ScenarioKind;
  copiedFromId: Id | null;
  createdAt: string;
}

/** The dimensions and descriptive fields of a budget line (everything but its amounts). */
export interface BudgetLineFields {
  costCenterId: Id;
  serviceId: Id;
  accountId: Id;
  vendorId: Id | null;
  currency: string;
  expenseType: ExpenseType;
  description: string;
}

export interface BudgetLine extends BudgetLineFields {
  id: Id;
  scenarioId: Id;
}

export interface Actual {
  id: Id;
  month: MonthKey;
  costCenterId: Id;
  serviceId: Id;
  accountId: Id;
  vendorId: Id | null;
  amount: Money;
  currency: string;
  source: string;
  reference: string;
}

export interface JournalEntry {
  seq: number;
  actor: string;
  at: string;
  command: string;
  /** Human summary: "Edit 3 cells", "Undo: Delete 2 lines". */
  label: string;
  payload: unknown;
  /**
   * Row images before and after, per table; what undo and the audit trail read.
   * Empty in a journal/list answer unless asked `withChanges` (a copy of a large scenario
   * holds hundreds of thousands); journal/get-entry always fills it.
   */
  changes: RowChange[];
  kind: 'do' | 'undo' | 'redo';
  /** For undo/redo rows: the seq of the command they reverse or re-apply. */
  targetSeq: number | null;
  /** How many row changes the entry holds (whether or not `changes` is filled). */
  changeCount?: number;
  /** Tables the entry touched, in first-touched order. */
  tables?: string[];
}

export interface RowChange {
  table: string;
  key: Record<string, string | number>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
