import { z } from 'zod';
import type {
  Account,
  BudgetGrid,
  BudgetGridLine,
  CostCenter,
  Currency,
  Department,
  FiscalPeriod,
  JournalEntry,
  Scenario,
  ScenarioCompare,
  Service,
  TaxonomyEntry,
  Vendor,
  WorkbookSettings,
} from '../model';
import type { Money } from '../money/money';
import type { Result } from './result';
import { accountingContract } from './accounting-contract';
import { budgetAccountingContract } from './budget-accounting-contract';
import { forecastContract } from './forecast-contract';
import { tcoContract } from './tco-contract';
import { forecastInputsContract } from './forecast-inputs-contract';
import { driversContract } from './drivers-contract';
import { postingContract } from './posting-contract';
import { postForecastContract } from './post-forecast-contract';
import { excelExportContract } from './excel-export-contract';
import { importChangesContract } from './import-changes-contract';
import { mappedImportContract } from './mapped-import-contract';
import { filesContract } from './files-contract';
import { billingImportContract } from './billing-import-contract';
import { cloudCostsContract } from './cloud-costs-contract';
import { allocationContract } from './allocation-contract';
import { ratesContract } from './rates-contract';
import { chargebackContract } from './chargeback-contract';

import {
  zCell,
  zDimensionKind,
  zDimensionRow,
  zFiscalYear,
  zId,
  zLineFields,
  zSettingsPatch,
  zSpread,
} from './schemas';

export interface WorkbookInfo {
  path: string;
  schemaVersion: number;
  settings: WorkbookSettings;
  counts: Record<string, number>;
  /**
   * Exact totals per scenario and fiscal year. `total` sums the lines in the base currency;
   * lines in other currencies (no FX rates yet) are summed per currency in `byCurrency`,
   * which is present only when a scenario-year has lines in more than one currency.
   */
  totals: {
    scenarioId: string;
    scenarioName: string;
    fiscalYear: number;
    total: Money;
    byCurrency?: Record<string, Money>;
  }[];
  /** Fiscal years that have budget or actuals, ascending. */
  fiscalYears: number[];
  currentFiscalYear: number;
}

export interface Dimensions {
  departments: Department[];
  costCenters: CostCenter[];
  services: Service[];
  accounts: Account[];
  vendors: Vendor[];
  towers: TaxonomyEntry[];
  costPools: TaxonomyEntry[];
  currencies: Currency[];
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** Journal position; changes whenever the workbook changes. */
  seq: number;
}

/** What a write returns: the journal seq it created and the lines it touched. */
export interface LinesChanged {
  seq: number;
  lines: BudgetGridLine[];
  removedIds: string[];
}

/**
 * The one request map. Each channel: a zod schema for its single argument object
 * and (as a phantom type) its result. Electron IPC, the browser bridge and the CLI
 * all go through this map.
 */
