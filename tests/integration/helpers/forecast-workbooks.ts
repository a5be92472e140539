import Database from 'better-sqlite3';
import type { MonthKey } from '../../../src-shared/calendar/fiscal';
import { D, roundMoney, toMoney, type Money, type RoundingMode } from '../../../src-shared/money';
import type { FxRate } from '../../../src-main/engine/fx';
import { generateDemo } from '../../../src-main/demo/generate';
import type { DemoData } from '../../../src-main/demo/types';
import { createWorkbook, type WorkbookSession } from '../../../src-main/services';
import { smallDemo } from './small-demo';
import { FIXED_NOW, tempDir } from './workbook-fixture';

/** The demo's "today": 36 months of actuals, March 2023 – February 2026. */
export const DEMO_AS_OF = '2026-03-15';

export interface OpenWorkbook {
  s: WorkbookSession;
  path: string;
  close: () => void;
}

function open(demo: DemoData, name: string): OpenWorkbook {
  const tmp = tempDir('outlay-forecast-');
  const path = tmp.file(name);
  const s = createWorkbook(path, { now: FIXED_NOW, demo });
  return {
    s,
    path,
    close: () => {
      s.close();
      tmp.remove();
    },
  };
}

/** The generated demo (EUR base, April fiscal year; seed 3 has GBP lines) with `lines` lines. */
export function demoWorkbook(lines = 30): OpenWorkbook {
  return open(
    generateDemo({ seed: 3, asOf: DEMO_AS_OF, lines, assets: 0, contracts: 0, fyStartMonth: 4 }),
    'demo.outlay',
  );
}

/** An actual of the small demo: cost center cc-1, service svc-1, account acc-1, vendor ven-1 unless given. */
export interface LiteralActual {
  month: MonthKey;
  amount: Money;
  currency?: string;
  costCenterId?: string;
  accountId?: string;
  vendorId?: string | null;
}

/**
 * The small hand-checkable workbook (USD base, April fiscal year, lines on cc-1/cc-2 ×
 * svc-1) with exactly these actuals and FX rates.
 */
export function literalWorkbook(actuals: readonly LiteralActual[], fxRates: FxRate[] = []): OpenWorkbook {
  const d = smallDemo();
  d.actuals = actuals.map((a, i) => ({
    id: `act-${i}`,
    month: a.month,
    costCenterId: a.costCenterId ?? 'cc-1',
    serviceId: 'svc-1',
    accountId: a.accountId ?? 'acc-1',
    vendorId: a.vendorId === undefined ? 'ven-1' : a.vendorId,
    amount: a.amount,
    currency: a.currency ?? 'USD',
    source: 'GL',
    reference: `R-${i}`,
  }));
  d.fxRates = fxRates;
  return open(d, 'small.outlay');
}

/** One actual as stored, with its service's tower. */
export interface StoredActual {
  month: MonthKey;
  cost_center_id: string;
  service_id: string;
  account_id: string;
  vendor_id: string | null;
  tower_id: string;
  currency: string;
  amount: Money;
}

/** Every actual of a workbook file, read straight from SQLite (not through the services). */
export function readActuals(path: string): StoredActual[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.month, a.cost_center_id, a.service_id, a.account_id, a.vendor_id, s.tower_id, a.currency, a.amount
         FROM actuals a JOIN services s ON s.id = a.service_id`,
      )
      .all() as StoredActual[];
  } finally {
    db.close();
  }
}

/**
 * Independent monthly sums in the base currency: per currency and month the exact sum,
 * converted at the month's actual rate (the budget rate without one) of the row joining
 * the currency and the base, either way round, rounded to 2 decimals.
 */
export function expectedMonthly(
  actuals: readonly StoredActual[],
  base: string,
  rates: readonly { from: string; to: string; period: string; budgetRate: string; actualRate: string | null }[],
  rounding: RoundingMode,
): Map<MonthKey, Money> {
  const cells = new Map<string, InstanceType<typeof D>>();
  for (const a of actuals) {
    const k = `${a.month}|${a.currency}`;
    cells.set(k, (cells.get(k) ?? new D(0)).plus(a.amount));
  }
  const out = new Map<MonthKey, InstanceType<typeof D>>();
  for (const [k, sum] of cells) {
    const [month, currency] = k.split('|') as [MonthKey, string];
    let converted = sum;
    if (currency !== base) {
      const direct = rates.find((r) => r.from === currency && r.to === base && r.period === month);
      const reverse = rates.find((r) => r.from === base && r.to === currency && r.period === month);
      const row = direct ?? reverse;
      if (!row) throw new Error(`test data: no ${currency}/${base} rate in ${month}`);
      const rate = new D(row.actualRate ?? row.budgetRate);
      converted = new D(roundMoney(direct ? sum.times(rate) : sum.div(rate), 2, rounding));
    }
    out.set(month, (out.get(month) ?? new D(0)).plus(converted));
  }
  return new Map([...out].map(([m, v]) => [m, toMoney(v)]));
}
