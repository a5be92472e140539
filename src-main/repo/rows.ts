import type {
  Account,
  BudgetLine,
  CostCenter,
  Department,
  Scenario,
  Service,
  Vendor,
  WorkbookSettings,
} from '../../src-shared/model';
import type { Row } from '../db/row-writer';

/**
 * Model ⇄ SQL row images. Row images (snake_case, as stored) are what the journal
 * records, so undo and the audit trail see exactly what the table held.
 */
export const settingsRow = (s: WorkbookSettings): Row => ({
  id: 1,
  name: s.name,
  base_currency: s.baseCurrency,
  fy_start_month: s.fyStartMonth,
  fiscal_calendar: s.fiscalCalendar,
  user_name: s.userName,
});

export const departmentRow = (d: Department): Row => ({ id: d.id, code: d.code, name: d.name, owner: d.owner });

export const costCenterRow = (c: CostCenter): Row => ({
  id: c.id,
  code: c.code,
  name: c.name,
  department_id: c.departmentId,
  parent_id: c.parentId,
  owner: c.owner,
});

export const serviceRow = (s: Service): Row => ({
  id: s.id,
  code: s.code,
  name: s.name,
  tower_id: s.towerId,
  cost_pool_id: s.costPoolId,
  owner: s.owner,
});

export const accountRow = (a: Account): Row => ({ id: a.id, code: a.code, name: a.name, expense_type: a.expenseType });

export const vendorRow = (v: Vendor): Row => ({ id: v.id, code: v.code, name: v.name });

export const scenarioRow = (s: Scenario): Row => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  copied_from_id: s.copiedFromId,
  created_at: s.createdAt,
});

export const budgetLineRow = (l: BudgetLine, position: number): Row => ({
  id: l.id,
  scenario_id: l.scenarioId,
  position,
  cost_center_id: l.costCenterId,
  service_id: l.serviceId,
  account_id: l.accountId,
  vendor_id: l.vendorId,
  currency: l.currency,
  expense_type: l.expenseType,
  description: l.description,
});

/** Columns of a budget_lines row as the SQL reads return them. */
export interface BudgetLineDbRow {
  id: string;
  scenario_id: string;
  position: number;
  cost_center_id: string;
  service_id: string;
  account_id: string;
  vendor_id: string | null;
  currency: string;
  expense_type: 'CapEx' | 'OpEx';
  description: string;
}

export const budgetLineFromRow = (r: BudgetLineDbRow): BudgetLine => ({
  id: r.id,
  scenarioId: r.scenario_id,
  costCenterId: r.cost_center_id,
  serviceId: r.service_id,
  accountId: r.account_id,
  vendorId: r.vendor_id,
  currency: r.currency,
  expenseType: r.expense_type,
  description: r.description,
});