export const contract = {
  'workbook/get-info': { input: z.object({}), output: null as unknown as WorkbookInfo },
  'workbook/update-settings': {
    input: z.object({ patch: zSettingsPatch }),
    output: null as unknown as WorkbookSettings,
  },
  'workbook/list-periods': {
    input: z.object({ fiscalYear: zFiscalYear }),
    output: null as unknown as FiscalPeriod[],
  },

  'dimensions/get-all': { input: z.object({}), output: null as unknown as Dimensions },
  'dimensions/save': { input: zDimensionRow, output: null as unknown as { seq: number; id: string } },
  'dimensions/delete': {
    input: z.object({ kind: zDimensionKind, id: zId }),
    output: null as unknown as { seq: number },
  },

  'scenario/list': { input: z.object({}), output: null as unknown as Scenario[] },
  'scenario/create': {
    input: z.object({ name: z.string().trim().min(1).max(100), fromScenarioId: zId }),
    output: null as unknown as { seq: number; scenario: Scenario },
  },
  'scenario/rename': {
    input: z.object({ id: zId, name: z.string().trim().min(1).max(100) }),
    output: null as unknown as { seq: number },
  },
  'scenario/delete': { input: z.object({ id: zId }), output: null as unknown as { seq: number } },
  'scenario/compare': {
    input: z.object({ scenarioA: zId, scenarioB: zId, fiscalYear: zFiscalYear }),
    output: null as unknown as ScenarioCompare,
  },

  'budget/get-grid': {
    input: z.object({ scenarioId: zId, fiscalYear: zFiscalYear }),
    output: null as unknown as BudgetGrid,
  },
  'budget/add-line': {
    input: z.object({ scenarioId: zId, fiscalYear: zFiscalYear, fields: zLineFields }),
    output: null as unknown as LinesChanged,
  },
  'budget/update-line': {
    input: z.object({ lineId: zId, fiscalYear: zFiscalYear, patch: zLineFields.partial() }),
    output: null as unknown as LinesChanged,
  },
  'budget/duplicate-lines': {
    input: z.object({ lineIds: z.array(zId).min(1), fiscalYear: zFiscalYear }),
    output: null as unknown as LinesChanged,
  },
  'budget/delete-lines': {
    input: z.object({ lineIds: z.array(zId).min(1), fiscalYear: zFiscalYear }),
    output: null as unknown as LinesChanged,
  },
  /** Edit one cell or paste a block: all cells in one command. */
  'budget/set-cells': {
    input: z.object({ fiscalYear: zFiscalYear, cells: z.array(zCell).min(1).max(100_000) }),
    output: null as unknown as LinesChanged,
  },
  'budget/spread-line': {
    input: z.object({ lineId: zId, fiscalYear: zFiscalYear, spread: zSpread }),
    output: null as unknown as LinesChanged,
  },

  /** Newest first; each entry has changeCount and tables, and its changes only when withChanges. */
  'journal/list': {
    input: z.object({
      limit: z.number().int().min(1).max(1000).default(50),
      beforeSeq: z.number().int().optional(),
      withChanges: z.boolean().default(false),
    }),
    output: null as unknown as JournalEntry[],
  },
  /** One entry with all its row changes; 'not-found' for an unknown seq. */
  'journal/get-entry': { input: z.object({ seq: z.number().int().min(1) }), output: null as unknown as JournalEntry },
  'journal/get-undo-state': { input: z.object({}), output: null as unknown as UndoState },
  'journal/undo': { input: z.object({}), output: null as unknown as UndoState },
  'journal/redo': { input: z.object({}), output: null as unknown as UndoState },

  ...accountingContract,
  ...budgetAccountingContract,
  ...forecastContract,
  ...tcoContract,
  ...forecastInputsContract,
  ...driversContract,
  ...postingContract,
  ...postForecastContract,
  ...excelExportContract,
  ...importChangesContract,
  ...mappedImportContract,
  ...filesContract,
  ...billingImportContract,
  ...cloudCostsContract,
  ...allocationContract,
  ...ratesContract,
  ...chargebackContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

/**
 * What a page may send along with a call: plain data and a callback, so it crosses
 * Electron's contextBridge as well as the WebSocket bridge (an AbortSignal would not).
 */
export interface TransportCallOptions {
  /** Progress of a long call, in order, before its result. */
  onProgress?: (p: Progress) => void;
  /** Names the call so `cancel(callId)` can stop it; unique among this page's calls in flight. */
  callId?: string;
}

/** What window.outlay looks like to the renderer. */
export type OutlayApi = {
  call<C extends Channel>(
    channel: C,
    args: ChannelInput<C>,
    opts?: TransportCallOptions,
  ): Promise<Result<ChannelOutput<C>>>;
  /**
   * Ask main to stop the call started with this `callId`: its handler sees an aborted
   * signal and the call answers 'cancelled' (or its result, if it had already finished).
   * An unknown or finished id is ignored.
   */
  cancel(callId: string): void;
  on(event: 'workbook/changed', listener: (e: WorkbookChangedEvent) => void): () => void;
};

/** Main → renderer: the workbook changed (by this window, another window, the CLI or undo). */
export interface WorkbookChangedEvent {
  seq: number;
  command: string;
  /** Tables touched by the change, so views reload only what they show. */
  tables: string[];
}

/** How far a long call has got: `done` of `total` steps, and what it is doing. */
export interface Progress {
  done: number;
  total: number;
  label?: string;
}

/** What an in-process caller may pass with a call: progress reports and a way to stop it. */
export interface CallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/**
 * What a handler gets besides its arguments: report progress, and see whether the caller
 * has stopped the run (then throw AppError 'cancelled', having written nothing).
 */
export interface RunContext {
  progress(done: number, total: number, label?: string): void;
  readonly signal: AbortSignal | undefined;
}

/** Main-process handlers satisfy this: one function per channel, already validated args. */
export type Handlers = {
  [C in Channel]: (args: ChannelArgs<C>, run: RunContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export const CHANNELS = Object.keys(contract) as Channel[];
