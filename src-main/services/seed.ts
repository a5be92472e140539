import { randomUUID } from 'node:crypto';
import { fiscalYearOf, fiscalYearOfDate, isMonthKey } from '../../src-shared/calendar/fiscal';
import { AppError } from '../../src-shared/ipc/errors';
import {
  DEFAULT_CURRENCIES,
  TBM_COST_POOLS,
  TBM_TOWERS,
  type Scenario,
  type WorkbookSettings,
} from '../../src-shared/model';
import { isCanonicalMoney } from '../../src-shared/money';
import { checkCodeFormat, codeKey } from '../../src-shared/validation/codes';
import type { Sqlite } from '../db/client';
import { RowWriter } from '../db/row-writer';
import type { DemoData } from '../demo/types';
import { fiscalPeriodRow, fiscalPeriodsOf } from '../repo/periods-repo';
import { ChangeSet } from '../db/change-set';
import { JournalRepo, type JournalRecord } from '../repo/journal-repo';
import {
  accountRow,
  budgetLineRow,
  costCenterRow,
  departmentRow,
  scenarioRow,
  serviceRow,
  settingsRow,
  vendorRow,
} from '../repo/rows';
import { localDate } from './context';
import { seedAccounting } from './seed-accounting';
import { seedTcoModels } from './seed-tco';
import { seedDrivers } from './driver-seed';
import { seedChargebackDemo } from './seed-chargeback';

const bad = (message: string, details?: Record<string, unknown>) => new AppError('validation', message, details);

/** Codes of generated data follow the same naming standard as codes typed in the app. */
function checkCodes(what: string, rows: readonly { code: string }[]): void {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const p = checkCodeFormat(r.code, `${what} code`);
    if (p) throw bad(p.message, { code: r.code });
    const other = seen.get(codeKey(r.code));
    if (other !== undefined)
      throw bad(`${what} code "${r.code}" duplicates "${other}" (codes are unique ignoring case).`);
    seen.set(codeKey(r.code), r.code);
  }
}

function checkAmount(amount: string, where: string): void {
  if (!isCanonicalMoney(amount)) throw bad(`${where}: "${amount}" is not a canonical decimal amount.`);
}

/**
 * Write the initial content of a new workbook in one transaction: currencies, the TBM
 * taxonomy, settings, fiscal periods, a Baseline scenario (or the demo's scenarios)
 * and all demo rows, plus ONE journal row 'workbook/create', which undo never crosses.
 * Rows are written directly (not change-tracked): the created file is the starting point.
 * `journal` writes that row (tests pass a writer of an older journal layout).
 */
