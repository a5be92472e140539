import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { fiscalYearOf } from '../../src-shared/calendar/fiscal';

/**
 * TEST FIXTURE, not product code: writes the inputs chargeback invoices are built from
 * (service catalogue, a month's usage, a published rate card, a 'current' allocation run with
 * sources, postings and balances) with plain SQL, standing in for the Rates and Allocation
 * areas until they land. The run's figures are literal and hand-checkable:
 *  - "network" pool 1000.00 by headcount: bu:U0 400.00 (40), bu:U1 350.00 (35), cc:<CC of U0> 250.00 (25)
 *  - "security" pool 301.00 by percent: bu:U1 150.50 (50%), bu:U2 150.50 (50%)
 *  - step-down: "desk" pool 600.00 direct to svc:DESK, then svc:DESK by tickets: bu:U0 200.00 (10), bu:U2 400.00 (20)
 *  - "misc" pool 12.34 even to bu:NOPE, a target that names no department (left out of invoices)
 * A superseded older run and a draft rate card of a later version are added so tests can see
 * they are ignored.
 */
export interface SeededUnit {
  id: string;
  code: string;
}

export interface SeededChargeback {
  month: string;
  fiscalYear: number;
  currency: string;
  runId: string;
  cardId: string;
  /** The three departments used, as [id, code]. */
  units: [SeededUnit, SeededUnit, SeededUnit];
  costCenterCode: string;
  services: { id: string; code: string; name: string; unit: string; rate: string }[];
  usage: { departmentId: string; serviceId: string; quantity: string }[];
  /** Σ allocated to departments and their cost centers. */
  allocatedToUnits: string;
}

