import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { checkCodeFormat, checkCodeUnique } from '../../src-shared/validation/codes';
import type { Row } from '../db/row-writer';
import type { TrackedTable } from '../db/table-meta';
import {
  codesOf,
  DIMENSION_TABLES,
  listAccounts,
  listCostCenters,
  listCostPools,
  listDepartments,
  listServices,
  listTowers,
  listVendors,
  referencesTo,
  type DimensionKind,
} from '../repo/dimensions-repo';
import { accountRow, costCenterRow, departmentRow, serviceRow, vendorRow } from '../repo/rows';
import { listCurrencies } from '../repo/settings-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { requireRef } from './validate';
import { renameNodeReferences } from './node-rename';
import type { NodeKind } from '../../src-shared/model/allocation-nodes';

/** Dimensions that are allocation nodes, by their node kind. */
const NODE_KINDS: Partial<Record<DimensionKind, NodeKind>> = { department: 'bu', 'cost-center': 'cc', service: 'svc' };

type DimensionHandlers = Pick<Handlers, 'dimensions/get-all' | 'dimensions/save' | 'dimensions/delete'>;
type SaveArgs = Parameters<Handlers['dimensions/save']>[0];

/** Check a dimension row's code (format, case-insensitive uniqueness) and references. */
function validateRow(ctx: WorkbookContext, args: SaveArgs, id: string): void {
  const { table, what } = DIMENSION_TABLES[args.kind];
  const { row } = args;
  const format = checkCodeFormat(row.code, `${what} code`);
  if (format) throw new AppError('validation', format.message, { field: 'row.code', code: row.code });
  const clash = checkCodeUnique(row.code, codesOf(ctx.db, table), id, `${what} code`);
  if (clash) throw new AppError('conflict', clash.message, { field: 'row.code', code: row.code });
  if (row.name.trim() === '') throw new AppError('validation', `${what} name is empty.`, { field: 'row.name' });
  if (args.kind === 'cost-center') {
    requireRef(ctx, 'departments', args.row.departmentId, 'row.departmentId', 'department');
    if (args.row.parentId !== null) {
      requireRef(ctx, 'cost_centers', args.row.parentId, 'row.parentId', 'cost center');
      checkNoCycle(ctx, id, args.row.parentId);
    }
  } else if (args.kind === 'service') {
    requireRef(ctx, 'towers', args.row.towerId, 'row.towerId', 'tower');
    requireRef(ctx, 'cost_pools', args.row.costPoolId, 'row.costPoolId', 'cost pool');
  }
}

/** A cost center may not become its own ancestor. */
function checkNoCycle(ctx: WorkbookContext, id: string, parentId: string): void {
  const parentOf = ctx.db.prepare('SELECT parent_id FROM cost_centers WHERE id = ?').pluck();
  const seen = new Set<string>();
  for (let p: string | null = parentId; p !== null; p = (parentOf.get(p) as string | null | undefined) ?? null) {
    if (p === id || seen.has(p)) {
      throw new AppError(
        'validation',
        'row.parentId: a cost center cannot be placed under itself or its own children.',
        {
          field: 'row.parentId',
        },
      );
    }
    seen.add(p);
  }
}

function toRow(args: SaveArgs, id: string): Row {
  switch (args.kind) {
    case 'department':
      return departmentRow({ ...args.row, id });
    case 'cost-center':
      return costCenterRow({ ...args.row, id });
    case 'service':
      return serviceRow({ ...args.row, id });
    case 'account':
      return accountRow({ ...args.row, id });
    case 'vendor':
      return vendorRow({ ...args.row, id });
  }
}

function describeReferences(refs: { table: string; count: number }[]): string {
  const words: Record<string, [string, string]> = {
    budget_lines: ['budget line', 'budget lines'],
    actuals: ['actual', 'actuals'],
    cost_centers: ['cost center', 'cost centers'],
    assets: ['asset', 'assets'],
    contracts: ['contract', 'contracts'],
    cost_items: ['invoice or purchase', 'invoices and purchases'],
    service_usage: ['service usage figure', 'service usage figures'],
    chargeback_units: ['chargeback setting', 'chargeback settings'],
    invoices: ['chargeback invoice', 'chargeback invoices'],
    chargeback_adjustments: ['chargeback adjustment', 'chargeback adjustments'],
  };
  const parts = refs.map((r) => `${r.count} ${words[r.table]?.[r.count === 1 ? 0 : 1] ?? r.table}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}` : (parts[0] ?? '');
}

/** Setup screens: cost centers, services, accounts, vendors, departments. */
export function dimensionHandlers(ctx: WorkbookContext): DimensionHandlers {
  return {
    'dimensions/get-all': () => ({
      departments: listDepartments(ctx.orm),
      costCenters: listCostCenters(ctx.orm),
      services: listServices(ctx.orm),
      accounts: listAccounts(ctx.orm),
      vendors: listVendors(ctx.orm),
      towers: listTowers(ctx.orm),
      costPools: listCostPools(ctx.orm),
      currencies: listCurrencies(ctx.orm),
    }),

    'dimensions/save': (args) => {
      const { table, what } = DIMENSION_TABLES[args.kind];
      const t = table as TrackedTable;
      const id = args.row.id ?? randomUUID();
      const existing = args.row.id ? ctx.writer.get(t, { id }) : undefined;
      if (args.row.id && !existing)
        throw new AppError('not-found', `There is no ${what.toLowerCase()} with id "${id}".`, { id });
      validateRow(ctx, args, id);
      const label = `${existing ? 'Edit' : 'Add'} ${what.toLowerCase()} ${args.row.code}`;
      const nodeKind = NODE_KINDS[args.kind];
      const oldCode = existing ? String(existing.code) : null;
      const { seq } = runCommand(ctx, { command: 'dimensions/save', label, payload: args }, (tx) => {
        if (existing) tx.update(t, { id }, toRow(args, id));
        else tx.insert(t, toRow(args, id));
        if (nodeKind && oldCode !== null && oldCode !== args.row.code) {
          renameNodeReferences(ctx, tx, nodeKind, oldCode, args.row.code);
        }
      });
      return { seq, id };
    },

    'dimensions/delete': ({ kind, id }) => {
      const { table, what } = DIMENSION_TABLES[kind as DimensionKind];
      const t = table as TrackedTable;
      const existing = ctx.writer.get(t, { id });
      if (!existing) throw new AppError('not-found', `There is no ${what.toLowerCase()} with id "${id}".`, { id });
      const refs = referencesTo(ctx.db, kind, id);
      if (refs.length > 0) {
        throw new AppError(
          'conflict',
          `${what} "${String(existing.code)}" is used by ${describeReferences(refs)}; reassign or delete those first.`,
          { id, references: Object.fromEntries(refs.map((r) => [r.table, r.count])) },
        );
      }
      const label = `Delete ${what.toLowerCase()} ${String(existing.code)}`;
      const { seq } = runCommand(ctx, { command: 'dimensions/delete', label, payload: { kind, id } }, (tx) => {
        tx.delete(t, { id });
      });
      return { seq };
    },
  };
}