export function seedWorkbook(
  db: Sqlite,
  settings: WorkbookSettings,
  now: Date,
  demo?: DemoData,
  journal: { append(e: JournalRecord): number } = new JournalRepo(db),
): void {
  const w = new RowWriter(db);
  if (!DEFAULT_CURRENCIES.some(([code]) => code === settings.baseCurrency)) {
    throw bad(
      `The currency "${settings.baseCurrency}" is not known; use one of ${DEFAULT_CURRENCIES.map((c) => c[0]).join(', ')}.`,
      {
        field: 'baseCurrency',
      },
    );
  }
  if (demo) {
    checkCodes('Department', demo.departments);
    checkCodes('Cost center', demo.costCenters);
    checkCodes('Service', demo.services);
    checkCodes('Account', demo.accounts);
    checkCodes('Vendor', demo.vendors);
  }
  db.transaction(() => {
    for (const [code, name, minorUnits] of DEFAULT_CURRENCIES)
      w.insert('currencies', { code, name, minor_units: minorUnits });
    const towerIds = new Map<string, string>();
    const poolIds = new Map<string, string>();
    for (const [code, name] of TBM_TOWERS) {
      const id = randomUUID();
      towerIds.set(code, id);
      w.insert('towers', { id, code, name });
    }
    for (const [code, name] of TBM_COST_POOLS) {
      const id = randomUUID();
      poolIds.set(code, id);
      w.insert('cost_pools', { id, code, name });
    }
    w.insert('settings', settingsRow(settings));

    const months = new Set<string>();
    const scenarios: Scenario[] =
      demo && demo.scenarios.length > 0
        ? demo.scenarios
        : [{ id: randomUUID(), name: 'Baseline', kind: 'baseline', copiedFromId: null, createdAt: now.toISOString() }];
    // Copies may name a scenario that comes later in the list: link them after all exist.
    for (const s of scenarios) w.insert('scenarios', scenarioRow({ ...s, copiedFromId: null }));
    for (const s of scenarios)
      if (s.copiedFromId) w.update('scenarios', { id: s.id }, { copied_from_id: s.copiedFromId });

    if (demo) {
      for (const d of demo.departments) w.insert('departments', departmentRow(d));
      // Parents before children: insert without parents, then link.
      for (const c of demo.costCenters) w.insert('cost_centers', costCenterRow({ ...c, parentId: null }));
      for (const c of demo.costCenters)
        if (c.parentId) w.update('cost_centers', { id: c.id }, { parent_id: c.parentId });
      for (const s of demo.services) {
        const towerId = towerIds.get(s.towerCode);
        const costPoolId = poolIds.get(s.costPoolCode);
        if (!towerId) throw bad(`Service "${s.code}" names an unknown TBM tower "${s.towerCode}".`);
        if (!costPoolId) throw bad(`Service "${s.code}" names an unknown TBM cost pool "${s.costPoolCode}".`);
        w.insert('services', serviceRow({ id: s.id, code: s.code, name: s.name, owner: s.owner, towerId, costPoolId }));
      }
      for (const a of demo.accounts) w.insert('accounts', accountRow(a));
      for (const v of demo.vendors) w.insert('vendors', vendorRow(v));
      const positions = new Map<string, number>();
      for (const l of demo.budgetLines) {
        const pos = (positions.get(l.scenarioId) ?? 0) + 1;
        positions.set(l.scenarioId, pos);
        w.insert('budget_lines', budgetLineRow(l, pos));
        for (const [month, amount] of Object.entries(l.amounts)) {
          if (!isMonthKey(month)) throw bad(`Budget line ${l.id}: "${month}" is not a month.`);
          if (amount === '0') continue;
          checkAmount(amount, `Budget line ${l.id} ${month}`);
          months.add(month);
          w.insert('budget_amounts', { line_id: l.id, month, amount });
        }
      }
      for (const a of demo.actuals) {
        if (!isMonthKey(a.month)) throw bad(`Actual ${a.id}: "${a.month}" is not a month.`);
        checkAmount(a.amount, `Actual ${a.id}`);
        months.add(a.month);
        w.insert('actuals', {
          id: a.id,
          month: a.month,
          cost_center_id: a.costCenterId,
          service_id: a.serviceId,
          account_id: a.accountId,
          vendor_id: a.vendorId,
          amount: a.amount,
          currency: a.currency,
          source: a.source,
          reference: a.reference,
          batch_id: null,
          source_key: null,
        });
      }
      const baseUnits = DEFAULT_CURRENCIES.find(([code]) => code === settings.baseCurrency)?.[2] ?? 2;
      seedAccounting(w, demo, baseUnits);
      seedTcoModels(w, demo, now);
      seedDrivers(w, demo);
      seedChargebackDemo(w, db, demo, now);
    }

    const current = fiscalYearOfDate(localDate(now), settings.fyStartMonth);
    const years = new Set([current, current + 1, ...[...months].map((m) => fiscalYearOf(m, settings.fyStartMonth))]);
    for (const fy of [...years].sort((a, b) => a - b)) {
      for (const p of fiscalPeriodsOf(fy, settings.fyStartMonth)) w.insert('fiscal_periods', fiscalPeriodRow(p));
    }

    journal.append({
      actor: settings.userName,
      at: now.toISOString(),
      command: 'workbook/create',
      label: demo ? 'Create workbook with demo data' : 'Create workbook',
      payload: {
        settings,
        demo: demo
          ? {
              departments: demo.departments.length,
              costCenters: demo.costCenters.length,
              services: demo.services.length,
              accounts: demo.accounts.length,
              vendors: demo.vendors.length,
              scenarios: demo.scenarios.length,
              budgetLines: demo.budgetLines.length,
              actuals: demo.actuals.length,
            }
          : null,
      },
      changes: new ChangeSet(),
      kind: 'do',
      targetSeq: null,
    });
  })();
}