/** Seed the chargeback inputs of `month` into the workbook file at `path` (see SeededChargeback). */
export function seedChargebackInputs(path: string, month = '2026-10'): SeededChargeback {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    const settings = db.prepare('SELECT base_currency AS c, fy_start_month AS fy FROM settings').get() as {
      c: string;
      fy: number;
    };
    const deps = db.prepare('SELECT id, code FROM departments ORDER BY code LIMIT 3').all() as {
      id: string;
      code: string;
    }[];
    if (deps.length < 3) throw new Error('seedChargebackInputs needs a workbook with three departments');
    const [u0, u1, u2] = deps as [(typeof deps)[0], (typeof deps)[0], (typeof deps)[0]];
    const cc = db.prepare('SELECT code FROM cost_centers WHERE department_id = ? ORDER BY code LIMIT 1').get(u0.id) as
      { code: string } | undefined;
    if (!cc) throw new Error(`seedChargebackInputs needs a cost center in department ${u0.code}`);
    const fiscalYear = fiscalYearOf(month, settings.fy);
    const services = [
      { id: randomUUID(), code: 'VM', name: 'Virtual machines', unit: 'vcpu-month', rate: '41.5' },
      { id: randomUUID(), code: 'STO', name: 'Block storage', unit: 'gb-month', rate: '0.0725' },
      { id: randomUUID(), code: 'DESK', name: 'Service desk', unit: 'ticket', rate: '18' },
    ];
    const [vm, sto, desk] = services as [(typeof services)[0], (typeof services)[0], (typeof services)[0]];
    const usage = [
      { departmentId: u0.id, serviceId: vm.id, quantity: '12' },
      { departmentId: u0.id, serviceId: sto.id, quantity: '250.5' },
      { departmentId: u1.id, serviceId: vm.id, quantity: '4' },
      { departmentId: u1.id, serviceId: desk.id, quantity: '7' },
      { departmentId: u2.id, serviceId: sto.id, quantity: '100' },
    ];
    const cardId = randomUUID();
    const runId = randomUUID();
    const cur = settings.c;
    db.transaction(() => {
      const svc = db.prepare(
        'INSERT INTO chargeback_services (id, code, name, unit, node, active) VALUES (?, ?, ?, ?, ?, 1)',
      );
      for (const s of services) svc.run(s.id, s.code, s.name, s.unit, `svc:${s.code}`);
      const use = db.prepare(
        'INSERT INTO service_usage (month, department_id, service_id, quantity) VALUES (?, ?, ?, ?)',
      );
      for (const u of usage) use.run(month, u.departmentId, u.serviceId, u.quantity);
      const card = db.prepare(
        `INSERT INTO rate_cards (id, fiscal_year, version, status, basis, markup_pct, created_at, created_by)
         VALUES (?, ?, ?, ?, 'utilization', '0', '2026-09-01T00:00:00Z', 'fixture')`,
      );
      const entry = db.prepare('INSERT INTO rate_card_entries (card_id, service_id, rate) VALUES (?, ?, ?)');
      card.run(cardId, fiscalYear, 1, 'published');
      for (const s of services) entry.run(cardId, s.id, s.rate);
      const draftId = randomUUID();
      card.run(draftId, fiscalYear, 2, 'draft');
      for (const s of services) entry.run(draftId, s.id, '999');

      const run = db.prepare(
        `INSERT INTO allocation_runs (id, period, basis, status, inputs, ran_at, ran_by) VALUES (?, ?, 'effective', ?, ?, ?, 'fixture')`,
      );
      const rules = [
        { id: 'network', source: { kind: 'pool', pool: 'network' }, method: { kind: 'driver', driver: 'headcount' } },
        { id: 'security', source: { kind: 'pool', pool: 'security' }, method: { kind: 'percent', shares: [] } },
        { id: 'desk-in', source: { kind: 'pool', pool: 'desk' }, method: { kind: 'direct', key: 'service' } },
        { id: 'desk-out', source: { kind: 'node', node: 'svc:DESK' }, method: { kind: 'driver', driver: 'tickets' } },
        { id: 'misc', source: { kind: 'pool', pool: 'misc' }, method: { kind: 'even', targets: ['bu:NOPE'] } },
      ];
      run.run(randomUUID(), month, 'superseded', '{"rules":[]}', '2026-11-01T00:00:00Z');
      run.run(runId, month, 'current', JSON.stringify({ rules }), '2026-11-02T00:00:00Z');
      const src = db.prepare(
        'INSERT INTO allocation_sources (run_id, seq, rule, currency, aggregate_ids, amount) VALUES (?, ?, ?, ?, ?, ?)',
      );
      src.run(runId, 0, 'network', cur, '["a1","a2"]', '1000.00');
      src.run(runId, 1, 'security', cur, '["a3"]', '301.00');
      src.run(runId, 2, 'desk-in', cur, '["a4","a5","a6"]', '600.00');
      src.run(runId, 3, 'misc', cur, '["a7"]', '12.34');
      const post = db.prepare(
        `INSERT INTO allocation_postings (run_id, seq, rule, step, method, source_group, from_node, source_amount,
           target, currency, amount, driver, quantity, driver_total, percent)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const p: [
        string,
        number,
        string,
        number | null,
        string | null,
        string,
        string,
        string,
        string | null,
        string | null,
        string | null,
        string | null,
      ][] = [
        ['network', 0, 'driver', 0, null, '1000.00', `bu:${u0.code}`, '400.00', 'headcount', '40', '100', null],
        ['network', 0, 'driver', 0, null, '1000.00', `bu:${u1.code}`, '350.00', 'headcount', '35', '100', null],
        ['network', 0, 'driver', 0, null, '1000.00', `cc:${cc.code}`, '250.00', 'headcount', '25', '100', null],
        ['security', 1, 'percent', 1, null, '301.00', `bu:${u1.code}`, '150.50', null, null, null, '50'],
        ['security', 1, 'percent', 1, null, '301.00', `bu:${u2.code}`, '150.50', null, null, null, '50'],
        ['desk-in', 2, 'direct', 2, null, '600.00', 'svc:DESK', '600.00', null, null, null, null],
        ['desk-out', 3, 'driver', null, 'svc:DESK', '600.00', `bu:${u0.code}`, '200.00', 'tickets', '10', '30', null],
        ['desk-out', 3, 'driver', null, 'svc:DESK', '600.00', `bu:${u2.code}`, '400.00', 'tickets', '20', '30', null],
        ['misc', 4, 'even', 3, null, '12.34', 'bu:NOPE', '12.34', null, null, null, null],
      ];
      p.forEach((r, seq) =>
        post.run(runId, seq, r[0], r[1], r[2], r[3], r[4], r[5], r[6], cur, r[7], r[8], r[9], r[10], r[11]),
      );
      const bal = db.prepare('INSERT INTO allocation_balances (run_id, target, currency, amount) VALUES (?, ?, ?, ?)');
      bal.run(runId, `bu:${u0.code}`, cur, '600.00');
      bal.run(runId, `bu:${u1.code}`, cur, '500.50');
      bal.run(runId, `bu:${u2.code}`, cur, '550.50');
      bal.run(runId, `cc:${cc.code}`, cur, '250.00');
      bal.run(runId, 'bu:NOPE', cur, '12.34');
    })();
    return {
      month,
      fiscalYear,
      currency: cur,
      runId,
      cardId,
      units: [u0, u1, u2],
      costCenterCode: cc.code,
      services,
      usage,
      allocatedToUnits: '1901.00',
    };
  } finally {
    db.close();
  }
}
